"""What happens to transactions after the 202: the background processing of `kard serve` folds each transaction's
events into its state, matches it against the sandbox catalog and writes rewards to the ledger and notifications
to the outbox. The integration guide's UAT patterns are sent through the SDK at the sandbox's BaaS Pro Shops
($100 under the new-customer offer earns the cardholder $4.20), and their results are read back with the SDK's
`transactions.get_earned_rewards`, the operator's admin API (transaction report, notification outbox) and
`kard explain`. Results come a little after the 202, so the checks wait for them (`wait_for`)."""

from __future__ import annotations

import datetime
import json
import os

import pytest
import requests

import kard
from kard import DoesNotExistError, InvalidRequest
from kard.core.api_error import ApiError
from kard.users import UpdateUserRequestAttributes, UpdateUserRequestDataUnion_User

from e2e_support import (
    BAAS_NEW_CUSTOMER_OFFER_ID,
    BAAS_PRO_SHOPS,
    BAAS_PRO_SHOPS_ID,
    HTTP_TIMEOUT,
    NEW_CUSTOMER_REWARD_ON_100,
    NO_RETRY,
    Issuer,
    admin_get,
    baas_transaction,
    bearer,
    create_issuer,
    drain_inbox,
    earned_rewards,
    enroll_user,
    item_summary,
    lapsed_customer,
    ledger_movements,
    lifetime_cents,
    new_customer,
    new_customer_reward,
    new_transaction_id,
    notifications_of,
    query_param,
    recent_time,
    run_cli,
    submit,
    transaction_report,
    url,
    wait_for_items,
    wait_for_lifetime,
    wait_for_report,
    wire_time,
)

REWARD = NEW_CUSTOMER_REWARD_ON_100


@pytest.fixture(scope="module")
def shop() -> Issuer:
    """A sandbox issuer of this module's own, so that its users, rewards and outbox are this module's alone."""
    return create_issuer("REWARDS", sandbox=True)


@pytest.fixture(scope="module")
def shop_api(shop: Issuer) -> kard.KardApi:
    return shop.api()


def approved_items(api: kard.KardApi, issuer: Issuer, user_id: str) -> list[tuple]:
    page = earned_rewards(api, issuer.organization_id, user_id, filter_status="APPROVED")
    return [item_summary(item) for item in page.data]


def settled_items(api: kard.KardApi, issuer: Issuer, user_id: str) -> list[tuple]:
    return [item_summary(item) for item in earned_rewards(api, issuer.organization_id, user_id).data]


def rewarded(transaction_id: str, amount: int, cents: int) -> tuple:
    return ("rewardedTransaction", transaction_id, amount, cents)


def approval(transaction_id: str, amount: int = 10000) -> tuple:
    return ("approvedTransaction", transaction_id, amount, None)


