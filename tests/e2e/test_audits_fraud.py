"""Audits and fraud markers end to end: an issuer asks for a transaction's reward to be looked at again (v2 through
the SDK's `transactions.create_audits`, and the legacy `POST /transactions/audit`), the operator works the audit
through the admin API or `kard audits`, possibly correcting the reward, and the issuer reads the outcome (legacy
`GET /transactions/audit/{id}`, `auditUpdate` notifications, the earned rewards). A fraud marker
(`transactions.create_fraud_markers`) takes a transaction's reward back."""

from __future__ import annotations

import datetime
import os

import pytest
import requests

import kard
from kard import ConflictError, DoesNotExistError, InvalidRequest
from kard.core.api_error import ApiError
from kard.transactions import (
    AuditAttributes,
    CreateAuditRequestDataUnion_Audit,
    FraudulentTransactionAttributes,
    FraudulentTransactionData,
    Merchant,
)

from e2e_support import (
    BAAS_NEW_CUSTOMER_OFFER_ID,
    BAAS_PRO_SHOPS,
    BAAS_PRO_SHOPS_ID,
    HTTP_TIMEOUT,
    NEW_CUSTOMER_REWARD_ON_100,
    NO_RETRY,
    Issuer,
    admin_get,
    admin_json,
    admin_post,
    baas_transaction,
    bearer,
    create_issuer,
    drain_inbox,
    earned_rewards,
    enroll_user,
    item_summary,
    ledger_movements,
    lifetime_cents,
    new_transaction_id,
    notifications_of,
    recent_time,
    run_cli,
    sdk_transaction,
    submit,
    transaction_report,
    url,
    wait_for_items,
    wait_for_lifetime,
    wait_for_report,
)

REWARD = NEW_CUSTOMER_REWARD_ON_100


@pytest.fixture(scope="module")
def shop() -> Issuer:
    """A sandbox issuer of this module's own, so that its audits, rewards and outbox are this module's alone."""
    return create_issuer("AUDITS", sandbox=True)


@pytest.fixture(scope="module")
def shop_api(shop: Issuer) -> kard.KardApi:
    return shop.api()


def settled_purchase(api: kard.KardApi, issuer: Issuer) -> tuple[str, str]:
    """A new user with a settled $100 BaaS Pro Shops purchase that earned the new-customer reward."""
    user_id, transaction_id = enroll_user(api, issuer.organization_id), new_transaction_id()
    submit(api, issuer, baas_transaction(user_id, transaction_id, "SETTLED"))
    wait_for_lifetime(api, issuer.organization_id, user_id, REWARD)
    return user_id, transaction_id


def sdk_audit(transaction_id: str, code: int = 3006, **attributes: object) -> CreateAuditRequestDataUnion_Audit:
    fields: dict[str, object] = {
        "merchant_name": BAAS_PRO_SHOPS,
        "audit_description": "The cardholder says the cash back is missing.",
    }
    fields.update(attributes)
    return CreateAuditRequestDataUnion_Audit(
        attributes=AuditAttributes(audit_code=code, transaction_id=transaction_id, **fields)
    )


def audit_updates(organization_id: str, transaction_id: str, audit_id: str) -> list[dict]:
    """The `auditUpdate` notifications of one audit, in the order they were queued, as their `content.audit`."""
    found = []
    for notification in notifications_of(organization_id, transaction_id, "auditUpdate"):
        snapshot = notification["content"].get("audit")
        assert isinstance(snapshot, dict), notification
        if snapshot.get("auditID") == audit_id:
            found.append(snapshot)
    return found


def resolve(audit_id: str, body: dict) -> requests.Response:
    return admin_post(f"/admin/audits/{audit_id}/resolve", body)


# --- audits --------------------------------------------------------------------------------------------


