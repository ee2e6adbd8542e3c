"""Bulk transaction files end to end: the issuer asks for upload URLs with the SDK's
`transactions.create_bulk_transactions_upload_url`, `PUT`s each file (JSONL, optionally gzip) to its URL with
`requests` (the URL carries its own credential, like a presigned URL: no bearer token), and the server processes it
in the background. The result is read from `GET /v2/issuers/{org}/transactions/uploads/{uploadId}` (this platform's
addition) and the admin API; incoming files earn rewards like API events, historical files only feed the targeting
history (the sandbox's new-customer persona turns into a lapsed customer at BaaS Pro Shops)."""

from __future__ import annotations

import datetime
import gzip
import json

import pytest
import requests

import kard
from kard import InvalidRequest
from kard.core.api_error import ApiError
from kard.transactions import CreateFileUploadAttributes, CreateFileUploadData

from e2e_support import (
    BAAS_NEW_CUSTOMER_OFFER_ID,
    BAAS_PRO_SHOPS,
    HTTP_TIMEOUT,
    NEW_CUSTOMER_REWARD_ON_100,
    Issuer,
    admin_get,
    admin_json,
    bearer,
    create_issuer,
    earned_rewards,
    enroll_user,
    error_objects,
    new_customer,
    new_customer_reward,
    new_event_id,
    new_transaction_id,
    outbox,
    recent_time,
    url,
    wait_for,
    wait_for_lifetime,
    wire_time,
)

NO_RETRY = {"max_retries": 0}

#: The cardholder's reward of BaaS Pro Shops' lapsed-customer offer ("Welcome Back", 10%) on $100.
WELCOME_BACK_REWARD_ON_100 = 350


@pytest.fixture(scope="module")
def shop() -> Issuer:
    """A sandbox issuer of this module's own: its personas' history is this module's to change."""
    return create_issuer("UPLOADS", sandbox=True)


@pytest.fixture(scope="module")
def shop_api(shop: Issuer) -> kard.KardApi:
    return shop.api()


def baas_line(
    user_id: str,
    status: str,
    *,
    transaction_id: str | None = None,
    amount: int = 10000,
    at: datetime.datetime | None = None,
    event_id: str | None = None,
) -> dict:
    """A v2 `transaction` resource in wire form (one line of a file): an in-store purchase at the sandbox's BaaS Pro
    Shops, matched on its description, dated `at` (default: a few minutes ago)."""
    moment = wire_time(at or recent_time(10))
    dates = {"authorizationDate": moment}
    if status == "SETTLED":
        dates["settledDate"] = moment
    elif status != "APPROVED":
        dates = {"transactionDate": moment}
    return {
        "type": "transaction",
        "id": event_id or new_event_id(),
        "attributes": {
            "userId": user_id,
            "transactionId": transaction_id or new_transaction_id(),
            "amount": amount,
            "currency": "USD",
            "description": BAAS_PRO_SHOPS,
            "status": status,
            "direction": "CREDIT" if status == "RETURNED" else "DEBIT",
            "paymentType": "CARD",
            "cardBIN": "123456",
            "cardLastFour": "4321",
            "mcc": "5941",
            "merchant": {"id": "777000000000001", "name": BAAS_PRO_SHOPS, "addrCity": "Atlanta", "addrState": "GA"},
            **dates,
        },
    }


def jsonl(*lines: dict | str) -> bytes:
    """A JSONL file: dicts as JSON, strings as they are."""
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines).encode()


def file_data(kind: str, filename: str) -> CreateFileUploadData:
    return CreateFileUploadData(type=kind, attributes=CreateFileUploadAttributes(filename=filename))


def upload_urls(api: kard.KardApi, issuer: Issuer, *files: tuple[str, str]):
    """`transactions.create_bulk_transactions_upload_url` for (type, filename) pairs; returns the sessions."""
    response = api.transactions.create_bulk_transactions_upload_url(
        issuer.organization_id,
        data=[file_data(kind, name) for kind, name in files],
        request_options=NO_RETRY,
    )
    assert len(response.data) == len(files), response
    return response.data