def test_dual_message_approved_then_settled(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()
    authorized_at = recent_time(10)

    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "APPROVED", authorized_at=authorized_at))
    page = wait_for_items(shop_api, org, user_id, [approval(transaction_id)], filter_status="APPROVED")
    item = page.data[0]
    assert item.attributes.status == "APPROVED"
    assert item.attributes.transaction_timestamp == authorized_at
    assert item.relationships.user.data.id == user_id
    assert item.relationships.merchant.data.id == BAAS_PRO_SHOPS_ID
    assert item.relationships.offer.data.id == BAAS_NEW_CUSTOMER_OFFER_ID
    # An approval announces a reward; nothing is earned before the settlement.
    assert settled_items(shop_api, shop, user_id) == []
    assert page.meta.lifetime_rewards_in_cents == 0

    settlement = baas_transaction(user_id, transaction_id, "SETTLED", authorized_at=authorized_at)
    submit(shop_api, shop, settlement)
    page = wait_for_items(shop_api, org, user_id, [rewarded(transaction_id, 10000, REWARD)])
    item = page.data[0]
    assert item.attributes.status == "SETTLED"
    assert item.attributes.commission_earned.user.type == "cents"
    assert item.attributes.paid_to_issuer == "UNPAID"
    assert item.relationships.offer.data.id == BAAS_NEW_CUSTOMER_OFFER_ID
    assert page.meta.lifetime_rewards_in_cents == REWARD
    assert approved_items(shop_api, shop, user_id) == [], "a settled approval must leave the APPROVED list"

    report = transaction_report(org, transaction_id)
    assert report["status"] == "SETTLED" and report["amountCents"] == 10000, report
    assert report["userId"] == user_id and report["merchantId"] == BAAS_PRO_SHOPS_ID, report
    assert report["offerId"] == BAAS_NEW_CUSTOMER_OFFER_ID and report["isRewarded"] is True, report
    assert ledger_movements(report) == [("approved", REWARD), ("settled", REWARD)], report["ledger"]
    settled = next(entry for entry in report["ledger"] if entry["movement"] == "settled")
    assert (settled["commissionCents"], settled["issuerCents"], settled["payment"]) == (1200, 840, "UNPAID"), settled

    events = [n["event"] for n in notifications_of(org, transaction_id)]
    assert events.count("earnedRewardApproved") == 1, events
    assert events.count("earnedRewardSettled") == 1, events
    assert events.index("earnedRewardApproved") < events.index("earnedRewardSettled"), events
    [settled_notice] = notifications_of(org, transaction_id, "earnedRewardSettled")
    assert settled_notice["userId"] == user_id, settled_notice
    assert settled_notice["content"]["userCents"] == REWARD, settled_notice
    assert settled_notice["content"]["issuerCents"] == 840, settled_notice
    assert "$4.20" in settled_notice["content"]["message"], settled_notice

    # The same settlement delivered again earns nothing more.
    submit(shop_api, shop, settlement)
    drain_inbox()
    assert lifetime_cents(shop_api, org, user_id) == REWARD
    assert settled_items(shop_api, shop, user_id) == [rewarded(transaction_id, 10000, REWARD)]
    assert ledger_movements(transaction_report(org, transaction_id)) == [("approved", REWARD), ("settled", REWARD)]
    assert len(notifications_of(org, transaction_id, "earnedRewardSettled")) == 1


def test_purchase_of_an_unenrolled_user_earns_nothing(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()
    shop_api.users.update(
        org,
        user_id,
        data=UpdateUserRequestDataUnion_User(id=user_id, attributes=UpdateUserRequestAttributes(enrolled_rewards=[])),
    )

    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "SETTLED"))
    report = wait_for_report(org, transaction_id, "SETTLED")
    assert report["isRewarded"] is False and report["ledger"] == [], report
    assert report.get("offerId") is None, report
    verdicts = report["explanation"]["offers"]
    assert verdicts and all(v["qualifies"] is False and v["rejection"] == "USER_NOT_ENROLLED" for v in verdicts)
    assert lifetime_cents(shop_api, org, user_id) == 0
    [rejected] = notifications_of(org, transaction_id, "earnedRewardRejected")
    assert rejected["content"]["reason"] == "USER_NOT_ENROLLED", rejected


@pytest.mark.parametrize("final_status", ["DECLINED", "REVERSED"])
def test_dual_message_approval_cancelled(shop_api: kard.KardApi, shop: Issuer, final_status: str) -> None:
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()

    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "APPROVED"))
    wait_for_items(shop_api, org, user_id, [approval(transaction_id)], filter_status="APPROVED")

    submit(shop_api, shop, baas_transaction(user_id, transaction_id, final_status))
    wait_for_items(shop_api, org, user_id, [], filter_status="APPROVED")
    report = wait_for_report(org, transaction_id, final_status)
    assert report["isRewarded"] is False, report
    assert ledger_movements(report) == [("approved", REWARD), ("rejected", -REWARD)], report["ledger"]
    assert settled_items(shop_api, shop, user_id) == []
    assert lifetime_cents(shop_api, org, user_id) == 0

    rejected = notifications_of(org, transaction_id, "earnedRewardRejected")
    assert len(rejected) == 1, rejected
    assert rejected[0]["userId"] == user_id, rejected
    assert rejected[0]["content"]["reason"] == "SETTLEMENT_REJECTED", rejected
    assert notifications_of(org, transaction_id, "earnedRewardSettled") == []


