"""v2 attributions: activate and boost an offer (201), the activated CTA, attribution events (202 job).

Each test enrolls users of its own in the SANDBOX issuer, so the personas stay untouched.
"""

from __future__ import annotations

import datetime as dt

import kard
from kard.users.attributions import CreateAttributionRequestUnion_OfferAttribution, OfferAttributionAttributes

from e2e_support import Issuer, new_user_id, sdk_user, walk_offers


def enrolled_user(api: kard.KardApi, issuer: Issuer) -> str:
    """A new CARDLINKED user of the issuer, with no purchase history."""
    user_id = new_user_id()
    api.users.create(issuer.organization_id, data=[sdk_user(user_id, zip_code="10001")])
    return user_id


def ctas(api: kard.KardApi, issuer: Issuer, user_id: str) -> dict[str, tuple[str, str]]:
    """Offer id -> (buttonText, buttonStyle) of every offer the user sees."""
    offers, _ = walk_offers(api, issuer.organization_id, user_id, supported_components=["cta"])
    assert offers, f"user {user_id} sees no offers"
    result = {}
    for offer in offers:
        cta = offer.attributes.components.cta if offer.attributes.components else None
        assert cta is not None, f"offer {offer.id} has no cta component"
        result[offer.id] = (cta.button_text, cta.button_style)
    return result


def test_activate_records_the_event_and_disables_the_cta(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org = sandbox_issuer.organization_id
    user, bystander = enrolled_user(sandbox_api, sandbox_issuer), enrolled_user(sandbox_api, sandbox_issuer)
    before = ctas(sandbox_api, sandbox_issuer, user)
    assert set(before.values()) == {("Activate", "PRIMARY")}, before
    offer_id = next(iter(before))

    response = sandbox_api.users.attributions.with_raw_response.activate(org, user, offer_id)
    assert response.status_code == 201
    attributes = response.data.data.attributes
    assert attributes.event_code == "ACTIVATE"
    assert attributes.entity_id == offer_id
    assert attributes.medium == "CTA"
    assert response.data.data.id

    after = ctas(sandbox_api, sandbox_issuer, user)
    assert after[offer_id] == ("Activated", "DISABLED")
    others = {key: value for key, value in after.items() if key != offer_id}
    assert set(others.values()) <= {("Activate", "PRIMARY")}, others
    assert ctas(sandbox_api, sandbox_issuer, bystander)[offer_id] == ("Activate", "PRIMARY"), "another user's CTA"


def test_boost_records_the_event(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org = sandbox_issuer.organization_id
    user = enrolled_user(sandbox_api, sandbox_issuer)
    offer_id = sandbox_api.users.rewards.offers(org, user, page_size=1).data[0].id

    response = sandbox_api.users.attributions.with_raw_response.boost(org, user, offer_id)
    assert response.status_code == 201
    attributes = response.data.data.attributes
    assert attributes.event_code == "BOOST"
    assert attributes.entity_id == offer_id
    assert attributes.medium == "CTA"


def test_attribution_events_are_queued(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org = sandbox_issuer.organization_id
    user = enrolled_user(sandbox_api, sandbox_issuer)
    offers = sandbox_api.users.rewards.offers(org, user, page_size=2).data
    assert offers
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    events = [
        CreateAttributionRequestUnion_OfferAttribution(
            attributes=OfferAttributionAttributes(entity_id=offer.id, event_code=code, medium=medium, event_date=now)
        )
        for offer in offers
        for code, medium in (("IMPRESSION", "BROWSE"), ("VIEW", "SEARCH"))
    ]

    response = sandbox_api.users.attributions.with_raw_response.create(org, user, data=events)
    assert response.status_code == 202
    job = response.data.data
    assert job.type == "job"
    assert job.attributes.status == "queued"
    assert job.id
