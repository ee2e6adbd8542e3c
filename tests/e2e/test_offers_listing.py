"""v2 offers by user (`users.rewards.offers`): sandbox personas, filters, sorting, components, errors.

Read-only on the SANDBOX issuer's personas (sandbox.json) and on an ACME sandbox issuer of the session's own.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
import requests

import kard
from kard import DoesNotExistError, InvalidRequest
from kard.core.api_error import ApiError

from e2e_support import (
    HTTP_TIMEOUT,
    NEW_CUSTOMER_OFFER,
    NEW_CUSTOMER_TERMS,
    Issuer,
    bearer,
    lapsed_customer,
    new_customer,
    new_user_id,
    sdk_user,
    url,
    walk_offers,
)

#: The `supportedComponents` of the SDK getting-started page ("Fetching Offers for User with Extended API").
GETTING_STARTED_COMPONENTS = ["shortDescription", "longDescription", "cta", "tags", "detailTags", "baseReward"]

FOOD = "Food & Beverage"


def ids(offers: list) -> list[str]:
    return [offer.id for offer in offers]


def names(offers: list) -> list[str]:
    return [offer.attributes.name for offer in offers]


def category_names(offers: list, included: list) -> dict[str, set[str]]:
    """Offer id -> the names of its categories, resolved through `included` (asserting every id resolves)."""
    by_id: dict[str, str] = {}
    for resource in included:
        assert resource.type == "category", f"unexpected included resource {resource}"
        assert by_id.get(resource.id, resource.attributes.name) == resource.attributes.name, resource
        by_id[resource.id] = resource.attributes.name
    result: dict[str, set[str]] = {}
    for offer in offers:
        assert offer.relationships is not None, f"offer {offer.id} has no relationships with include=categories"
        refs = offer.relationships.category.data
        assert refs, f"offer {offer.id} ({offer.attributes.name}) has no category"
        for ref in refs:
            assert ref.type == "category", ref
            assert ref.id in by_id, f"category {ref.id} of offer {offer.id} is not in `included` ({sorted(by_id)})"
        result[offer.id] = {by_id[ref.id] for ref in refs}
    return result


# --- personas ----------------------------------------------------------------------------------------


def assert_persona_offers(api: kard.KardApi, issuer: Issuer) -> None:
    new_offers, _ = walk_offers(api, issuer.organization_id, new_customer(issuer))
    lapsed_offers, _ = walk_offers(api, issuer.organization_id, lapsed_customer(issuer))

    matching = [offer for offer in new_offers if offer.attributes.name == NEW_CUSTOMER_OFFER]
    assert len(matching) == 1, f"{new_customer(issuer)} should see {NEW_CUSTOMER_OFFER!r} once: {names(new_offers)}"
    offer = matching[0]
    assert offer.type == "standardOffer"
    assert offer.attributes.is_targeted is True
    assert offer.attributes.terms == NEW_CUSTOMER_TERMS

    assert NEW_CUSTOMER_OFFER not in names(lapsed_offers), f"{lapsed_customer(issuer)} sees the new-customer offer"
    new_ids = set(ids(new_offers))
    lapsed_only = [o for o in lapsed_offers if o.attributes.is_targeted and o.id not in new_ids]
    assert lapsed_only, (
        f"{lapsed_customer(issuer)} should see a targeted offer {new_customer(issuer)} does not; "
        f"lapsed: {names(lapsed_offers)}"
    )


def test_sandbox_personas_see_their_targeted_offers(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    assert_persona_offers(sandbox_api, sandbox_issuer)


def test_a_new_sandbox_issuer_has_personas_of_its_own(acme_api: kard.KardApi, acme_issuer: Issuer) -> None:
    assert_persona_offers(acme_api, acme_issuer)


def test_listed_offers_are_live_and_well_formed(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    offers, _ = walk_offers(sandbox_api, sandbox_issuer.organization_id, new_customer(sandbox_issuer))
    assert offers
    assert len(set(ids(offers))) == len(offers), "an offer is listed twice"
    now = dt.datetime.now(dt.timezone.utc)
    for offer in offers:
        attributes = offer.attributes
        assert offer.type == "standardOffer"
        assert attributes.name and attributes.terms
        assert attributes.purchase_channel and set(attributes.purchase_channel) <= {"ONLINE", "INSTORE"}, offer
        assert attributes.user_reward.type in ("PERCENT", "FLAT") and attributes.user_reward.value > 0, offer
        assert attributes.start_date <= now < attributes.expiration_date, f"offer {offer.id} is not live: {offer}"
        assert attributes.components is None, "components without supportedComponents"


def test_unenrolled_user_sees_no_offers(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    user_id = new_user_id()
    sandbox_api.users.create(sandbox_issuer.organization_id, data=[sdk_user(user_id, enrolled_rewards=[])])
    page = sandbox_api.users.rewards.offers(sandbox_issuer.organization_id, user_id)
    assert page.data == [], f"a user enrolled in nothing sees {names(page.data)}"


# --- filters -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("channel", "other"), [("ONLINE", "INSTORE"), ("INSTORE", "ONLINE")])
def test_filter_purchase_channel(
    sandbox_api: kard.KardApi, sandbox_issuer: Issuer, channel: str, other: str
) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    everything, _ = walk_offers(sandbox_api, org, user)
    filtered, _ = walk_offers(sandbox_api, org, user, filter_purchase_channel=[channel])

    assert filtered, f"no {channel} offers"
    for offer in filtered:
        channels = offer.attributes.purchase_channel
        assert channel in channels, f"{offer.attributes.name}: {channels}"
    other_only = [o for o in everything if o.attributes.purchase_channel == [other]]
    assert other_only, f"the sandbox catalog should have an {other}-only offer for the new customer"
    assert not set(ids(other_only)) & set(ids(filtered)), f"{other}-only offers listed under {channel}"
    assert ids(filtered) == [o.id for o in everything if channel in o.attributes.purchase_channel]


def test_filter_is_targeted(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    everything, _ = walk_offers(sandbox_api, org, user)
    targeted, _ = walk_offers(sandbox_api, org, user, filter_is_targeted=True)

    assert targeted
    assert all(offer.attributes.is_targeted for offer in targeted), names(targeted)
    assert NEW_CUSTOMER_OFFER in names(targeted)
    assert ids(targeted) == [o.id for o in everything if o.attributes.is_targeted]
    assert len(targeted) < len(everything), "the new customer should also see untargeted offers"


def test_filter_category_with_included_categories(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    everything, everything_included = walk_offers(sandbox_api, org, user, include="categories")
    all_categories = category_names(everything, everything_included)
    food, food_included = walk_offers(sandbox_api, org, user, include="categories", filter_category=FOOD)
    food_categories = category_names(food, food_included)

    assert food, f"no {FOOD} offers"
    for offer in food:
        assert FOOD in food_categories[offer.id], f"{offer.attributes.name}: {food_categories[offer.id]}"
    assert ids(food) == [o.id for o in everything if FOOD in all_categories[o.id]]
    assert len(food) < len(everything), "every offer is in one category"


def test_filter_search(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    """`filter[search]`: case-insensitive substring of the offer name or a category name."""
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    found, included = walk_offers(sandbox_api, org, user, include="categories", filter_search="baas PRO")
    categories = category_names(found, included)
    assert NEW_CUSTOMER_OFFER in names(found)
    for offer in found:
        texts = [offer.attributes.name, *categories[offer.id]]
        assert any("baas pro" in text.lower() for text in texts), texts


# --- sorting -----------------------------------------------------------------------------------------


def sort_key(offer, field: str):
    if field == "name":
        return offer.attributes.name.lower()
    return offer.attributes.start_date if field == "startDate" else offer.attributes.expiration_date


@pytest.mark.parametrize("sort", ["name", "-name", "startDate", "-startDate", "expirationDate", "-expirationDate"])
def test_sort(sandbox_api: kard.KardApi, sandbox_issuer: Issuer, sort: str) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    unsorted, _ = walk_offers(sandbox_api, org, user)
    offers, _ = walk_offers(sandbox_api, org, user, page_size=200, sort=sort)
    assert sorted(ids(offers)) == sorted(ids(unsorted)), "sorting changed which offers are listed"

    field, descending = sort.lstrip("-"), sort.startswith("-")
    keys = [sort_key(offer, field) for offer in offers]
    for position, (first, second) in enumerate(zip(keys, keys[1:])):
        in_order = first >= second if descending else first <= second
        assert in_order, f"sort={sort}: offer {position} ({first}) before offer {position + 1} ({second})"
    assert len(set(keys)) > 1, f"every offer has the same {field}: the order proves nothing"


# --- components --------------------------------------------------------------------------------------


def test_getting_started_extended_offers_call(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    """The exact call of the SDK's getting-started page: the newest targeted offer with its components."""
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    response = sandbox_api.users.rewards.offers(
        organization_id=org,
        user_id=user,
        page_size=1,
        filter_is_targeted=True,
        sort="-startDate",
        supported_components=GETTING_STARTED_COMPONENTS,
    )
    assert len(response.data) == 1
    offer = response.data[0]
    assert offer.attributes.is_targeted is True

    targeted, _ = walk_offers(sandbox_api, org, user, filter_is_targeted=True)
    assert offer.attributes.start_date == max(o.attributes.start_date for o in targeted)
    assert len(targeted) == 1 or response.links.next, "more targeted offers, but no links.next"

    components = offer.attributes.components
    assert components is not None, "supportedComponents given, but no components"
    assert isinstance(components.short_description, str) and components.short_description
    assert isinstance(components.long_description, str) and components.long_description
    assert components.cta is not None and components.cta.button_text
    assert components.cta.button_style in ("PRIMARY", "SECONDARY", "DISABLED")
    assert isinstance(components.tags, list), components
    assert isinstance(components.detail_tags, list), components

    base_reward = components.base_reward
    assert isinstance(base_reward, str)
    assert re.match(r"(\$\d+(\.\d\d)?|\d+(\.\d+)?%)", base_reward), f"baseReward {base_reward!r} is not like 5% or $10"
    reward = offer.attributes.user_reward
    if reward.type == "PERCENT":
        number = re.match(r"\d+(\.\d+)?", base_reward)
        assert number and float(number.group()) == pytest.approx(reward.value), (base_reward, reward)