def test_single_message_pin_debit(shop_api: kard.KardApi, shop: Issuer) -> None:
    """A PIN debit purchase comes as one SETTLED event with both the authorization and the settled date."""
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()
    authorized_at, settled_at = recent_time(8), recent_time(6)

    submit(
        shop_api,
        shop,
        baas_transaction(user_id, transaction_id, "SETTLED", authorized_at=authorized_at, settled_at=settled_at),
    )
    page = wait_for_items(shop_api, org, user_id, [rewarded(transaction_id, 10000, REWARD)])
    assert page.data[0].attributes.transaction_timestamp in (authorized_at, settled_at), page.data[0]
    assert page.meta.lifetime_rewards_in_cents == REWARD
    assert approved_items(shop_api, shop, user_id) == []

    report = transaction_report(org, transaction_id)
    assert report["status"] == "SETTLED" and report["isRewarded"] is True, report
    assert [event["status"] for event in report["events"]] == ["SETTLED"], report["events"]
    assert ledger_movements(report) == [("settled", REWARD)], report["ledger"]
    assert notifications_of(org, transaction_id, "earnedRewardApproved") == []
    assert len(notifications_of(org, transaction_id, "earnedRewardSettled")) == 1


def test_refund_takes_back_the_returned_share(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()

    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "SETTLED"))
    wait_for_lifetime(shop_api, org, user_id, REWARD)

    # $25 of the $100 comes back: the reward of $75 stays.
    kept = new_customer_reward(7500)
    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "RETURNED", amount=2500, at=recent_time(4)))
    wait_for_lifetime(shop_api, org, user_id, kept)
    report = transaction_report(org, transaction_id)
    assert report["status"] == "SETTLED", report
    assert ledger_movements(report) == [("settled", REWARD), ("clawback", kept - REWARD)], report["ledger"]
    [clawback] = notifications_of(org, transaction_id, "clawback")
    assert clawback["userId"] == user_id, clawback
    assert clawback["content"]["reason"] == "RETURN", clawback
    assert clawback["content"]["userCents"] == kept - REWARD, clawback

    # The rest comes back: nothing is left.
    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "RETURNED", amount=7500, at=recent_time(3)))
    wait_for_lifetime(shop_api, org, user_id, 0)
    report = wait_for_report(org, transaction_id, "RETURNED")
    assert ledger_movements(report) == [("settled", REWARD), ("clawback", kept - REWARD), ("clawback", -kept)]
    assert len(notifications_of(org, transaction_id, "clawback")) == 2


def test_one_authorization_with_two_settlements(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()
    authorized_at = recent_time(10)

    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "APPROVED", authorized_at=authorized_at))
    wait_for_items(shop_api, org, user_id, [approval(transaction_id)], filter_status="APPROVED")
    first, second = new_customer_reward(7500), REWARD - new_customer_reward(7500)
    submit(
        shop_api,
        shop,
        baas_transaction(
            user_id, transaction_id, "SETTLED", amount=7500, authorized_at=authorized_at, settled_at=recent_time(6)
        ),
    )
    wait_for_items(shop_api, org, user_id, [rewarded(transaction_id, 7500, first)])
    submit(
        shop_api,
        shop,
        baas_transaction(
            user_id, transaction_id, "SETTLED", amount=2500, authorized_at=authorized_at, settled_at=recent_time(5)
        ),
    )
    # Newest first; the two parts add up to the reward of one $100 settlement.
    page = wait_for_items(
        shop_api, org, user_id, [rewarded(transaction_id, 2500, second), rewarded(transaction_id, 7500, first)]
    )
    assert (first, second) == (315, 105)
    assert page.meta.lifetime_rewards_in_cents == REWARD
    assert len({item.id for item in page.data}) == 2, page.data
    assert approved_items(shop_api, shop, user_id) == []

    report = transaction_report(org, transaction_id)
    assert report["status"] == "SETTLED" and report["amountCents"] == 10000, report
    assert ledger_movements(report) == [("approved", REWARD), ("settled", first), ("settled", second)]
    assert len(notifications_of(org, transaction_id, "earnedRewardSettled")) == 2