def test_v2_audit_resolved_through_the_admin_api(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = settled_purchase(shop_api, shop)

    response = shop_api.transactions.with_raw_response.create_audits(
        org,
        user_id,
        data=[sdk_audit(transaction_id, 3005, audit_description="The cardholder expected more cash back.")],
        request_options=NO_RETRY,
    )
    assert response.status_code == 201, response.data
    [created] = response.data.data
    assert created.type == "audit" and created.id, created
    assert created.attributes.transaction_id == transaction_id
    audit_id = created.id

    # A second open audit of the transaction with the same code is a conflict; another code is not.
    with pytest.raises(ConflictError) as raised:
        shop_api.transactions.create_audits(
            org, user_id, data=[sdk_audit(transaction_id, 3005)], request_options=NO_RETRY
        )
    assert raised.value.status_code == 409
    other_code = shop_api.transactions.create_audits(
        org, user_id, data=[sdk_audit(transaction_id, 8001)], request_options=NO_RETRY
    )
    assert other_code.data[0].id != audit_id

    audit = admin_json(admin_get(f"/admin/audits/{audit_id}"))
    assert audit["status"] == "NEW", audit
    assert (audit["organizationId"], audit["userId"], audit["transactionId"]) == (org, user_id, transaction_id)
    assert audit["auditCode"] == 3005 and audit["merchantName"] == BAAS_PRO_SHOPS, audit
    assert audit["auditDescription"] == "The cardholder expected more cash back.", audit
    listed = admin_json(admin_get("/admin/audits", organizationId=org))["data"]
    assert audit_id in [entry["auditId"] for entry in listed], listed
    assert {entry["organizationId"] for entry in listed} == {org}, listed

    in_progress = admin_json(resolve(audit_id, {"status": "IN_PROGRESS"}))
    assert in_progress["status"] == "IN_PROGRESS" and in_progress.get("resolutionCode") is None, in_progress

    closed = admin_json(
        resolve(
            audit_id,
            {
                "status": "CLOSED",
                "resolutionCode": 5004,
                "resolutionDescription": "Reward dispute resolved: $2.50 more.",
                "adjustmentCents": 250,
            },
        )
    )
    assert closed["status"] == "CLOSED" and closed["resolutionCode"] == 5004, closed
    assert closed["resolutionDescription"] == "Reward dispute resolved: $2.50 more.", closed
    assert closed.get("resolvedAt"), closed
    assert admin_json(admin_get(f"/admin/audits/{audit_id}"))["status"] == "CLOSED"

    # The correction is the cardholder's: the lifetime rewards include it.
    assert wait_for_lifetime(shop_api, org, user_id, REWARD + 250) == REWARD + 250
    report = transaction_report(org, transaction_id)
    assert ledger_movements(report) == [("settled", REWARD), ("adjustment", 250)], report["ledger"]
    settled_notices = notifications_of(org, transaction_id, "earnedRewardSettled")
    assert [n["content"]["userCents"] for n in settled_notices] == [REWARD, 250], settled_notices

    updates = audit_updates(org, transaction_id, audit_id)
    assert [update["status"] for update in updates] == ["NEW", "IN_PROGRESS", "CLOSED"], updates
    assert updates[-1]["resolutionCode"] == 5004, updates
    assert updates[0].get("resolutionCode") is None, updates

    # A closed audit stays closed; a new audit of the same transaction and code may be opened.
    assert resolve(audit_id, {"status": "IN_PROGRESS"}).status_code == 409
    again = shop_api.transactions.create_audits(
        org, user_id, data=[sdk_audit(transaction_id, 3005)], request_options=NO_RETRY
    )
    assert again.data[0].id != audit_id


def test_admin_resolution_is_checked(shop_api: kard.KardApi, shop: Issuer) -> None:
    user_id, transaction_id = settled_purchase(shop_api, shop)
    created = shop_api.transactions.create_audits(
        shop.organization_id, user_id, data=[sdk_audit(transaction_id, 8001)], request_options=NO_RETRY
    )
    audit_id = created.data[0].id

    assert resolve(audit_id, {"status": "CLOSED"}).status_code == 400, "closing needs a resolution code"
    assert resolve(audit_id, {"status": "CLOSED", "resolutionCode": 1234}).status_code == 400
    assert resolve(audit_id, {"status": "NEW"}).status_code == 400
    assert resolve("ffffffffffffffffffffffff", {"status": "IN_PROGRESS"}).status_code == 404
    # Nothing changed.
    assert admin_json(admin_get(f"/admin/audits/{audit_id}"))["status"] == "NEW"
    assert lifetime_cents(shop_api, shop.organization_id, user_id) == REWARD

    # Without a correction, closing leaves the rewards as they are; the default description is the code's text.
    closed = admin_json(resolve(audit_id, {"status": "CLOSED", "resolutionCode": 5009}))
    assert closed["status"] == "CLOSED" and closed["resolutionCode"] == 5009, closed
    assert closed["resolutionDescription"], closed
    assert lifetime_cents(shop_api, shop.organization_id, user_id) == REWARD


def legacy_audit_body(issuer: Issuer, user_id: str, transaction_id: str, **fields: object) -> dict:
    body: dict[str, object] = {
        "transactionId": transaction_id,
        "auditCode": 3006,
        "merchantName": BAAS_PRO_SHOPS,
        "auditDescription": "No cash back for my BaaS Pro Shops purchase.",
        "preferredContactEmail": "cardholder@example.com",
        "issuer": issuer.name,
        "referringPartnerUserId": user_id,
        "transactionAmountInCents": 10000,
        "merchantId": BAAS_PRO_SHOPS_ID,
        "submitterName": "Support Desk",
    }
    body.update(fields)
    return body


def post_legacy_audit(token: str, body: dict) -> requests.Response:
    return requests.post(url("/transactions/audit"), json=body, headers=bearer(token), timeout=HTTP_TIMEOUT)


def get_legacy_audit(token: str, audit_id: str) -> requests.Response:
    return requests.get(url(f"/transactions/audit/{audit_id}"), headers=bearer(token), timeout=HTTP_TIMEOUT)


def test_legacy_audit_resolved_with_the_cli(shop_api: kard.KardApi, shop: Issuer) -> None:
    """A purchase the catalog does not recognise earns nothing; the cardholder complains, and the operator grants
    the new-customer reward with `kard audits resolve --adjust-cents`."""
    org, database = shop.organization_id, os.environ["KARD_DATABASE_URL"]
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()
    submit(
        shop_api,
        shop,
        sdk_transaction(
            user_id,
            transaction_id,
            "SETTLED",
            description="BPS OUTDOOR 0042 ATLANTA",
            mcc="5941",
            merchant=Merchant(id="888000000000002", name="BPS OUTDOOR", addr_city="Atlanta", addr_state="GA"),
            authorization_date=recent_time(10),
            settled_date=recent_time(5),
        ),
    )
    report = wait_for_report(org, transaction_id, "SETTLED")
    assert report.get("offerId") is None and report["isRewarded"] is False and report["ledger"] == [], report
    assert lifetime_cents(shop_api, org, user_id) == 0

    token = shop.token()
    response = post_legacy_audit(token, legacy_audit_body(shop, user_id, transaction_id))
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["status"] == "NEW" and created["transactionId"] == transaction_id, created
    audit_id = created["_id"]
    assert isinstance(audit_id, str) and audit_id, created

    shown = get_legacy_audit(token, audit_id)
    assert shown.status_code == 200, shown.text
    assert shown.json()["status"] == "NEW" and shown.json()["_id"] == audit_id, shown.json()
    assert shown.json().get("resolutionCode") is None, shown.json()

    listed = run_cli("audits", "list", "--organization", org, "--status", "NEW", "--database", database).stdout
    [line] = [line for line in listed.splitlines() if audit_id in line]
    assert "NEW" in line and transaction_id in line and "3006" in line, listed

    # The transaction matched no offer: a correction must name one, and a refused resolution changes nothing.
    refused = resolve(audit_id, {"status": "CLOSED", "resolutionCode": 5004, "adjustmentCents": REWARD})
    assert refused.status_code == 400, refused.text
    assert admin_json(admin_get(f"/admin/audits/{audit_id}"))["status"] == "NEW"
    assert lifetime_cents(shop_api, org, user_id) == 0

    resolved = run_cli(
        "audits", "resolve", audit_id,
        "--code", "5004",
        "--description", "Missing cashback granted.",
        "--adjust-cents", str(REWARD),
        "--offer", BAAS_NEW_CUSTOMER_OFFER_ID,
        "--database", database,
    ).stdout  # fmt: skip
    assert "CLOSED" in resolved and "5004" in resolved, resolved

    shown = get_legacy_audit(token, audit_id)
    assert shown.status_code == 200, shown.text
    body = shown.json()
    assert body["status"] == "CLOSED", body
    assert body["resolutionCode"] == 5004, body
    assert body["resolutionDescription"] == "Missing cashback granted.", body
    resolved_at = datetime.datetime.fromisoformat(body["resolutionTimeStamp"].replace("Z", "+00:00"))
    assert abs(resolved_at - datetime.datetime.now(datetime.timezone.utc)) < datetime.timedelta(minutes=5), body
    assert body["transactionId"] == transaction_id and body["auditCode"] == 3006, body

    assert wait_for_lifetime(shop_api, org, user_id, REWARD) == REWARD
    report = transaction_report(org, transaction_id)
    assert ledger_movements(report) == [("adjustment", REWARD)], report["ledger"]

    updates = audit_updates(org, transaction_id, audit_id)
    assert [update["status"] for update in updates] == ["NEW", "CLOSED"], updates
    assert updates[-1]["resolutionCode"] == 5004, updates
    assert updates[-1]["resolutionDescription"] == "Missing cashback granted.", updates

    shown_by_cli = run_cli("audits", "show", audit_id, "--database", database).stdout
    assert "CLOSED" in shown_by_cli and "5004" in shown_by_cli, shown_by_cli
    # A closed audit cannot be resolved again.
    again = run_cli("audits", "resolve", audit_id, "--code", "5009", "--database", database, check=False)
    assert again.returncode != 0, again.stdout
    assert lifetime_cents(shop_api, org, user_id) == REWARD


def test_legacy_audit_refusals(shop_api: kard.KardApi, shop: Issuer) -> None:
    user_id, transaction_id = settled_purchase(shop_api, shop)
    token = shop.token()
    body = legacy_audit_body(shop, user_id, transaction_id)
    assert post_legacy_audit(token, body).status_code == 201

    duplicate = post_legacy_audit(token, body)
    assert duplicate.status_code == 409, duplicate.text
    for changes in ({"auditCode": 1234}, {"auditCode": 3005, "preferredContactEmail": "not-an-email"}):
        refused = post_legacy_audit(token, {**body, **changes})
        assert refused.status_code == 400, (changes, refused.text)
        errors = refused.json()["errors"]
        assert errors and all(isinstance(error, str) and error for error in errors), refused.text
    without_issuer = {key: value for key, value in body.items() if key != "issuer"}
    assert post_legacy_audit(token, {**without_issuer, "auditCode": 8001}).status_code == 400
    unknown_user = post_legacy_audit(token, {**body, "auditCode": 8001, "referringPartnerUserId": "no-such-user"})
    assert unknown_user.status_code == 404, unknown_user.text

    # Only the first one was stored.
    listed = admin_json(admin_get("/admin/audits", organizationId=shop.organization_id))["data"]
    assert [entry["auditCode"] for entry in listed if entry["transactionId"] == transaction_id] == [3006], listed


def test_cli_moves_an_audit_in_progress(shop_api: kard.KardApi, shop: Issuer) -> None:
    database = os.environ["KARD_DATABASE_URL"]
    user_id, transaction_id = settled_purchase(shop_api, shop)
    created = shop_api.transactions.create_audits(
        shop.organization_id, user_id, data=[sdk_audit(transaction_id, 3005)], request_options=NO_RETRY
    )
    audit_id = created.data[0].id
    run_cli("audits", "resolve", audit_id, "--in-progress", "--database", database)
    assert admin_json(admin_get(f"/admin/audits/{audit_id}"))["status"] == "IN_PROGRESS"
    run_cli("audits", "resolve", audit_id, "--code", "5006", "--adjust-cents", "-100", "--database", database)
    assert lifetime_cents(shop_api, shop.organization_id, user_id) == REWARD - 100
    statuses = [update["status"] for update in audit_updates(shop.organization_id, transaction_id, audit_id)]
    assert statuses == ["NEW", "IN_PROGRESS", "CLOSED"], statuses


def test_v2_audit_with_an_invalid_code_is_400(shop_api: kard.KardApi, shop: Issuer) -> None:
    user_id = enroll_user(shop_api, shop.organization_id)
    with pytest.raises(InvalidRequest) as raised:
        shop_api.transactions.create_audits(
            shop.organization_id, user_id, data=[sdk_audit(new_transaction_id(), 1234)], request_options=NO_RETRY
        )
    assert raised.value.status_code == 400


def test_v2_audit_batch_with_an_invalid_code_is_207(shop_api: kard.KardApi, shop: Issuer) -> None:
    user_id = enroll_user(shop_api, shop.organization_id)
    good, bad = new_transaction_id(), new_transaction_id()
    response = shop_api.transactions.with_raw_response.create_audits(
        shop.organization_id,
        user_id,
        data=[sdk_audit(good, 3006), sdk_audit(bad, 1234)],
        request_options=NO_RETRY,
    )
    assert response.status_code == 207, response.data
    assert [audit.attributes.transaction_id for audit in response.data.data] == [good], response.data
    errors = (response.data.model_extra or {}).get("errors")
    assert isinstance(errors, list) and len(errors) == 1, response.data
    assert errors[0]["status"] == "400", errors
    assert admin_json(admin_get(f"/admin/audits/{response.data.data[0].id}"))["transactionId"] == good


def test_v2_audit_of_an_unknown_user_is_404(shop_api: kard.KardApi, shop: Issuer) -> None:
    with pytest.raises(DoesNotExistError) as raised:
        shop_api.transactions.create_audits(
            shop.organization_id,
            "no-such-user-" + new_transaction_id(),
            data=[sdk_audit(new_transaction_id())],
            request_options=NO_RETRY,
        )
    assert raised.value.status_code == 404


def test_audits_of_another_issuer_are_refused(
    shop_api: kard.KardApi, shop: Issuer, other_api: kard.KardApi, other_issuer: Issuer
) -> None:
    user_id, transaction_id = settled_purchase(shop_api, shop)
    with pytest.raises(ApiError) as raised:
        other_api.transactions.create_audits(
            shop.organization_id, user_id, data=[sdk_audit(transaction_id)], request_options=NO_RETRY
        )
    assert raised.value.status_code == 403

    response = post_legacy_audit(shop.token(), legacy_audit_body(shop, user_id, transaction_id))
    assert response.status_code == 201, response.text
    audit_id = response.json()["_id"]
    # Another issuer cannot read it: it does not exist for them.
    foreign = get_legacy_audit(other_issuer.token(), audit_id)
    assert foreign.status_code == 404, foreign.text
    assert transaction_id not in foreign.text
    assert get_legacy_audit(shop.token(), audit_id).status_code == 200
    assert get_legacy_audit(shop.token(), "ffffffffffffffffffffffff").status_code == 404


# --- fraud ---------------------------------------------------------------------------------------------


def fraud_marker(transaction_id: str, user_id: str) -> FraudulentTransactionData:
    return FraudulentTransactionData(
        id=transaction_id, type="fraudulentTransaction", attributes=FraudulentTransactionAttributes(user_id=user_id)
    )


def mark_fraudulent(api: kard.KardApi, issuer: Issuer, transaction_id: str, user_id: str) -> None:
    response = api.transactions.with_raw_response.create_fraud_markers(
        issuer.organization_id, data=[fraud_marker(transaction_id, user_id)], request_options=NO_RETRY
    )
    assert response.status_code == 201, response.data
    [echo] = response.data.data
    assert (echo.id, echo.type, echo.attributes.user_id) == (transaction_id, "fraudulentTransaction", user_id), echo


def test_fraud_marker_after_settlement_takes_the_reward_back(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = settled_purchase(shop_api, shop)

    mark_fraudulent(shop_api, shop, transaction_id, user_id)
    assert wait_for_lifetime(shop_api, org, user_id, 0) == 0
    report = transaction_report(org, transaction_id)
    assert report["isRewarded"] is False, report
    assert ledger_movements(report) == [("settled", REWARD), ("clawback", -REWARD)], report["ledger"]
    assert "fraudulent" in report["explanation"]["summary"].lower(), report["explanation"]
    [clawback] = notifications_of(org, transaction_id, "clawback")
    assert clawback["content"]["reason"] == "FRAUDULENT", clawback
    assert clawback["content"]["userCents"] == -REWARD, clawback

    # Marking it again changes nothing.
    mark_fraudulent(shop_api, shop, transaction_id, user_id)
    drain_inbox()
    assert lifetime_cents(shop_api, org, user_id) == 0
    assert ledger_movements(transaction_report(org, transaction_id)) == [("settled", REWARD), ("clawback", -REWARD)]
    assert len(notifications_of(org, transaction_id, "clawback")) == 1


def test_fraud_marker_on_an_approval(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()
    authorized_at = recent_time(10)
    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "APPROVED", authorized_at=authorized_at))
    wait_for_items(
        shop_api, org, user_id, [("approvedTransaction", transaction_id, 10000, None)], filter_status="APPROVED"
    )

    mark_fraudulent(shop_api, shop, transaction_id, user_id)
    wait_for_items(shop_api, org, user_id, [], filter_status="APPROVED")
    report = transaction_report(org, transaction_id)
    assert ledger_movements(report) == [("approved", REWARD), ("rejected", -REWARD)], report["ledger"]
    [rejected] = notifications_of(org, transaction_id, "earnedRewardRejected")
    assert rejected["content"]["reason"] == "FRAUDULENT", rejected

    # Its settlement earns nothing either.
    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "SETTLED", authorized_at=authorized_at))
    report = wait_for_report(org, transaction_id, "SETTLED")
    drain_inbox()
    assert report["isRewarded"] is False, report
    assert lifetime_cents(shop_api, org, user_id) == 0
    assert earned_rewards(shop_api, org, user_id).data == []


