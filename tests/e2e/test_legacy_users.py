"""Legacy `/users/users` endpoints over raw HTTP, sharing one user store with v2."""

from __future__ import annotations

import pytest
import requests

import kard
from kard import DoesNotExistError

from e2e_support import HTTP_TIMEOUT, Issuer, bearer, new_user_id, random_card, url

DUPLICATE_CARD = "Invalid request: This card is already registered. Provide another card for user enrollment."


def legacy_user(user_id: str, card: dict[str, str]) -> dict[str, object]:
    return {
        "email": f"{user_id[:12]}@example.com",
        "userName": f"user{user_id[:12]}",
        "referringPartnerUserId": user_id,
        "zipCode": "11238",
        "cardInfo": card,
    }


def post_user(token: str, body: dict[str, object]) -> requests.Response:
    return requests.post(url("/users/users"), json=body, headers=bearer(token), timeout=HTTP_TIMEOUT)


def enroll(issuer: Issuer, user_id: str, card: dict[str, str] | None = None) -> str:
    """Creates a legacy user and returns the token used."""
    token = issuer.token()
    response = post_user(token, legacy_user(user_id, card or random_card()))
    assert response.status_code == 201, response.text
    return token


def test_legacy_user_is_visible_through_v2(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = new_user_id()
    enroll(issuer, user_id)
    user = api.users.get(issuer.organization_id, user_id).data
    assert user.id == user_id
    assert user.attributes.zip_code == "11238"
    assert user.attributes.email == f"{user_id[:12]}@example.com"


def test_card_registered_by_another_issuer_is_refused(issuer: Issuer, other_issuer: Issuer) -> None:
    card = random_card()
    enroll(issuer, new_user_id(), card)
    response = post_user(other_issuer.token(), legacy_user(new_user_id(), card))
    assert response.status_code == 400, response.text
    assert DUPLICATE_CARD in response.text


def test_full_card_number_as_bin_is_refused(issuer: Issuer) -> None:
    card = {**random_card(), "bin": "4111111111111111"}
    response = post_user(issuer.token(), legacy_user(new_user_id(), card))
    assert response.status_code == 400, response.text
    assert "4111111111111111" not in response.text  # never echo a card number


def test_add_card(issuer: Issuer) -> None:
    user_id = new_user_id()
    token = enroll(issuer, user_id)
    card = random_card()
    response = requests.post(
        url(f"/users/users/{user_id}/cards"),
        json={"referringPartnerUserId": user_id, "cards": [card]},
        headers=bearer(token),
        timeout=HTTP_TIMEOUT,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["referringPartnerUserId"] == user_id
    assert isinstance(body["cards"], list)
    assert card["last4"] in [stored.get("last4") for stored in body["cards"]], body["cards"]


def test_unenroll_with_put(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = new_user_id()
    token = enroll(issuer, user_id)
    response = requests.put(
        url(f"/users/users/{user_id}"),
        json={"referringPartnerUserId": user_id, "enrolledRewards": []},
        headers=bearer(token),
        timeout=HTTP_TIMEOUT,
    )
    assert response.status_code == 200, response.text
    assert api.users.get(issuer.organization_id, user_id).data.attributes.enrolled_rewards == []


def test_delete(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = new_user_id()
    token = enroll(issuer, user_id)
    response = requests.delete(url(f"/users/users/{user_id}"), headers=bearer(token), timeout=HTTP_TIMEOUT)
    assert response.status_code == 200, response.text
    with pytest.raises(DoesNotExistError):
        api.users.get(issuer.organization_id, user_id)
