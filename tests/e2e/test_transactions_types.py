"""The other v2 item types of `POST /v2/issuers/{org}/transactions`: `matchedTransaction` (v2 OpenAPI only, raw
HTTP) and `coreTransaction` (SDK and raw HTTP), alone and mixed with `transaction` items."""

from __future__ import annotations

import pytest

import kard
from kard.transactions import CoreTransactionAttributes, Transactions_CoreTransaction

from e2e_support import (
    AUTHORIZED_AT,
    SETTLED_AT,
    Issuer,
    assert_accepted,
    assert_sdk_accepted,
    enroll_user,
    errors_by_id,
    guide_time,
    new_event_id,
    new_transaction_id,
    pointers,
    post_transactions,
    transaction_item,
)

NO_RETRY = {"max_retries": 0}


def matched_item(user_id: str, **attributes: object) -> dict:
    """A `matchedTransaction` with the required fields of `MatchedTransactionsAttributes` (a card purchase);
    an override of `None` removes the field."""
    body: dict[str, object] = {
        "userId": user_id,
        "transactionId": new_transaction_id(),
        "amount": 10000,
        "description": "Hilltop BBQ",
        "authorizationDate": AUTHORIZED_AT,
        "paymentType": "CARD",
        "direction": "DEBIT",
        "cardBIN": "123456",
        "cardLastFour": "4321",
    }
    for key, value in attributes.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return {"type": "matchedTransaction", "id": new_event_id(), "attributes": body}


def core_item(user_id: str, **attributes: object) -> dict:
    """A `coreTransaction` with the required fields of `CoreTransactionAttributes`; `None` removes a field."""
    body: dict[str, object] = {
        "userId": user_id,
        "transactionId": new_transaction_id(),
        "amount": 4599,
        "currency": "USD",
        "description": "CORNER GROCERY 0042",
        "direction": "DEBIT",
        "status": "SETTLED",
        "settledDate": SETTLED_AT,
        "authorizationDate": AUTHORIZED_AT,
    }
    for key, value in attributes.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return {"type": "coreTransaction", "id": new_event_id(), "attributes": body}


@pytest.fixture(scope="module")
def user_id(issuer: Issuer) -> str:
    return enroll_user(issuer.api(), issuer.organization_id)


def refused(issuer: Issuer, item: dict) -> set[str]:
    response = post_transactions(issuer.token(), issuer.organization_id, [item])
    assert response.status_code == 400, f"{item} -> {response.status_code} {response.text}"
    grouped = errors_by_id(response.json()["errors"])
    assert set(grouped) == {item["id"]}, response.text
    return pointers(grouped[item["id"]])


# --- matchedTransaction ---------------------------------------------------------------------------


def test_matched_transaction_with_required_fields_is_accepted(issuer: Issuer, user_id: str) -> None:
    assert_accepted(post_transactions(issuer.token(), issuer.organization_id, [matched_item(user_id)]))


@pytest.mark.parametrize(
    "overrides",
    [
        {"cardBIN": None, "cardLastFour": None, "paymentType": "CASH"},
        {"cardBIN": None, "cardLastFour": None, "paymentType": "UNKNOWN"},
        {"subtotal": 8000, "orderId": "ORDER-1", "receiptMedium": "ELECTRONIC", "cardNetwork": "VISA"},
        {"direction": "CREDIT"},
    ],
    ids=["cash", "unknown-payment", "optional-fields", "credit"],
)
def test_matched_transaction_variants_are_accepted(issuer: Issuer, user_id: str, overrides: dict) -> None:
    assert_accepted(post_transactions(issuer.token(), issuer.organization_id, [matched_item(user_id, **overrides)]))


@pytest.mark.parametrize(
    "field", ["userId", "transactionId", "amount", "description", "authorizationDate", "paymentType", "direction"]
)
def test_matched_transaction_without_a_required_field_is_refused(issuer: Issuer, user_id: str, field: str) -> None:
    assert f"/data/0/attributes/{field}" in refused(issuer, matched_item(user_id, **{field: None}))


def test_matched_transaction_of_an_unknown_user_is_refused(issuer: Issuer) -> None:
    item = matched_item(f"no-such-user-{new_event_id()}")
    assert refused(issuer, item) == {"/data/0/attributes/userId"}


# --- coreTransaction ------------------------------------------------------------------------------


def test_core_transaction_through_the_sdk_is_accepted(api: kard.KardApi, issuer: Issuer, user_id: str) -> None:
    response = api.transactions.with_raw_response.create(
        issuer.organization_id,
        data=[
            Transactions_CoreTransaction(
                id=new_event_id(),
                attributes=CoreTransactionAttributes(
                    user_id=user_id,
                    transaction_id=new_transaction_id(),
                    amount=4599,
                    currency="USD",
                    description="CORNER GROCERY 0042",
                    direction="DEBIT",
                    settled_date=guide_time(SETTLED_AT),
                    authorization_date=guide_time(AUTHORIZED_AT),
                    financial_institution_id="FI-001",
                    card_last_fours=["4321", "8765"],
                ),
            )
        ],
        request_options=NO_RETRY,
    )
    assert_sdk_accepted(response)


def test_core_transaction_raw_is_accepted(issuer: Issuer, user_id: str) -> None:
    assert_accepted(post_transactions(issuer.token(), issuer.organization_id, [core_item(user_id)]))


@pytest.mark.parametrize("status", ["APPROVED", "DECLINED", "REVERSED", "RETURNED", "PENDING"])
def test_core_transaction_not_settled_is_refused(issuer: Issuer, user_id: str, status: str) -> None:
    item = core_item(user_id, status=status, transactionDate=SETTLED_AT)
    assert refused(issuer, item) == {"/data/0/attributes/status"}


@pytest.mark.parametrize(
    "field",
    [
        "userId",
        "transactionId",
        "amount",
        "currency",
        "description",
        "direction",
        "status",
        "settledDate",
        "authorizationDate",
    ],
)
def test_core_transaction_without_a_required_field_is_refused(issuer: Issuer, user_id: str, field: str) -> None:
    assert f"/data/0/attributes/{field}" in refused(issuer, core_item(user_id, **{field: None}))


# --- mixed ----------------------------------------------------------------------------------------


def test_all_three_types_in_one_request(issuer: Issuer, user_id: str) -> None:
    items = [transaction_item(user_id), matched_item(user_id), core_item(user_id)]
    assert_accepted(post_transactions(issuer.token(), issuer.organization_id, items))


def test_mixed_batch_with_a_core_transaction_not_settled_is_207(issuer: Issuer, user_id: str) -> None:
    bad = core_item(user_id, status="APPROVED")
    response = post_transactions(
        issuer.token(), issuer.organization_id, [transaction_item(user_id), matched_item(user_id), bad]
    )
    assert response.status_code == 207, response.text
    grouped = errors_by_id(response.json()["errors"])
    assert set(grouped) == {bad["id"]}, response.text
    assert pointers(grouped[bad["id"]]) == {"/data/2/attributes/status"}
