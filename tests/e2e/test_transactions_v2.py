"""v2 transaction ingestion through the SDK: the getting-started call, 202 jobs, 207 batches, idempotency and
conflicts, size limits, tenancy and authentication of `POST /v2/issuers/{org}/transactions`."""

from __future__ import annotations

import datetime

import pytest
import requests

import kard
from kard import ConflictError, InvalidRequest
from kard.core.api_error import ApiError
from kard.transactions import Merchant, Transactions_Transaction, TransactionsAttributes

from e2e_support import (
    AUTHORIZED_AT,
    HTTP_TIMEOUT,
    Issuer,
    assert_accepted,
    assert_sdk_accepted,
    bearer,
    enroll_user,
    errors_by_id,
    guide_time,
    new_event_id,
    new_transaction_id,
    pointers,
    post_transactions,
    resigned_token,
    sdk_transaction,
    transaction_item,
    transactions_url,
)

NO_RETRY = {"max_retries": 0}  # the SDK retries 409 (and 5xx) twice by default


def approved(user_id: str, transaction_id: str | None = None, **kwargs: object) -> Transactions_Transaction:
    kwargs.setdefault("authorization_date", guide_time(AUTHORIZED_AT))
    return sdk_transaction(user_id, transaction_id or new_transaction_id(), "APPROVED", **kwargs)


def test_getting_started_submit_transaction(fresh_issuer: Issuer) -> None:
    """The SDK getting-started call, with its user replaced by one enrolled first."""
    api = fresh_issuer.api()
    user_id = enroll_user(api, fresh_issuer.organization_id)
    response = api.transactions.with_raw_response.create(
        organization_id=fresh_issuer.organization_id,
        data=[
            Transactions_Transaction(
                id="12345610",
                attributes=TransactionsAttributes(
                    user_id=user_id,
                    amount=1000,
                    subtotal=800,
                    status="APPROVED",
                    currency="USD",
                    description="ADVANCEAUTO",
                    authorization_date=datetime.datetime.fromisoformat(
                        "2021-07-02 17:47:06+00:00",
                    ),
                    payment_type="CARD",
                    direction="DEBIT",
                    merchant=Merchant(
                        id="12345678901234567",
                        name="ADVANCEAUTO",
                        addr_street="125 Main St",
                        addr_city="Philadelphia",
                        addr_state="PA",
                        addr_zipcode="19147",
                        addr_country="United States",
                        latitude="37.9419429",
                        longitude="-73.1446869",
                        storeId="12345",
                    ),
                    card_bin="123456",
                    card_last_four="4321",
                    authorization_code="123456",
                    retrieval_reference_number="100804333919",
                    system_trace_audit_number="333828",
                    acquirer_reference_number="1234567890123456789012345678",
                    transaction_id="12345611",
                ),
            )
        ],
        request_options=NO_RETRY,
    )
    assert_sdk_accepted(response)
    job = response.data.data
    assert job.type == "job"
    assert job.attributes.status == "queued"
    assert job.attributes.message


