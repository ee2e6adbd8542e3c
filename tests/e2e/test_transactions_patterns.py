"""The integration guide's transaction patterns through the SDK: each event is its own request, with a distinct
event id (`data[].id`) and the one `transactionId` of the transaction. Processing results are not observable
yet, so only the 202s are checked."""

from __future__ import annotations

import kard
from kard.transactions import Transactions_Transaction

from e2e_support import (
    AUTHORIZED_AT,
    SETTLED_AT,
    Issuer,
    assert_sdk_accepted,
    enroll_user,
    guide_time,
    new_transaction_id,
    sdk_transaction,
)

NO_RETRY = {"max_retries": 0}


def submit(api: kard.KardApi, issuer: Issuer, *events: Transactions_Transaction) -> None:
    """Sends each event in a request of its own, asserting a 202 each time."""
    assert len({event.id for event in events}) == len(events), "event ids must be distinct"
    assert len({event.attributes.transaction_id for event in events}) == 1, "one transactionId per pattern"
    for event in events:
        response = api.transactions.with_raw_response.create(
            issuer.organization_id, data=[event], request_options=NO_RETRY
        )
        assert_sdk_accepted(response)


def approved(user_id: str, transaction_id: str, amount: int = 10000) -> Transactions_Transaction:
    return sdk_transaction(
        user_id, transaction_id, "APPROVED", amount=amount, authorization_date=guide_time(AUTHORIZED_AT)
    )


def test_dual_message_approved_then_settled(api: kard.KardApi, issuer: Issuer) -> None:
    user_id, transaction_id = enroll_user(api, issuer.organization_id), new_transaction_id()
    submit(
        api,
        issuer,
        approved(user_id, transaction_id),
        sdk_transaction(
            user_id,
            transaction_id,
            "SETTLED",
            authorization_date=guide_time(AUTHORIZED_AT),
            settled_date=guide_time(SETTLED_AT),
        ),
    )


def test_dual_message_approved_then_declined(api: kard.KardApi, issuer: Issuer) -> None:
    user_id, transaction_id = enroll_user(api, issuer.organization_id), new_transaction_id()
    submit(
        api,
        issuer,
        approved(user_id, transaction_id),
        sdk_transaction(user_id, transaction_id, "DECLINED", transaction_date=guide_time(SETTLED_AT)),
    )


def test_dual_message_approved_then_reversed(api: kard.KardApi, issuer: Issuer) -> None:
    user_id, transaction_id = enroll_user(api, issuer.organization_id), new_transaction_id()
    submit(
        api,
        issuer,
        approved(user_id, transaction_id),
        sdk_transaction(user_id, transaction_id, "REVERSED", transaction_date=guide_time(SETTLED_AT)),
    )


def test_single_message_pin_debit(api: kard.KardApi, issuer: Issuer) -> None:
    user_id, transaction_id = enroll_user(api, issuer.organization_id), new_transaction_id()
    submit(
        api,
        issuer,
        sdk_transaction(
            user_id,
            transaction_id,
            "SETTLED",
            authorization_date=guide_time(AUTHORIZED_AT),
            settled_date=guide_time(SETTLED_AT),
        ),
    )


def test_refund_returned_credit(api: kard.KardApi, issuer: Issuer) -> None:
    user_id, transaction_id = enroll_user(api, issuer.organization_id), new_transaction_id()
    submit(
        api,
        issuer,
        sdk_transaction(
            user_id, transaction_id, "RETURNED", direction="CREDIT", transaction_date=guide_time(SETTLED_AT)
        ),
    )


def test_single_authorization_with_two_settlements(api: kard.KardApi, issuer: Issuer) -> None:
    user_id, transaction_id = enroll_user(api, issuer.organization_id), new_transaction_id()
    submit(
        api,
        issuer,
        approved(user_id, transaction_id, amount=10000),
        sdk_transaction(
            user_id,
            transaction_id,
            "SETTLED",
            amount=7500,
            authorization_date=guide_time("2022-10-30T17:48:06.135Z"),
            settled_date=guide_time("2022-10-30T18:48:06.135Z"),
        ),
        sdk_transaction(
            user_id,
            transaction_id,
            "SETTLED",
            amount=2500,
            authorization_date=guide_time("2022-10-30T17:48:06.135Z"),
            settled_date=guide_time("2022-10-31T18:48:06.135Z"),
        ),
    )

