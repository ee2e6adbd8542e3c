"""Per-item validation of v2 `transaction` items over raw HTTP (the SDK's models would refuse most of these
bodies before sending): required fields, formats, the date each status needs, and what is accepted."""

from __future__ import annotations

import pytest

from e2e_support import (
    STATUS_DATE,
    Issuer,
    assert_accepted,
    enroll_user,
    errors_by_id,
    pointers,
    post_transactions,
    transaction_item,
)

REQUIRED = (
    "userId",
    "transactionId",
    "amount",
    "currency",
    "description",
    "status",
    "direction",
    "paymentType",
    "cardBIN",
    "cardLastFour",
)

INVALID = [
    ("amount", -1),
    ("amount", 10.5),
    ("amount", "1000"),
    ("currency", "US"),
    ("currency", "USDX"),
    ("currency", "U5D"),
    ("status", "PENDING"),
    ("direction", "SIDEWAYS"),
    ("paymentType", "CASH"),
    ("cardBIN", "12345"),
    ("cardBIN", "123456789"),
    ("cardBIN", "12345a"),
    ("cardLastFour", "123"),
    ("cardLastFour", "12345"),
    ("cardLastFour", "43a1"),
    ("mcc", "123"),
    ("mcc", "12345"),
    ("mcc", "12a4"),
    ("authorizationDate", "not-a-date"),
]


@pytest.fixture(scope="module")
def user_id(issuer: Issuer) -> str:
    """One enrolled user for the items of this module (each test sends its own event and transaction ids)."""
    return enroll_user(issuer.api(), issuer.organization_id)


def refused_pointers(issuer: Issuer, item: dict) -> set[str]:
    """Sends `item` alone, asserts a 400 naming it, and returns the pointers of its errors."""
    response = post_transactions(issuer.token(), issuer.organization_id, [item])
    assert response.status_code == 400, f"{item['attributes']} -> {response.status_code} {response.text}"
    grouped = errors_by_id(response.json()["errors"])
    assert set(grouped) == {item["id"]}, response.text
    assert all(error["status"] == "400" for error in grouped[item["id"]]), response.text
    return pointers(grouped[item["id"]])


@pytest.mark.parametrize("field", REQUIRED)
def test_missing_required_field_is_refused(issuer: Issuer, user_id: str, field: str) -> None:
    item = transaction_item(user_id, **{field: None})
    assert f"/data/0/attributes/{field}" in refused_pointers(issuer, item)


@pytest.mark.parametrize(
    "overrides",
    [{field: None} for field in REQUIRED] + [{"amount": 10.5}, {"amount": "1000"}, {"cardBIN": 123456}],
    ids=[f"no-{field}" for field in REQUIRED] + ["amount=10.5", "amount='1000'", "cardBIN=123456"],
)
def test_one_bad_item_does_not_sink_the_batch(issuer: Issuer, user_id: str, overrides: dict) -> None:
    """Every item is validated on its own, malformed ones included: a valid item next to it is accepted (207)."""
    good, bad = transaction_item(user_id), transaction_item(user_id, **overrides)
    response = post_transactions(issuer.token(), issuer.organization_id, [good, bad])
    assert response.status_code == 207, f"{overrides} -> {response.status_code} {response.text}"
    grouped = errors_by_id(response.json()["errors"])
    assert set(grouped) == {bad["id"]}, response.text
    field = next(iter(overrides))
    assert f"/data/1/attributes/{field}" in pointers(grouped[bad["id"]]), response.text


@pytest.mark.parametrize(("field", "value"), INVALID, ids=[f"{field}={value!r}" for field, value in INVALID])
def test_invalid_value_is_refused(issuer: Issuer, user_id: str, field: str, value: object) -> None:
    item = transaction_item(user_id, **{field: value})
    assert refused_pointers(issuer, item) == {f"/data/0/attributes/{field}"}


def test_full_card_number_is_refused_and_not_echoed(issuer: Issuer, user_id: str) -> None:
    item = transaction_item(user_id, cardBIN="4111111111111111")
    response = post_transactions(issuer.token(), issuer.organization_id, [item])
    assert response.status_code == 400, response.text
    assert "4111111111111111" not in response.text
    assert pointers(response.json()["errors"]) == {"/data/0/attributes/cardBIN"}


@pytest.mark.parametrize("status", sorted(STATUS_DATE))
def test_status_without_its_date_is_refused(issuer: Issuer, user_id: str, status: str) -> None:
    date_field = STATUS_DATE[status]
    item = transaction_item(user_id, status=status, **{date_field: None})
    assert refused_pointers(issuer, item) == {f"/data/0/attributes/{date_field}"}


@pytest.mark.parametrize("status", sorted(STATUS_DATE))
def test_status_with_its_date_is_accepted(issuer: Issuer, user_id: str, status: str) -> None:
    item = transaction_item(user_id, status=status)
    assert_accepted(post_transactions(issuer.token(), issuer.organization_id, [item]))


@pytest.mark.parametrize(
    "overrides",
    [
        {"cardBIN": "123456"},
        {"cardBIN": "1234567"},
        {"cardBIN": "12345678"},
        {"mcc": None},
        {"amount": 0},
        {"direction": "CREDIT"},
        {"authorizationDate": "2022-10-29T12:48:06-05:00"},
        {"status": "SETTLED", "authorizationDate": None},  # authorizationDate is only recommended for SETTLED
        {"subtotal": 800, "description2": "STORE 12", "cardNetwork": "VISA", "userZipCode": "11238"},
        {"processorMids": {"processor": "VISA", "mids": {"vmid": "12345678", "vsid": "87654321"}}},
        {"merchant": None},
    ],
    ids=[
        "bin-6",
        "bin-7",
        "bin-8",
        "no-mcc",
        "zero-amount",
        "credit",
        "offset-date",
        "settled-without-authorization",
        "optional-fields",
        "processor-mids",
        "no-merchant",
    ],
)
def test_valid_variants_are_accepted(issuer: Issuer, user_id: str, overrides: dict) -> None:
    overrides = dict(overrides)
    status = overrides.pop("status", "APPROVED")
    item = transaction_item(user_id, status=status, **overrides)
    assert_accepted(post_transactions(issuer.token(), issuer.organization_id, [item]))


def test_unknown_item_type_is_refused(issuer: Issuer, user_id: str) -> None:
    item = {**transaction_item(user_id), "type": "bogusTransaction"}
    response = post_transactions(issuer.token(), issuer.organization_id, [item])
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["status"] == "400"


def test_item_without_id_is_refused(issuer: Issuer, user_id: str) -> None:
    item = transaction_item(user_id)
    del item["id"]
    response = post_transactions(issuer.token(), issuer.organization_id, [item])
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["status"] == "400"