def test_fraud_marker_before_the_transaction(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()
    mark_fraudulent(shop_api, shop, transaction_id, user_id)

    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "SETTLED"))
    report = wait_for_report(org, transaction_id, "SETTLED")
    drain_inbox()
    assert report["isRewarded"] is False, report
    assert sum(entry["userCents"] for entry in transaction_report(org, transaction_id)["ledger"]) == 0
    assert lifetime_cents(shop_api, org, user_id) == 0
    assert [item_summary(item) for item in earned_rewards(shop_api, org, user_id).data] == []
    assert notifications_of(org, transaction_id, "earnedRewardSettled") == []


def test_fraud_batch_with_an_unknown_user_is_207(shop_api: kard.KardApi, shop: Issuer) -> None:
    user_id, transaction_id = settled_purchase(shop_api, shop)
    unknown = fraud_marker(new_transaction_id(), "no-such-user-" + new_transaction_id())
    response = shop_api.transactions.with_raw_response.create_fraud_markers(
        shop.organization_id, data=[fraud_marker(transaction_id, user_id), unknown], request_options=NO_RETRY
    )
    assert response.status_code == 207, response.data
    assert [marker.id for marker in response.data.data] == [transaction_id], response.data
    errors = (response.data.model_extra or {}).get("errors")
    assert isinstance(errors, list) and [error["id"] for error in errors] == [unknown.id], response.data
    assert errors[0]["status"] == "400", errors
    # The known one was stored.
    assert wait_for_lifetime(shop_api, shop.organization_id, user_id, 0) == 0


def test_fraud_batch_of_unknown_users_only_is_400(shop_api: kard.KardApi, shop: Issuer) -> None:
    unknown = fraud_marker(new_transaction_id(), "no-such-user-" + new_transaction_id())
    with pytest.raises(InvalidRequest) as raised:
        shop_api.transactions.create_fraud_markers(shop.organization_id, data=[unknown], request_options=NO_RETRY)
    assert raised.value.status_code == 400


def test_fraud_markers_of_another_issuer_are_403(
    shop_api: kard.KardApi, shop: Issuer, other_api: kard.KardApi
) -> None:
    user_id, transaction_id = settled_purchase(shop_api, shop)
    with pytest.raises(ApiError) as raised:
        other_api.transactions.create_fraud_markers(
            shop.organization_id, data=[fraud_marker(transaction_id, user_id)], request_options=NO_RETRY
        )
    assert raised.value.status_code == 403
    drain_inbox()
    assert lifetime_cents(shop_api, shop.organization_id, user_id) == REWARD
