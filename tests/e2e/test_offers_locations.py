"""v2 locations by user (`users.rewards.locations`): offers near me, radius, city/state filters, sorting, errors."""

from __future__ import annotations

import pytest

import kard
from kard import InvalidRequest

from e2e_support import (
    NEW_CUSTOMER_OFFER,
    NYC_LATITUDE,
    NYC_LONGITUDE,
    Issuer,
    haversine_miles,
    lapsed_customer,
    new_customer,
)

#: Rounding slack between the server's distance and ours, in miles.
SLACK_MILES = 0.01


def near_me(api: kard.KardApi, issuer: Issuer, user: str, radius: int = 10, **params: object):
    return api.users.rewards.locations(
        issuer.organization_id,
        user,
        filter_latitude=NYC_LATITUDE,
        filter_longitude=NYC_LONGITUDE,
        filter_radius=radius,
        **params,
    )


def distance(location) -> float:
    point = location.attributes.coordinates
    return haversine_miles(NYC_LATITUDE, NYC_LONGITUDE, point.latitude, point.longitude)


def test_offers_near_me(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    """UAT "offers near me": locations within 10 miles, nearest first, with their in-store offers included."""
    response = near_me(sandbox_api, sandbox_issuer, new_customer(sandbox_issuer), include="offers,categories")
    assert response.data, "no sandbox location within 10 miles of the NYC point"

    included_offers = {r.id: r for r in response.included or [] if r.type == "standardOffer"}
    included_categories = {r.id: r for r in response.included or [] if r.type == "category"}
    distances = [distance(location) for location in response.data]
    for location, miles in zip(response.data, distances):
        assert location.type == "location"
        assert miles <= 10 + SLACK_MILES, f"{location.attributes.name} is {miles:.3f} miles away"
        assert location.attributes.name and location.attributes.address.city, location
        assert location.relationships is not None, f"{location.id} has no relationships"
        offer_refs = location.relationships.offers.data
        assert offer_refs, f"location {location.id} ({location.attributes.name}) has no offers"
        for ref in offer_refs:
            assert ref.type == "standardOffer", ref
            assert ref.id in included_offers, f"offer {ref.id} of location {location.id} is not in `included`"
            assert "INSTORE" in included_offers[ref.id].attributes.purchase_channel, included_offers[ref.id]
        for ref in location.relationships.category.data:
            assert ref.type == "category", ref
            assert ref.id in included_categories, f"category {ref.id} of location {location.id} is not in `included`"
    for position, (first, second) in enumerate(zip(distances, distances[1:])):
        assert first <= second + 1e-6, f"location {position} ({first:.4f} mi) before one at {second:.4f} mi"
    assert len(response.data) == len({location.id for location in response.data}), "a location is listed twice"


def test_a_smaller_radius_finds_a_subset(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    user = new_customer(sandbox_issuer)
    wide = near_me(sandbox_api, sandbox_issuer, user, radius=10)
    narrow = near_me(sandbox_api, sandbox_issuer, user, radius=1)
    narrow_ids = {location.id for location in narrow.data}
    for location in narrow.data:
        assert distance(location) <= 1 + SLACK_MILES, location.attributes.name
    # Nearest first: the locations within a mile lead both lists.
    assert narrow_ids <= {location.id for location in wide.data}
    missing = [
        loc.attributes.name for loc in wide.data if distance(loc) <= 1 - SLACK_MILES and loc.id not in narrow_ids
    ]
    assert not missing, f"within 1 mile but not found with radius=1: {missing}"


def test_locations_offer_only_what_the_user_is_eligible_for(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    response = near_me(sandbox_api, sandbox_issuer, lapsed_customer(sandbox_issuer), include="offers")
    offers = [r for r in response.included or [] if r.type == "standardOffer"]
    assert NEW_CUSTOMER_OFFER not in [offer.attributes.name for offer in offers]


def test_radius_over_50_is_400(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    with pytest.raises(InvalidRequest):
        near_me(sandbox_api, sandbox_issuer, new_customer(sandbox_issuer), radius=51)


def test_latitude_without_longitude_is_400(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    with pytest.raises(InvalidRequest):
        sandbox_api.users.rewards.locations(
            sandbox_issuer.organization_id, new_customer(sandbox_issuer), filter_latitude=NYC_LATITUDE
        )


def test_city_and_state_filters(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    in_city = sandbox_api.users.rewards.locations(org, user, filter_city="New York", filter_state="NY")
    assert in_city.data, "no sandbox location in New York, NY"
    for location in in_city.data:
        assert "new york" in location.attributes.address.city.lower(), location.attributes.address
        assert location.attributes.address.state == "NY", location.attributes.address

    # The same filters inside a radius search narrow it.
    near = near_me(sandbox_api, sandbox_issuer, user, filter_city="New York", filter_state="NY")
    for location in near.data:
        assert distance(location) <= 10 + SLACK_MILES
        assert location.attributes.address.state == "NY", location.attributes.address


@pytest.mark.parametrize("sort", ["locationName", "-locationName"])
def test_sort_by_location_name(sandbox_api: kard.KardApi, sandbox_issuer: Issuer, sort: str) -> None:
    response = sandbox_api.users.rewards.locations(
        sandbox_issuer.organization_id,
        new_customer(sandbox_issuer),
        filter_city="New York",
        filter_state="NY",
        sort=sort,
    )
    location_names = [location.attributes.name.lower() for location in response.data]
    assert len(set(location_names)) > 1, f"need locations of two names to check the order: {location_names}"
    expected = sorted(location_names, reverse=sort.startswith("-"))
    assert location_names == expected, f"sort={sort}"
