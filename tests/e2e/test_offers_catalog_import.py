"""The operator imports a catalog file (`kard catalog import FILE`, format in docs/catalog-format.md) while
`kard serve` runs: the new offer reaches the users' offer lists within about two seconds."""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import time

import kard

from e2e_support import SESSION_TAG, Issuer, new_customer, run_cli

#: The server checks the catalog version at most once a second ("within ~2 s"), plus slack for a slow machine.
VISIBLE_WITHIN_SECONDS = 3.0


def test_imported_offer_reaches_the_new_customer(
    sandbox_api: kard.KardApi, sandbox_issuer: Issuer, tmp_path: pathlib.Path
) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    tag = SESSION_TAG.lower()
    merchant_id, offer_id = f"e2e-{tag}-merchant", f"e2e-{tag}-offer"
    offer_name = f"E2E {SESSION_TAG} Import Test - 4% Back"
    today = dt.datetime.now(dt.timezone.utc).date()
    catalog = {
        "merchants": [
            {
                "id": merchant_id,
                "name": f"E2E {SESSION_TAG} Imported Goods",
                "category": "Home & Garden",
                "source": "NATIONAL",
                "description": "A merchant added by the end-to-end suite.",
                "websiteUrl": "https://imported.example.com",
            }
        ],
        "offers": [
            {
                "id": offer_id,
                "merchantId": merchant_id,
                "name": offer_name,
                "source": "NATIONAL",
                "purchaseChannels": ["ONLINE"],
                "commissionType": "PERCENT",
                "totalCommission": 4,
                "targeting": "everyone",
                "startDate": (today - dt.timedelta(days=1)).isoformat(),
                "expirationDate": (today + dt.timedelta(days=30)).isoformat(),
                "terms": "Online purchases only.",
            }
        ],
        "locations": [],
    }
    before, _ = _offer_names(sandbox_api, org, user)
    assert offer_name not in before

    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(catalog, indent=2), encoding="utf-8")
    run_cli("catalog", "import", str(path), "--database", os.environ["KARD_DATABASE_URL"])

    deadline = time.monotonic() + VISIBLE_WITHIN_SECONDS
    while True:
        names, offers = _offer_names(sandbox_api, org, user)
        if offer_name in names or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert offer_name in names, f"the imported offer is not listed {VISIBLE_WITHIN_SECONDS} s after the import"
    offer = next(o for o in offers if o.attributes.name == offer_name)
    assert offer.attributes.purchase_channel == ["ONLINE"]
    assert offer.attributes.is_targeted is False
    assert offer.attributes.terms == "Online purchases only."
    assert set(before) <= set(names), "importing one merchant removed other offers"


def _offer_names(api: kard.KardApi, org: str, user: str) -> tuple[list[str], list]:
    offers = api.users.rewards.offers(org, user, page_size=200, filter_purchase_channel=["ONLINE"]).data
    return [offer.attributes.name for offer in offers], offers