def test_settlement_before_its_authorization_reaches_the_same_reward(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    authorized_at = recent_time(10)
    in_order, out_of_order = enroll_user(shop_api, org), enroll_user(shop_api, org)
    first_id, second_id = new_transaction_id(), new_transaction_id()

    submit(
        shop_api,
        shop,
        baas_transaction(in_order, first_id, "APPROVED", authorized_at=authorized_at),
        baas_transaction(in_order, first_id, "SETTLED", authorized_at=authorized_at),
    )
    settled = baas_transaction(out_of_order, second_id, "SETTLED", authorized_at=authorized_at)
    submit(shop_api, shop, settled)
    wait_for_items(shop_api, org, out_of_order, [rewarded(second_id, 10000, REWARD)])
    submit(shop_api, shop, baas_transaction(out_of_order, second_id, "APPROVED", authorized_at=authorized_at))
    drain_inbox()

    report = wait_for_report(org, second_id, "SETTLED")
    assert len(report["events"]) == 2, report["events"]
    assert report["offerId"] == BAAS_NEW_CUSTOMER_OFFER_ID and report["isRewarded"] is True, report
    assert wait_for_lifetime(shop_api, org, in_order, REWARD) == lifetime_cents(shop_api, org, out_of_order)
    assert settled_items(shop_api, shop, out_of_order) == [rewarded(second_id, 10000, REWARD)]
    # The late authorization announces nothing: the purchase is settled already.
    assert approved_items(shop_api, shop, out_of_order) == []


def test_return_before_its_settlement_reaches_the_same_reward(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()

    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "RETURNED", amount=2500, at=recent_time(4)))
    report = wait_for_report(org, transaction_id, "RETURNED")
    assert report["ledger"] == [], "a refund of a purchase never seen takes nothing back"
    assert lifetime_cents(shop_api, org, user_id) == 0

    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "SETTLED", settled_at=recent_time(5)))
    wait_for_lifetime(shop_api, org, user_id, new_customer_reward(7500))
    report = wait_for_report(org, transaction_id, "SETTLED")
    assert report["offerId"] == BAAS_NEW_CUSTOMER_OFFER_ID, report


def test_new_customer_offer_for_the_new_persona_only() -> None:
    """The guide's targeting example: BaaS Pro Shops' new-customer offer pays the persona that never bought there,
    not the lapsed one (who bought there about 8 months ago); `kard explain` and the admin report say why."""
    personas = create_issuer("PERSONAS", sandbox=True)
    api, org = personas.api(), personas.organization_id
    new, lapsed = new_customer(personas), lapsed_customer(personas)
    new_id, lapsed_id = new_transaction_id(), new_transaction_id()

    submit(api, personas, baas_transaction(new, new_id, "SETTLED"))
    submit(api, personas, baas_transaction(lapsed, lapsed_id, "SETTLED"))

    page = wait_for_items(api, org, new, [rewarded(new_id, 10000, REWARD)])
    assert page.data[0].relationships.offer.data.id == BAAS_NEW_CUSTOMER_OFFER_ID
    report = wait_for_report(org, new_id, "SETTLED")
    assert report["offerId"] == BAAS_NEW_CUSTOMER_OFFER_ID and report["isRewarded"] is True, report
    assert report["explanation"]["matchedOfferID"] == BAAS_NEW_CUSTOMER_OFFER_ID, report["explanation"]

    report = wait_for_report(org, lapsed_id, "SETTLED")
    explanation = report["explanation"]
    assert report["merchantId"] == BAAS_PRO_SHOPS_ID, report
    assert report["offerId"] != BAAS_NEW_CUSTOMER_OFFER_ID, report
    assert explanation["matchedOfferID"] != BAAS_NEW_CUSTOMER_OFFER_ID, explanation
    assert [m["merchantID"] for m in explanation["merchants"]] == [BAAS_PRO_SHOPS_ID], explanation
    verdicts = {offer["offerID"]: offer for offer in explanation["offers"]}
    refused = verdicts[BAAS_NEW_CUSTOMER_OFFER_ID]
    assert refused["qualifies"] is False, refused
    assert refused["rejection"] == "USER_NOT_IN_AUDIENCE_SEGMENT", refused
    assert "new customers" in refused["reason"], refused
    # The lapsed persona earns another offer of the merchant (one for everyone, or the welcome-back one) instead.
    assert verdicts[report["offerId"]]["qualifies"] is True, verdicts
    [(movement, cents)] = ledger_movements(report)
    assert movement == "settled" and 0 < cents < REWARD, report["ledger"]
    assert wait_for_lifetime(api, org, lapsed, cents) == cents
    assert settled_items(api, personas, lapsed) == [rewarded(lapsed_id, 10000, cents)]

    database = os.environ["KARD_DATABASE_URL"]
    text = run_cli("explain", lapsed_id, "--organization", org, "--database", database).stdout
    assert lapsed in text and "SETTLED" in text, text
    [line] = [line for line in text.splitlines() if BAAS_NEW_CUSTOMER_OFFER_ID in line and "new customers" in line]
    assert ": no " in line, text
    as_json = json.loads(run_cli("explain", lapsed_id, "--organization", org, "--json", "--database", database).stdout)
    assert as_json["offerId"] == report["offerId"], as_json
    assert as_json["explanation"]["offers"] == explanation["offers"], as_json

    # After its first purchase the new persona is an existing customer: the offer is not paid twice.
    second_id = new_transaction_id()
    submit(
        api,
        personas,
        baas_transaction(new, second_id, "SETTLED", authorized_at=recent_time(3), settled_at=recent_time(2)),
    )
    report = wait_for_report(org, second_id, "SETTLED")
    assert report["offerId"] != BAAS_NEW_CUSTOMER_OFFER_ID, report
    second_verdicts = {offer["offerID"]: offer for offer in report["explanation"]["offers"]}
    assert "new customers" in second_verdicts[BAAS_NEW_CUSTOMER_OFFER_ID]["reason"], second_verdicts


