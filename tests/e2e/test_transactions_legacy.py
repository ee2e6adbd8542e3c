"""Legacy `POST /transactions/incoming` over raw HTTP with the integration guide's bodies (one object or an
array), idempotent resends, and the legacy 400 body `{"errors": [string]}`."""

from __future__ import annotations

import pytest
import requests

import kard

from e2e_support import (
    AUTHORIZED_AT,
    SETTLED_AT,
    HTTP_TIMEOUT,
    Issuer,
    bearer,
    enroll_user,
    new_transaction_id,
    url,
)


def guide_event(user_id: str, transaction_id: str, status: str = "APPROVED", **fields: object) -> dict:
    """The guide's Hilltop BBQ event (its duplicated `merchantId` key reduced to `542814140150267`) for an
    enrolled user; `fields` override keys, `None` removes one."""
    body: dict[str, object] = {
        "transactionId": transaction_id,
        "referringPartnerUserId": user_id,
        "cardBIN": "123456",
        "cardLastFour": "4321",
        "mcc": "1234",
        "amount": 10000,
        "currency": "USD",
        "description": "Hilltop BBQ",
        "merchantId": "542814140150267",
        "merchantName": "Hilltop BBQ",
        "merchantAddrCity": "Atlanta",
        "merchantAddrState": "GA",
        "merchantAddrStreet": "123 Peachtree St",
        "status": status,
        "authorizationDate": AUTHORIZED_AT,
    }
    if status == "SETTLED":
        body["settledDate"] = SETTLED_AT
    elif status != "APPROVED":
        del body["authorizationDate"]
        body["transactionDate"] = SETTLED_AT
    for key, value in fields.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return body


def post_incoming(token: str, body: object) -> requests.Response:
    return requests.post(url("/transactions/incoming"), json=body, headers=bearer(token), timeout=HTTP_TIMEOUT)


@pytest.fixture
def user_id(api: kard.KardApi, issuer: Issuer) -> str:
    return enroll_user(api, issuer.organization_id)


def test_guide_approved_object_is_201(issuer: Issuer, user_id: str) -> None:
    response = post_incoming(issuer.token(), guide_event(user_id, new_transaction_id()))
    assert response.status_code == 201, response.text


def test_array_of_two_events_is_201(issuer: Issuer, user_id: str) -> None:
    transaction_id = new_transaction_id()
    body = [guide_event(user_id, transaction_id), guide_event(user_id, transaction_id, "SETTLED")]
    response = post_incoming(issuer.token(), body)
    assert response.status_code == 201, response.text


def test_resending_the_same_object_is_201(issuer: Issuer, user_id: str) -> None:
    token, event = issuer.token(), guide_event(user_id, new_transaction_id())
    for _ in range(2):
        response = post_incoming(token, event)
        assert response.status_code == 201, response.text


@pytest.mark.parametrize("status", ["SETTLED", "REVERSED", "DECLINED", "RETURNED"])
def test_guide_final_events_after_approval_are_201(issuer: Issuer, user_id: str, status: str) -> None:
    token, transaction_id = issuer.token(), new_transaction_id()
    assert post_incoming(token, [guide_event(user_id, transaction_id)]).status_code == 201
    response = post_incoming(token, [guide_event(user_id, transaction_id, status)])
    assert response.status_code == 201, response.text


def test_approved_without_authorization_date_is_400(issuer: Issuer, user_id: str) -> None:
    token, transaction_id = issuer.token(), new_transaction_id()
    response = post_incoming(token, guide_event(user_id, transaction_id, authorizationDate=None))
    assert response.status_code == 400, response.text
    body = response.json()
    assert isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"], body
    assert all(isinstance(error, str) and error for error in body["errors"]), body

    # Nothing was recorded: the corrected event goes through.
    assert post_incoming(token, guide_event(user_id, transaction_id)).status_code == 201