def put_file(upload_url: str, body: bytes) -> requests.Response:
    """The issuer's `PUT` of a file to its upload URL (no bearer token: the URL is the credential)."""
    return requests.put(upload_url, data=body, timeout=HTTP_TIMEOUT)


def upload_status(issuer: Issuer, upload_id: str) -> dict:
    response = requests.get(
        url(f"/v2/issuers/{issuer.organization_id}/transactions/uploads/{upload_id}"),
        headers=bearer(issuer.token()),
        timeout=HTTP_TIMEOUT,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["data"]["id"] == upload_id, body
    return body["data"]["attributes"]


def wait_until_processed(issuer: Issuer, upload_id: str) -> dict:
    return wait_for(
        lambda: upload_status(issuer, upload_id),
        lambda attributes: attributes["status"] in ("processed", "failed"),
        what=f"upload {upload_id} to be processed",
    )


def send(api: kard.KardApi, issuer: Issuer, kind: str, filename: str, body: bytes) -> dict:
    """Gets a URL, puts the file, waits for the processing and returns the upload's attributes."""
    (session,) = upload_urls(api, issuer, (kind, filename))
    response = put_file(session.attributes.url, body)
    assert response.status_code == 200, response.text
    return wait_until_processed(issuer, session.id)


def test_upload_urls(shop_api: kard.KardApi, shop: Issuer, other_api: kard.KardApi) -> None:
    sessions = upload_urls(
        shop_api, shop, ("incomingTransactionsFile", "day.jsonl"), ("historicalTransactionsFile", "past.jsonl.gz")
    )
    assert [session.type for session in sessions] == ["incomingTransactionsFile", "historicalTransactionsFile"]
    for session in sessions:
        assert session.attributes.expires_in == 900
        assert session.attributes.url.startswith(url(f"/uploads/{session.id}?token="))
        attributes = upload_status(shop, session.id)
        assert attributes["status"] == "awaitingFile", attributes

    with pytest.raises(InvalidRequest):
        upload_urls(shop_api, shop, ("incomingTransactionsFile", "notes.txt"))
    raw = requests.post(
        url(f"/v2/issuers/{shop.organization_id}/transactions/uploads"),
        json={"data": [{"type": "dailyFile", "attributes": {"filename": "a/b.jsonl"}}]},
        headers=bearer(shop.token()),
        timeout=HTTP_TIMEOUT,
    )
    assert raw.status_code == 400, raw.text
    assert {e["source"]["pointer"] for e in error_objects(raw)} == {"/data/0/type", "/data/0/attributes/filename"}

    # Another issuer can neither create URLs for this organization nor read its uploads.
    with pytest.raises(ApiError) as raised:
        other_api.transactions.create_bulk_transactions_upload_url(
            shop.organization_id,
            data=[file_data("incomingTransactionsFile", "a.jsonl")],
            request_options=NO_RETRY,
        )
    assert raised.value.status_code == 403


def test_put_rules(shop_api: kard.KardApi, shop: Issuer) -> None:
    (session,) = upload_urls(shop_api, shop, ("incomingTransactionsFile", "rules.jsonl"))
    base, _, token = session.attributes.url.partition("?token=")
    wrong = put_file(f"{base}?token={'0' * len(token)}", b"{}\n")
    assert wrong.status_code == 403, wrong.text
    assert error_objects(wrong)[0]["status"] == "403"
    assert put_file(f"{base}", b"{}\n").status_code == 403

    assert put_file(session.attributes.url, b"").status_code == 200
    again = put_file(session.attributes.url, b"")
    assert again.status_code == 409, again.text
    assert error_objects(again)[0]["status"] == "409"
    attributes = wait_until_processed(shop, session.id)
    assert (attributes["status"], attributes["lines"]) == ("processed", 0), attributes


def test_incoming_gzip_file_earns_rewards(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    first, second = enroll_user(shop_api, org), enroll_user(shop_api, org)
    purchase = new_transaction_id()
    bad_id = new_event_id()
    settled_without_date = baas_line(first, "SETTLED", event_id=bad_id)
    del settled_without_date["attributes"]["settledDate"]
    body = jsonl(
        baas_line(first, "APPROVED", transaction_id=purchase),
        "",
        baas_line(first, "SETTLED", transaction_id=purchase),
        "this is not JSON",
        settled_without_date,
        baas_line(second, "SETTLED", amount=5000),
    )
    attributes = send(shop_api, shop, "incomingTransactionsFile", "day.jsonl.gz", gzip.compress(body))
    assert attributes["status"] == "processed", attributes
    assert (attributes["lines"], attributes["accepted"], attributes["repeated"], attributes["refused"]) == (5, 3, 0, 2)
    errors = attributes["errors"]
    assert [error["line"] for error in errors] == [4, 5], errors
    assert errors[1]["id"] == bad_id and errors[1]["pointer"] == "/attributes/settledDate", errors

    # The accepted events are processed like API events.
    wait_for_lifetime(shop_api, org, first, NEW_CUSTOMER_REWARD_ON_100)
    wait_for_lifetime(shop_api, org, second, new_customer_reward(5000))
    page = earned_rewards(shop_api, org, first)
    assert [item.relationships.offer.data.id for item in page.data] == [BAAS_NEW_CUSTOMER_OFFER_ID]

    # The issuer is told through the outbox; the operator sees the record.
    upload_id = wait_for(
        lambda: [n for n in outbox(org, event="fileProcessingResult") if "3 accepted" in n["content"]["message"]],
        what="the fileProcessingResult notification",
    )[0]["sourceKey"].removeprefix("upload/")
    record = admin_json(admin_get(f"/admin/uploads/{upload_id}"))
    assert record["status"] == "processed" and record["isGzip"] is True, record
    assert "tokenHash" not in record, record
    listed = admin_json(admin_get("/admin/uploads", organizationId=org))
    assert upload_id in [upload["id"] for upload in listed["data"]], listed

    # The same lines in a new file are repeats: nothing more is earned.
    again = send(shop_api, shop, "incomingTransactionsFile", "day-again.jsonl", body)
    assert (again["accepted"], again["repeated"], again["refused"]) == (0, 3, 2), again
    assert earned_rewards(shop_api, org, first).meta.lifetime_rewards_in_cents == NEW_CUSTOMER_REWARD_ON_100


def test_historical_file_changes_targeting(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    persona = new_customer(shop)
    eight_months_ago = recent_time(0) - datetime.timedelta(days=243)
    attributes = send(
        shop_api,
        shop,
        "historicalTransactionsFile",
        "history.jsonl",
        jsonl(baas_line(persona, "SETTLED", at=eight_months_ago), baas_line("nobody-" + new_event_id(), "SETTLED")),
    )
    assert attributes["status"] == "processed", attributes
    assert (attributes["accepted"], attributes["refused"], attributes["purchasesRecorded"]) == (1, 1, 1), attributes
    # History earns nothing.
    assert earned_rewards(shop_api, org, persona).meta.lifetime_rewards_in_cents == 0

    # The persona bought at BaaS Pro Shops 8 months ago: now a lapsed customer, it earns "Welcome Back" (10%), not
    # the new customers' 12%.
    body = jsonl(baas_line(persona, "SETTLED"))
    incoming = send(shop_api, shop, "incomingTransactionsFile", "today.jsonl", body)
    assert incoming["accepted"] == 1, incoming
    wait_for_lifetime(shop_api, org, persona, WELCOME_BACK_REWARD_ON_100)
    offers = [item.relationships.offer.data.id for item in earned_rewards(shop_api, org, persona).data]
    assert len(offers) == 1 and BAAS_NEW_CUSTOMER_OFFER_ID not in offers, offers