def legacy_event(user_id: str, transaction_id: str, status: str, moment: datetime.datetime) -> dict:
    """A legacy `/transactions/incoming` event of the BaaS Pro Shops purchase."""
    body: dict[str, object] = {
        "transactionId": transaction_id,
        "referringPartnerUserId": user_id,
        "cardBIN": "123456",
        "cardLastFour": "4321",
        "mcc": "5941",
        "amount": 10000,
        "currency": "USD",
        "description": BAAS_PRO_SHOPS,
        "merchantId": "777000000000001",
        "merchantName": BAAS_PRO_SHOPS,
        "merchantAddrCity": "Atlanta",
        "merchantAddrState": "GA",
        "merchantAddrStreet": "1380 Atlantic Dr NW",
        "status": status,
        "authorizationDate": wire_time(moment),
    }
    if status == "SETTLED":
        body["settledDate"] = wire_time(moment + datetime.timedelta(minutes=2))
    return body


def test_legacy_incoming_events_are_processed(shop_api: kard.KardApi, shop: Issuer) -> None:
    org = shop.organization_id
    user_id, transaction_id = enroll_user(shop_api, org), new_transaction_id()
    token, moment = shop.token(), recent_time(10)

    def post(body: dict) -> None:
        response = requests.post(url("/transactions/incoming"), json=body, headers=bearer(token), timeout=HTTP_TIMEOUT)
        assert response.status_code == 201, response.text

    post(legacy_event(user_id, transaction_id, "APPROVED", moment))
    wait_for_items(shop_api, org, user_id, [approval(transaction_id)], filter_status="APPROVED")
    post(legacy_event(user_id, transaction_id, "SETTLED", moment))
    page = wait_for_items(shop_api, org, user_id, [rewarded(transaction_id, 10000, REWARD)])
    assert page.meta.lifetime_rewards_in_cents == REWARD
    assert approved_items(shop_api, shop, user_id) == []
    report = transaction_report(org, transaction_id)
    assert report["offerId"] == BAAS_NEW_CUSTOMER_OFFER_ID and report["status"] == "SETTLED", report


@pytest.fixture(scope="module")
def three_purchases(shop_api: kard.KardApi, shop: Issuer) -> tuple[str, list[str]]:
    """A user with three settled BaaS Pro Shops purchases, oldest first (each processed before the next)."""
    user_id = enroll_user(shop_api, shop.organization_id)
    transaction_ids = []
    for minutes_ago in (9, 6, 3):
        transaction_id = new_transaction_id()
        submit(
            shop_api,
            shop,
            baas_transaction(
                user_id,
                transaction_id,
                "SETTLED",
                authorized_at=recent_time(minutes_ago + 1),
                settled_at=recent_time(minutes_ago),
            ),
        )
        wait_for_report(shop.organization_id, transaction_id, "SETTLED", isRewarded=True)
        transaction_ids.append(transaction_id)
    return user_id, transaction_ids


