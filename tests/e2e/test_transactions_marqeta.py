"""Marqeta transaction webhooks posted as Marqeta sends them: HTTP Basic with the issuer's client credentials,
`{"transactions": [...]}`, the integration guide's field mapping."""

from __future__ import annotations

import uuid

import kard
import requests

from e2e_support import HTTP_TIMEOUT, Issuer, bearer, enroll_user, url


def marqeta_event(user_id: str, event_type: str, token: str, preceding: str | None = None, amount: object = 25.5) -> dict:
    event = {
        "type": event_type,
        "token": token,
        "user_token": user_id,
        "user_transaction_time": "2022-10-29T17:48:06Z",
        "settlement_date": "2022-10-30T00:00:00Z",
        "amount": amount,
        "state": "COMPLETION",
        "currency_code": "USD",
        "card_acceptor": {
            "mid": "542814140150267",
            "mcc": "5812",
            "name": "Hilltop BBQ",
            "street_address": "123 Peachtree St",
            "city": "Atlanta",
            "state": "13",
            "zip": "30303",
        },
        "card": {"last_four": "4321", "pan": "123456______4321"},
    }
    if preceding:
        event["preceding_related_transaction_token"] = preceding
    return event


def marqeta_url(issuer: Issuer) -> str:
    return url(f"/v2/issuers/{issuer.organization_id}/marqeta/transactions")


def test_authorization_and_clearing_with_basic_auth(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    auth, clearing = f"auth-{uuid.uuid4().hex}", f"clear-{uuid.uuid4().hex}"
    body = {
        "transactions": [
            marqeta_event(user_id, "authorization", auth),
            marqeta_event(user_id, "authorization.clearing", clearing, preceding=auth),
            marqeta_event(user_id, "account.funding", f"other-{uuid.uuid4().hex}"),
        ]
    }
    basic = (issuer.client_id, issuer.client_secret)
    response = requests.post(marqeta_url(issuer), json=body, auth=basic, timeout=HTTP_TIMEOUT)
    assert response.status_code == 200, response.text
    summary = response.json()
    assert summary["accepted"] == [auth, clearing]
    assert len(summary["skipped"]) == 1 and summary["refused"] == []

    again = requests.post(marqeta_url(issuer), json=body, headers=bearer(issuer.token()), timeout=HTTP_TIMEOUT)
    assert again.json()["repeated"] == [auth, clearing]


def test_wrong_basic_credentials_and_fractions_of_a_cent(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    event = marqeta_event(user_id, "authorization", f"auth-{uuid.uuid4().hex}", amount=10.005)
    wrong = requests.post(marqeta_url(issuer), json=event, auth=(issuer.client_id, "nope"), timeout=HTTP_TIMEOUT)
    assert wrong.status_code == 401, wrong.text
    response = requests.post(marqeta_url(issuer), json=event, auth=(issuer.client_id, issuer.client_secret), timeout=HTTP_TIMEOUT)
    assert response.status_code == 200, response.text
    refused = response.json()["refused"]
    assert [item["token"] for item in refused] == [event["token"]]
    assert any("amount" in reason for reason in refused[0]["errors"])