def test_plain_create_returns_the_job(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    created = api.transactions.create(issuer.organization_id, data=[approved(user_id)], request_options=NO_RETRY)
    assert created.data.type == "job"
    assert created.data.id
    assert created.data.attributes.status == "queued"


def test_several_items_in_one_request(api: kard.KardApi, issuer: Issuer) -> None:
    first, second = enroll_user(api, issuer.organization_id), enroll_user(api, issuer.organization_id)
    transaction_id = new_transaction_id()
    response = api.transactions.with_raw_response.create(
        issuer.organization_id,
        data=[
            approved(first, transaction_id),
            sdk_transaction(
                first,
                transaction_id,
                "SETTLED",
                authorization_date=guide_time(AUTHORIZED_AT),
                settled_date=guide_time("2022-10-30T17:48:06.135Z"),
            ),
            approved(second),
        ],
        request_options=NO_RETRY,
    )
    assert_sdk_accepted(response)


def test_batch_with_one_invalid_item_is_207(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    good, bad = approved(user_id), approved(user_id, card_bin="4111111111111111")
    response = api.transactions.with_raw_response.create(
        issuer.organization_id, data=[good, bad], request_options=NO_RETRY
    )
    assert response.status_code == 207, response.data
    # The SDK parses a 207 as success; the per-item errors stay as an unmodelled `errors` field.
    errors = response.data.model_extra.get("errors")
    assert isinstance(errors, list) and len(errors) == 1, response.data
    assert errors[0]["id"] == bad.id
    assert errors[0]["status"] == "400"
    assert isinstance(errors[0]["title"], str) and isinstance(errors[0]["detail"], str), errors[0]
    assert pointers(errors) == {"/data/1/attributes/cardBIN"}
    assert "4111111111111111" not in str(response.data.model_dump())  # never echo a card number
    assert response.data.data.type == "job"
    assert response.data.data.attributes.status == "queued"

    # The accepted item was stored (resending it is a no-op, changing it a conflict); the refused one was not.
    again = api.transactions.with_raw_response.create(issuer.organization_id, data=[good], request_options=NO_RETRY)
    assert_sdk_accepted(again)
    changed = approved(user_id, good.attributes.transaction_id, event_id=good.id, amount=good.attributes.amount + 1)
    with pytest.raises(ConflictError):
        api.transactions.create(issuer.organization_id, data=[changed], request_options=NO_RETRY)
    fixed = approved(user_id, bad.attributes.transaction_id, event_id=bad.id)
    assert_sdk_accepted(
        api.transactions.with_raw_response.create(issuer.organization_id, data=[fixed], request_options=NO_RETRY)
    )


def test_207_raw_body(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    good = transaction_item(user_id)
    bad = transaction_item(user_id, status="SETTLED", settledDate=None)
    response = post_transactions(issuer.token(), issuer.organization_id, [good, bad])
    assert response.status_code == 207, response.text
    body = response.json()
    assert set(body) == {"errors", "data"}, body
    job = body["data"]
    assert job["type"] == "job" and job["attributes"]["status"] == "queued", body
    grouped = errors_by_id(body["errors"])
    assert set(grouped) == {bad["id"]}, body
    assert pointers(grouped[bad["id"]]) == {"/data/1/attributes/settledDate"}
    assert all(error["status"] == "400" for error in body["errors"]), body


def test_no_item_accepted_is_400_with_every_items_errors(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    items = [
        transaction_item(user_id, cardLastFour="12"),
        transaction_item(user_id, status="DECLINED", transactionDate=None),
        transaction_item(user_id, currency="DOLLARS"),
    ]
    response = post_transactions(issuer.token(), issuer.organization_id, items)
    assert response.status_code == 400, response.text
    grouped = errors_by_id(response.json()["errors"])
    assert set(grouped) == {item["id"] for item in items}, response.text
    assert pointers(grouped[items[0]["id"]]) == {"/data/0/attributes/cardLastFour"}
    assert pointers(grouped[items[1]["id"]]) == {"/data/1/attributes/transactionDate"}
    assert pointers(grouped[items[2]["id"]]) == {"/data/2/attributes/currency"}


def test_sdk_raises_invalid_request_when_nothing_is_accepted(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    item = approved(user_id, card_bin="12345")
    with pytest.raises(InvalidRequest) as raised:
        api.transactions.create(issuer.organization_id, data=[item], request_options=NO_RETRY)
    assert raised.value.status_code == 400
    error = raised.value.body.errors[0]
    assert error.status == "400"
    assert error.id == item.id
    assert error.source is not None and error.source.pointer == "/data/0/attributes/cardBIN"


def test_same_event_again_is_an_idempotent_202(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    item = approved(user_id)
    for _ in range(2):
        response = api.transactions.with_raw_response.create(
            issuer.organization_id, data=[item], request_options=NO_RETRY
        )
        assert_sdk_accepted(response)


def test_same_event_id_with_another_amount_is_409(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    transaction_id, event_id = new_transaction_id(), new_event_id()
    api.transactions.create(
        issuer.organization_id, data=[approved(user_id, transaction_id, event_id=event_id)], request_options=NO_RETRY
    )
    changed = approved(user_id, transaction_id, event_id=event_id, amount=12345)
    with pytest.raises(ConflictError) as raised:
        api.transactions.create(issuer.organization_id, data=[changed], request_options=NO_RETRY)
    assert raised.value.status_code == 409
    error = raised.value.body.errors[0]
    assert error.status == "409"
    assert error.id == event_id


def test_conflicting_item_in_a_batch_is_207(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    original = transaction_item(user_id)
    token = issuer.token()
    assert_accepted(post_transactions(token, issuer.organization_id, [original]))

    changed = {**original, "attributes": {**original["attributes"], "amount": original["attributes"]["amount"] + 100}}
    fresh = transaction_item(user_id)
    response = post_transactions(token, issuer.organization_id, [fresh, changed])
    assert response.status_code == 207, response.text
    grouped = errors_by_id(response.json()["errors"])
    assert set(grouped) == {original["id"]}, response.text
    assert [error["status"] for error in grouped[original["id"]]] == ["409"], response.text

    # Conflicts only: 409 for the whole request.
    only_conflicts = post_transactions(token, issuer.organization_id, [changed])
    assert only_conflicts.status_code == 409, only_conflicts.text
    assert errors_by_id(only_conflicts.json()["errors"]).keys() == {original["id"]}


def test_the_same_transaction_id_with_new_event_ids_is_not_a_conflict(api: kard.KardApi, issuer: Issuer) -> None:
    """`transactionId` is shared by the events of a transaction; only `data[].id` identifies an event."""
    user_id = enroll_user(api, issuer.organization_id)
    transaction_id = new_transaction_id()
    for amount in (10000, 10000, 9000):
        response = api.transactions.with_raw_response.create(
            issuer.organization_id, data=[approved(user_id, transaction_id, amount=amount)], request_options=NO_RETRY
        )
        assert_sdk_accepted(response)


def test_500_items_are_accepted(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    items = [transaction_item(user_id) for _ in range(500)]
    assert_accepted(post_transactions(issuer.token(), issuer.organization_id, items))


def test_501_items_are_400(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    items = [approved(user_id) for _ in range(501)]
    with pytest.raises(InvalidRequest) as raised:
        api.transactions.create(issuer.organization_id, data=items, request_options=NO_RETRY)
    assert raised.value.status_code == 400
    # None of them was stored: the first one alone is new (202), not a replay.
    assert_sdk_accepted(
        api.transactions.with_raw_response.create(
            issuer.organization_id,
            data=[approved(user_id, items[0].attributes.transaction_id, event_id=items[0].id, amount=1)],
            request_options=NO_RETRY,
        )
    )


def test_empty_data_is_400(issuer: Issuer) -> None:
    response = post_transactions(issuer.token(), issuer.organization_id, [])
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["status"] == "400"


def test_user_of_another_issuer_is_refused(
    api: kard.KardApi, other_api: kard.KardApi, issuer: Issuer, other_issuer: Issuer
) -> None:
    foreign_user = enroll_user(other_api, other_issuer.organization_id)
    item = transaction_item(foreign_user)
    response = post_transactions(issuer.token(), issuer.organization_id, [item])
    assert response.status_code == 400, response.text
    grouped = errors_by_id(response.json()["errors"])
    assert pointers(grouped[item["id"]]) == {"/data/0/attributes/userId"}


def test_unknown_user_is_refused(issuer: Issuer) -> None:
    item = transaction_item("no-such-user-" + new_event_id())
    response = post_transactions(issuer.token(), issuer.organization_id, [item])
    assert response.status_code == 400, response.text
    grouped = errors_by_id(response.json()["errors"])
    assert pointers(grouped[item["id"]]) == {"/data/0/attributes/userId"}


def test_another_issuers_organization_is_403(
    api: kard.KardApi, other_api: kard.KardApi, other_issuer: Issuer
) -> None:
    foreign_user = enroll_user(other_api, other_issuer.organization_id)
    with pytest.raises(ApiError) as raised:
        api.transactions.create(other_issuer.organization_id, data=[approved(foreign_user)], request_options=NO_RETRY)
    assert raised.value.status_code == 403
    body = raised.value.body
    errors = body["errors"] if isinstance(body, dict) else [error.model_dump() for error in body.errors]
    assert errors[0]["status"] == "403", body


def test_missing_token_is_401(api: kard.KardApi, issuer: Issuer) -> None:
    item = transaction_item(enroll_user(api, issuer.organization_id))
    response = requests.post(transactions_url(issuer.organization_id), json={"data": [item]}, timeout=HTTP_TIMEOUT)
    assert response.status_code == 401, response.text


def test_token_signed_with_another_secret_is_401(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = enroll_user(api, issuer.organization_id)
    token = issuer.token()
    # Same claims, signed with a key the server does not hold: a forgery.
    forged = resigned_token(token, "not-the-servers-signing-secret-0123456789")
    response = requests.post(
        transactions_url(issuer.organization_id),
        json={"data": [transaction_item(user_id)]},
        headers=bearer(forged),
        timeout=HTTP_TIMEOUT,
    )
    assert response.status_code == 401, response.text