def test_earned_rewards_pages_through_links(
    shop_api: kard.KardApi, shop: Issuer, three_purchases: tuple[str, list[str]]
) -> None:
    org = shop.organization_id
    user_id, transaction_ids = three_purchases
    newest_first = list(reversed(transaction_ids))

    everything = earned_rewards(shop_api, org, user_id)
    assert [item.attributes.transaction_id for item in everything.data] == newest_first
    assert everything.links.next is None and everything.links.prev is None, everything.links
    # Only the first purchase is a new customer's; the later ones earn another offer of the merchant.
    offers = [item.relationships.offer.data.id for item in everything.data]
    assert offers[-1] == BAAS_NEW_CUSTOMER_OFFER_ID and BAAS_NEW_CUSTOMER_OFFER_ID not in offers[:-1], offers
    assert everything.data[-1].attributes.commission_earned.user.value == REWARD
    total = sum(item.attributes.commission_earned.user.value for item in everything.data)
    assert everything.meta.lifetime_rewards_in_cents == total

    pages, after = [], None
    for _ in range(5):
        page = earned_rewards(shop_api, org, user_id, page_size=1, page_after=after)
        pages.append(page)
        assert len(page.data) == 1, page.data
        assert page.meta.lifetime_rewards_in_cents == total
        if page.links.next is None:
            break
        after = query_param(page.links.next, "page[after]")
        assert after, page.links.next
    assert [page.data[0].attributes.transaction_id for page in pages] == newest_first
    assert pages[0].links.prev is None, pages[0].links
    assert all(page.links.prev for page in pages[1:]), [page.links for page in pages]

    # Back from the last page with links.prev.
    backwards, page = [], pages[-1]
    while page.links.prev:
        before = query_param(page.links.prev, "page[before]")
        assert before, page.links.prev
        page = earned_rewards(shop_api, org, user_id, page_size=1, page_before=before)
        assert len(page.data) == 1, page.data
        backwards.append(page.data[0].attributes.transaction_id)
        assert len(backwards) <= 3, backwards
    assert backwards == newest_first[:2][::-1]

    two = earned_rewards(shop_api, org, user_id, page_size=2)
    assert [item.attributes.transaction_id for item in two.data] == newest_first[:2]
    rest = earned_rewards(shop_api, org, user_id, page_size=2, page_after=query_param(two.links.next, "page[after]"))
    assert [item.attributes.transaction_id for item in rest.data] == newest_first[2:]
    assert rest.links.next is None


def test_earned_rewards_include_merchant_and_offer(
    shop_api: kard.KardApi, shop: Issuer, three_purchases: tuple[str, list[str]]
) -> None:
    user_id, _ = three_purchases
    page = earned_rewards(shop_api, shop.organization_id, user_id, include="merchant,offer")
    included = page.included or []
    merchants = [resource for resource in included if resource.type == "merchant"]
    offers = [resource for resource in included if resource.type == "offer"]
    assert [merchant.id for merchant in merchants] == [BAAS_PRO_SHOPS_ID], included
    assert merchants[0].attributes.name == BAAS_PRO_SHOPS
    offer_ids = [offer.id for offer in offers]
    assert len(offer_ids) == len(set(offer_ids)), "each offer once"
    assert set(offer_ids) == {item.relationships.offer.data.id for item in page.data}, included
    assert all(offer.attributes.purchase_channel for offer in offers), offers
    new_customer_offer = next(offer for offer in offers if offer.id == BAAS_NEW_CUSTOMER_OFFER_ID)
    assert set(new_customer_offer.attributes.purchase_channel) == {"ONLINE", "INSTORE"}, new_customer_offer

    only_merchants = earned_rewards(shop_api, shop.organization_id, user_id, include="merchant")
    assert {resource.type for resource in only_merchants.included or []} == {"merchant"}
    assert not earned_rewards(shop_api, shop.organization_id, user_id).included


def test_earned_rewards_filters(shop_api: kard.KardApi, shop: Issuer, three_purchases: tuple[str, list[str]]) -> None:
    org = shop.organization_id
    user_id, transaction_ids = three_purchases
    newest_first = list(reversed(transaction_ids))
    everything = earned_rewards(shop_api, org, user_id)
    lifetime = everything.meta.lifetime_rewards_in_cents
    assert lifetime > 0

    for window in ("12M", "6M", "3M"):
        page = earned_rewards(shop_api, org, user_id, filter_range=window)
        assert [item.attributes.transaction_id for item in page.data] == newest_first, window
    this_year = datetime.datetime.now(datetime.timezone.utc).year
    year_to_date = earned_rewards(shop_api, org, user_id, filter_range="YTD")
    expected = [item for item in everything.data if item.attributes.transaction_timestamp.year == this_year]
    assert [item.id for item in year_to_date.data] == [item.id for item in expected]
    settled = earned_rewards(shop_api, org, user_id, filter_status="SETTLED")
    assert [item.attributes.transaction_id for item in settled.data] == newest_first

    # Nothing is paid to the issuer yet: paid-in-full only is empty, and so is its lifetime total.
    paid = earned_rewards(shop_api, org, user_id, filter_paid_in_full_only=True)
    assert paid.data == [] and paid.meta.lifetime_rewards_in_cents == 0, paid
    unpaid_too = earned_rewards(shop_api, org, user_id, filter_paid_in_full_only=False)
    assert unpaid_too.meta.lifetime_rewards_in_cents == lifetime
    assert earned_rewards(shop_api, org, user_id, filter_status="APPROVED").data == []