def test_components_are_absent_without_supported_components(sandbox_issuer: Issuer) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    response = requests.get(
        url(f"/v2/issuers/{org}/users/{user}/offers"),
        params={"page[size]": "20"},
        headers=bearer(sandbox_issuer.token()),
        timeout=HTTP_TIMEOUT,
    )
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert data
    for offer in data:
        assert "components" not in offer["attributes"], offer


# --- errors ------------------------------------------------------------------------------------------


def test_unknown_user_is_404(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org, user = sandbox_issuer.organization_id, new_user_id()
    with pytest.raises(DoesNotExistError):
        sandbox_api.users.rewards.offers(org, user)
    with pytest.raises(DoesNotExistError):
        sandbox_api.users.rewards.locations(org, user)


def test_another_issuers_organization_is_403(
    sandbox_api: kard.KardApi, acme_api: kard.KardApi, acme_issuer: Issuer
) -> None:
    """The SANDBOX issuer cannot list the offers or locations of ACME's personas."""
    user = new_customer(acme_issuer)
    assert acme_api.users.rewards.offers(acme_issuer.organization_id, user, page_size=1).data  # they exist
    for call in (sandbox_api.users.rewards.offers, sandbox_api.users.rewards.locations):
        with pytest.raises(ApiError) as raised:
            call(acme_issuer.organization_id, user, request_options={"max_retries": 0})
        assert raised.value.status_code == 403, raised.value


def test_page_size_over_200_is_400(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    assert len(sandbox_api.users.rewards.offers(org, user, page_size=200).data) <= 200
    with pytest.raises(InvalidRequest):
        sandbox_api.users.rewards.offers(org, user, page_size=201)
