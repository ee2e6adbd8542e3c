"""Legacy `/rewards/merchant/...` discovery endpoints over raw HTTP (bearer token of the SANDBOX issuer).

UAT scenarios 4-7 with the legacy calls of the integration guide: ONLINE / INSTORE offers by user, merchant
details, all merchants and offers, locations near me (`includeLocal`), location and merchant locations.
"""

from __future__ import annotations

import numbers

import pytest
import requests

from e2e_support import (
    HTTP_TIMEOUT,
    NYC_LATITUDE,
    NYC_LONGITUDE,
    Issuer,
    bearer,
    haversine_miles,
    new_customer,
    url,
)

#: A well-formed Mongo ObjectId no catalog record has.
UNKNOWN_ID = "ffffffffffffffffffffffff"

SLACK_MILES = 0.01


@pytest.fixture(scope="module")
def token(sandbox_issuer: Issuer) -> str:
    return sandbox_issuer.token()


def get(token: str, path: str, params: dict[str, str] | None = None) -> requests.Response:
    return requests.get(url(path), params=params, headers=bearer(token), timeout=HTTP_TIMEOUT)


def get_list(token: str, path: str, params: dict[str, str] | None = None) -> list[dict]:
    response = get(token, path, params)
    assert response.status_code == 200, f"GET {response.url}: {response.status_code} {response.text[:500]}"
    body = response.json()
    assert isinstance(body, list), f"GET {response.url} should answer a JSON array, got {str(body)[:300]}"
    return body


def get_all(token: str, path: str, params: dict[str, str] | None = None) -> list[dict]:
    """Every item of an offset-paged legacy list (`page`, `limit=200`)."""
    items: list[dict] = []
    for page in range(50):
        batch = get_list(token, path, {**(params or {}), "page": str(page), "limit": "200"})
        items.extend(batch)
        if len(batch) < 200:
            return items
    raise AssertionError(f"{path}: more than 50 pages")


def user_offers(token: str, user_id: str, **params: str) -> list[dict]:
    return get_list(token, f"/rewards/merchant/offers/user/{user_id}", params)


@pytest.fixture(scope="module")
def online_offer(token: str, sandbox_issuer: Issuer) -> dict:
    """An ONLINE offer of the sandbox new customer."""
    offers = user_offers(token, new_customer(sandbox_issuer), offerType="ONLINE")
    assert offers, "the sandbox new customer has no ONLINE offers"
    return offers[0]


@pytest.mark.parametrize("offer_type", ["ONLINE", "INSTORE"])
def test_offers_by_user_and_type(token: str, sandbox_issuer: Issuer, offer_type: str) -> None:
    offers = user_offers(token, new_customer(sandbox_issuer), offerType=offer_type)
    assert offers, f"no {offer_type} offers"
    for offer in offers:
        assert offer["offerType"] == offer_type, offer
        assert isinstance(offer["_id"], str) and offer["_id"], offer
        assert isinstance(offer["merchant"]["_id"], str) and offer["merchant"]["_id"], offer
        assert isinstance(offer["merchant"]["name"], str) and offer["merchant"]["name"], offer
        total = offer["totalCommission"]
        assert isinstance(total, numbers.Number) and not isinstance(total, bool), offer
        assert isinstance(offer["isTargeted"], bool), offer
    assert len({offer["_id"] for offer in offers}) == len(offers), "an offer is listed twice"


def test_offers_by_user_paging(token: str, sandbox_issuer: Issuer) -> None:
    user = new_customer(sandbox_issuer)
    first = user_offers(token, user, offerType="ONLINE", limit="5", page="0")
    second = user_offers(token, user, offerType="ONLINE", limit="5", page="1")
    assert len(first) == 5, "expected more than 5 ONLINE offers for the sandbox new customer"
    assert second, "expected more than 5 ONLINE offers for the sandbox new customer"
    assert not {o["_id"] for o in first} & {o["_id"] for o in second}, "pages 0 and 1 overlap"
    everything = user_offers(token, user, offerType="ONLINE", limit="200")
    assert [o["_id"] for o in first + second] == [o["_id"] for o in everything[: len(first) + len(second)]]

    too_big = get(token, f"/rewards/merchant/offers/user/{user}", {"limit": "201"})
    assert too_big.status_code == 400, too_big.text