@pytest.mark.parametrize(
    "params",
    [
        {"filter[status]": "PENDING"},
        {"filter[range]": "24M"},
        {"page[size]": "0"},
        {"page[size]": "101"},
        {"page[after]": "not-a-cursor"},
        {"include": "merchant,user"},
    ],
    ids=["status", "range", "size-0", "size-101", "cursor", "include"],
)
def test_earned_rewards_bad_parameters_are_400(shop_api: kard.KardApi, shop: Issuer, params: dict) -> None:
    user_id = enroll_user(shop_api, shop.organization_id)
    response = requests.get(
        url(f"/v2/issuers/{shop.organization_id}/users/{user_id}/earned-rewards"),
        params=params,
        headers=bearer(shop.token()),
        timeout=HTTP_TIMEOUT,
    )
    assert response.status_code == 400, response.text
    errors = response.json()["errors"]
    assert errors[0]["status"] == "400", errors


def test_earned_rewards_bad_filter_through_the_sdk_is_invalid_request(shop_api: kard.KardApi, shop: Issuer) -> None:
    user_id = enroll_user(shop_api, shop.organization_id)
    with pytest.raises(InvalidRequest) as raised:
        earned_rewards(shop_api, shop.organization_id, user_id, filter_range="1Y")
    assert raised.value.status_code == 400


def test_earned_rewards_of_a_new_user_are_empty(shop_api: kard.KardApi, shop: Issuer) -> None:
    user_id = enroll_user(shop_api, shop.organization_id)
    page = earned_rewards(shop_api, shop.organization_id, user_id)
    assert page.data == [] and page.meta.lifetime_rewards_in_cents == 0
    assert page.links.next is None and page.links.prev is None


def test_earned_rewards_of_an_unknown_user_is_404(shop_api: kard.KardApi, shop: Issuer) -> None:
    with pytest.raises(DoesNotExistError) as raised:
        earned_rewards(shop_api, shop.organization_id, "no-such-user-" + new_transaction_id())
    assert raised.value.status_code == 404


def test_earned_rewards_of_another_issuer_are_refused(
    shop_api: kard.KardApi, shop: Issuer, other_api: kard.KardApi, other_issuer: Issuer
) -> None:
    user_id, transaction_id = enroll_user(shop_api, shop.organization_id), new_transaction_id()
    submit(shop_api, shop, baas_transaction(user_id, transaction_id, "SETTLED"))
    wait_for_lifetime(shop_api, shop.organization_id, user_id, REWARD)

    with pytest.raises(ApiError) as raised:
        earned_rewards(other_api, shop.organization_id, user_id)
    assert raised.value.status_code == 403
    # Under its own organization the other issuer does not see the user either, nor the notifications.
    with pytest.raises(DoesNotExistError):
        earned_rewards(other_api, other_issuer.organization_id, user_id)
    assert notifications_of(shop.organization_id, transaction_id, "earnedRewardSettled")
    assert notifications_of(other_issuer.organization_id, transaction_id) == []


def test_admin_api_needs_the_admin_token(shop: Issuer) -> None:
    path = f"/admin/organizations/{shop.organization_id}/notifications"
    assert requests.get(url(path), timeout=HTTP_TIMEOUT).status_code == 401
    issuer_token = requests.get(url(path), headers=bearer(shop.token()), timeout=HTTP_TIMEOUT)
    assert issuer_token.status_code == 401, issuer_token.text
    assert requests.get(url(path), headers=bearer("x" * 64), timeout=HTTP_TIMEOUT).status_code == 401
    assert admin_get(path).status_code == 200


def test_report_of_an_unknown_transaction_is_404(shop: Issuer) -> None:
    response = admin_get(f"/admin/organizations/{shop.organization_id}/transactions/{new_transaction_id()}")
    assert response.status_code == 404, response.text