def test_merchant_by_id(token: str, online_offer: dict) -> None:
    merchant_id = online_offer["merchant"]["_id"]
    response = get(token, f"/rewards/merchant/{merchant_id}")
    assert response.status_code == 200, response.text
    merchant = response.json()
    assert merchant["_id"] == merchant_id
    assert merchant["name"] == online_offer["merchant"]["name"]
    assert isinstance(merchant["offers"], list) and merchant["offers"], merchant
    for offer in merchant["offers"]:
        assert isinstance(offer["_id"], str) and offer["_id"], offer


def test_unknown_merchant_is_404(token: str) -> None:
    response = get(token, f"/rewards/merchant/{UNKNOWN_ID}")
    assert response.status_code == 404, response.text


def test_all_merchants_and_offers(token: str, online_offer: dict) -> None:
    merchants = get_all(token, "/rewards/merchant")
    assert len(merchants) >= 50, f"the sandbox catalog has at least 50 merchants, listed {len(merchants)}"
    assert len({m["_id"] for m in merchants}) == len(merchants), "a merchant is listed twice"
    assert online_offer["merchant"]["_id"] in {m["_id"] for m in merchants}
    assert {m.get("source") for m in merchants} >= {"NATIONAL", "LOCAL"}, "the catalog has national and local"

    offers = get_all(token, "/rewards/merchant/offers")
    assert len({o["_id"] for o in offers}) == len(offers), "an offer is listed twice"
    assert online_offer["_id"] in {o["_id"] for o in offers}


def locations_near_me(token: str, user: str, include_local: bool) -> list[dict]:
    query = f"longitude={NYC_LONGITUDE}&latitude={NYC_LATITUDE}&radius=10"
    if include_local:
        query += "&includeLocal"  # valueless, as the integration guide sends it
    return get_list(token, f"/rewards/merchant/locations/user/{user}?{query}")


def test_locations_near_me(token: str, sandbox_issuer: Issuer) -> None:
    user = new_customer(sandbox_issuer)
    with_local = locations_near_me(token, user, include_local=True)
    national = locations_near_me(token, user, include_local=False)
    assert with_local and national

    for location in with_local + national:
        for key in ("_id", "geoLocation", "address", "offers", "merchant"):
            assert key in location, f"location without {key}: {location}"
        point = location["geoLocation"]
        miles = haversine_miles(NYC_LATITUDE, NYC_LONGITUDE, point["latitude"], point["longitude"])
        assert miles <= 10 + SLACK_MILES, f"{location.get('name')} is {miles:.3f} miles away"
        assert isinstance(location["offers"], list) and location["offers"], location
    assert not [loc["_id"] for loc in national if loc.get("source") == "LOCAL"], "LOCAL without includeLocal"
    assert {loc["_id"] for loc in national} <= {loc["_id"] for loc in with_local}


def test_location_by_id_and_merchant_locations(token: str, sandbox_issuer: Issuer) -> None:
    location = locations_near_me(token, new_customer(sandbox_issuer), include_local=False)[0]

    response = get(token, f"/rewards/merchant/location/{location['_id']}")
    assert response.status_code == 200, response.text
    fetched = response.json()
    assert fetched["_id"] == location["_id"]
    assert fetched["geoLocation"] == location["geoLocation"]
    merchant_id = fetched["merchantId"]
    assert merchant_id == location["merchant"]["_id"]

    of_merchant = get_list(token, f"/rewards/merchant/locations/{merchant_id}")
    assert location["_id"] in {loc["_id"] for loc in of_merchant}
    assert all(loc["merchantId"] == merchant_id for loc in of_merchant), of_merchant


def test_unknown_location_is_404(token: str) -> None:
    response = get(token, f"/rewards/merchant/location/{UNKNOWN_ID}")
    assert response.status_code == 404, response.text
