"""Helpers of the end-to-end suite, shared by conftest.py and the test modules."""

from __future__ import annotations

import base64
import dataclasses
import datetime
import hashlib
import hmac
import json
import math
import os
import secrets
import subprocess
import time
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

import kard
from kard.transactions import Merchant, Transactions_Transaction, TransactionsAttributes
from kard.users import UserRequestAttributes, UserRequestDataUnion_User

REQUIRED_ENV = ("KARD_BASE_URL", "KARD_BIN", "KARD_DATABASE_URL", "KARD_DATA_DIR")

#: Seconds before an HTTP call gives up (the SDK default is 60).
HTTP_TIMEOUT = 20

#: Distinguishes the issuers of this pytest session from those of earlier sessions on the same database.
SESSION_TAG = uuid.uuid4().hex[:8].upper()

_issuer_counter = 0


def base_url() -> str:
    return os.environ["KARD_BASE_URL"].rstrip("/")


def run_cli(*args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Runs the kard CLI against the server's database."""
    cmd = [os.environ["KARD_BIN"], *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if check and proc.returncode != 0:
        pytest.fail(
            f"`{' '.join(cmd)}` exited with {proc.returncode}\n"
            f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}",
            pytrace=False,
        )
    return proc


@dataclasses.dataclass(frozen=True)
class Issuer:
    name: str
    organization_id: str
    client_id: str
    client_secret: str
    webhook_key: str

    def api(self, **kwargs: object) -> kard.KardApi:
        """An SDK client authenticated as this issuer (OAuth client credentials, as documented)."""
        return kard.KardApi(
            base_url=base_url(),
            client_id=self.client_id,
            client_secret=self.client_secret,
            timeout=HTTP_TIMEOUT,
            **kwargs,
        )

    def token(self) -> str:
        """An access token from the SDK's token request (JSON body)."""
        response = requests.post(
            f"{base_url()}/v2/auth/token",
            json={"client_id": self.client_id, "client_secret": self.client_secret},
            timeout=HTTP_TIMEOUT,
        )
        assert response.status_code == 200, response.text
        return response.json()["access_token"]


def parse_credentials(stdout: str, name: str) -> Issuer:
    try:
        body = json.loads(stdout)
    except json.JSONDecodeError as error:
        pytest.fail(f"`kard issuers create --json` did not print one JSON object ({error}):\n{stdout}", pytrace=False)
    assert isinstance(body, dict), body
    for key in ("organizationId", "clientId", "clientSecret", "webhookKey"):
        assert isinstance(body.get(key), str) and body[key], f"{key} missing in {body}"
    return Issuer(
        name=name,
        organization_id=body["organizationId"],
        client_id=body["clientId"],
        client_secret=body["clientSecret"],
        webhook_key=body["webhookKey"],
    )


def create_issuer(label: str = "ISSUER", *, sandbox: bool = False) -> Issuer:
    """A new issuer made with `kard issuers create ... --json` on the server's database.

    With `sandbox=True` the issuer is a sandbox issuer (`--sandbox`): it has the personas
    `sandbox-{name}-new-customer` and `sandbox-{name}-lapsed-customer` (see `new_customer`, `lapsed_customer`).
    """
    global _issuer_counter
    _issuer_counter += 1
    name = f"E2E_{SESSION_TAG}_{label}_{_issuer_counter}"
    flags = ["--sandbox"] if sandbox else []
    proc = run_cli(
        "issuers", "create", "--name", name, *flags, "--json", "--database", os.environ["KARD_DATABASE_URL"]
    )  # fmt: skip
    return parse_credentials(proc.stdout, name)


def new_user_id() -> str:
    return uuid.uuid4().hex


def sdk_user(user_id: str, **attributes: object) -> UserRequestDataUnion_User:
    """A v2 user resource for `users.create`; enrolled in CARDLINKED unless told otherwise."""
    attributes.setdefault("enrolled_rewards", ["CARDLINKED"])
    return UserRequestDataUnion_User(id=user_id, attributes=UserRequestAttributes(**attributes))


def random_card() -> dict[str, str]:
    """A legacy CardInfoRequest no other test uses (cards are unique across issuers)."""
    return {
        "last4": f"{secrets.randbelow(10_000):04d}",
        "bin": f"4{secrets.randbelow(100_000):05d}",
        "issuer": "TEST",
        "network": "VISA",
    }


def url(path: str) -> str:
    """The absolute URL of a server path such as `/v2/issuer`."""
    return f"{base_url()}/{path.lstrip('/')}"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def error_objects(response: requests.Response) -> list[dict]:
    """The `errors` array of a v2 error body, asserting the documented shape."""
    body = response.json()
    assert isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"], body
    for error in body["errors"]:
        assert isinstance(error.get("status"), str), error
        assert isinstance(error.get("title"), str), error
        assert isinstance(error.get("detail"), str), error
    return body["errors"]


# --- sandbox issuer, personas and catalog ---------------------------------------------------------

#: The sandbox issuer `kard serve` creates on a fresh database (credentials in DATA_DIR/sandbox.json).
SANDBOX_ISSUER_NAME = "SANDBOX"

#: The sandbox catalog's new-customer offer (targeted; the new-customer persona sees it, the lapsed one does not).
NEW_CUSTOMER_OFFER = "BaaS Pro Shops - New Customers"
NEW_CUSTOMER_TERMS = "This offer is only valid for first-time customers."

#: The "near me" point of the sandbox catalog (Manhattan, as in the integration guide).
NYC_LATITUDE = 40.7420148
NYC_LONGITUDE = -73.9930148

#: Mean Earth radius in miles (for `haversine_miles`).
EARTH_RADIUS_MILES = 3958.7613


def load_sandbox_issuer() -> Issuer:
    """The sandbox issuer of DATA_DIR/sandbox.json (written by `kard serve` on a fresh database)."""
    path = os.path.join(os.environ["KARD_DATA_DIR"], "sandbox.json")
    try:
        with open(path, encoding="utf-8") as file:
            body = json.load(file)
    except (OSError, json.JSONDecodeError) as error:
        pytest.fail(f"cannot read the sandbox credentials {path}: {error}", pytrace=False)
    for key in ("organizationId", "clientId", "clientSecret"):
        assert isinstance(body.get(key), str) and body[key], f"{key} missing in {path}: {body}"
    return Issuer(
        name=SANDBOX_ISSUER_NAME,
        organization_id=body["organizationId"],
        client_id=body["clientId"],
        client_secret=body["clientSecret"],
        webhook_key=body.get("webhookKey", ""),
    )


def new_customer(issuer: Issuer) -> str:
    """The user id of a sandbox issuer's persona with no purchase history."""
    return f"sandbox-{issuer.name.upper()}-new-customer"


def lapsed_customer(issuer: Issuer) -> str:
    """The user id of a sandbox issuer's persona whose purchases are older than six months."""
    return f"sandbox-{issuer.name.upper()}-lapsed-customer"


def haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points in decimal degrees, in miles."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = math.radians(lat2 - lat1)
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def query_param(link: str, key: str) -> str | None:
    """The (decoded) value of `key` (such as `page[after]`) in a relative or absolute link; `None` when absent."""
    values = parse_qs(urlsplit(link).query, keep_blank_values=True).get(key)
    if not values:
        return None
    assert len(values) == 1, f"{key} appears {len(values)} times in {link}"
    return values[0]


#: More pages than this while walking a list means the cursors loop.
MAX_PAGES = 100


def walk_offers(
    api: kard.KardApi, organization_id: str, user_id: str, *, page_size: int = 200, **params: object
) -> tuple[list, list]:
    """Every offer of `users.rewards.offers` across pages (following `links.next` cursors with the SDK), and
    the `included` resources of all pages. `params` are the SDK's filter/sort/include arguments."""
    offers: list = []
    included: list = []
    after: str | None = None
    seen_cursors: set[str] = set()
    for _ in range(MAX_PAGES):
        page = api.users.rewards.offers(organization_id, user_id, page_size=page_size, page_after=after, **params)
        assert len(page.data) <= page_size, f"{len(page.data)} offers on a page of {page_size}"
        offers.extend(page.data)
        included.extend(page.included or [])
        if not page.links.next:
            return offers, included
        after = query_param(page.links.next, "page[after]")
        assert after, f"links.next carries no page[after]: {page.links.next}"
        assert after not in seen_cursors, f"cursor {after!r} came back: the pages loop"
        assert page.data, f"an empty page has links.next {page.links.next}"
        seen_cursors.add(after)
    pytest.fail(f"more than {MAX_PAGES} pages of {page_size} offers", pytrace=False)


# --- transactions ---------------------------------------------------------------------------------

#: The documented 202 message of `transactions.create` (the SDK's example); the suite only requires a non-empty one.
TRANSACTIONS_QUEUED = "queued"


def new_event_id() -> str:
    """A v2 transaction event id (`data[].id`), unique per event."""
    return f"evt-{uuid.uuid4().hex}"


def new_transaction_id() -> str:
    """An issuer transaction id (`attributes.transactionId`), shared by the events of one transaction."""
    return f"txn-{uuid.uuid4().hex[:16]}"


def enroll_user(api: kard.KardApi, organization_id: str, **attributes: object) -> str:
    """A new user of `organization_id` enrolled in CARDLINKED through the SDK; returns its id."""
    user_id = new_user_id()
    attributes.setdefault("zip_code", "11238")
    api.users.create(organization_id, data=[sdk_user(user_id, **attributes)])
    return user_id


def transactions_url(organization_id: str) -> str:
    return url(f"/v2/issuers/{organization_id}/transactions")


def post_transactions(token: str, organization_id: str, items: list[dict]) -> requests.Response:
    """A raw `POST /v2/issuers/{org}/transactions` with body `{"data": items}`."""
    return requests.post(
        transactions_url(organization_id), json={"data": items}, headers=bearer(token), timeout=HTTP_TIMEOUT
    )


def assert_job(job: dict) -> None:
    """Asserts the documented job resource `{type: "job", id, attributes: {status: "queued", message}}`."""
    assert isinstance(job, dict), job
    assert job.get("type") == "job", job
    assert isinstance(job.get("id"), str) and job["id"], job
    attributes = job.get("attributes")
    assert isinstance(attributes, dict), job
    assert attributes.get("status") == TRANSACTIONS_QUEUED, job
    assert isinstance(attributes.get("message"), str) and attributes["message"], job


def assert_accepted(response: requests.Response) -> dict:
    """Asserts a raw 202 with a queued job and returns the job."""
    assert response.status_code == 202, f"{response.status_code} {response.text}"
    body = response.json()
    assert set(body) == {"data"}, body
    assert_job(body["data"])
    return body["data"]


def assert_sdk_accepted(response: object) -> None:
    """Asserts an SDK `with_raw_response.create` answer of 202 with a queued job."""
    assert response.status_code == 202, (response.status_code, response.data)
    assert_job(response.data.data.model_dump(by_alias=True, mode="json"))
    assert not (response.data.model_extra or {}).get("errors"), response.data


def errors_by_id(errors: list[dict]) -> dict[str, list[dict]]:
    """Per-item error objects grouped by their `id` (the refused event id)."""
    grouped: dict[str, list[dict]] = {}
    for error in errors:
        assert isinstance(error.get("id"), str), f"a per-item error without id: {error}"
        grouped.setdefault(error["id"], []).append(error)
    return grouped


def pointers(errors: list[dict]) -> set[str]:
    """The `source.pointer` of every error object (asserting each has one)."""
    found = set()
    for error in errors:
        source = error.get("source")
        assert isinstance(source, dict) and isinstance(source.get("pointer"), str), f"no source.pointer: {error}"
        found.add(source["pointer"])
    return found


#: Timestamps of the integration guide's recipes.
AUTHORIZED_AT = "2022-10-29T17:48:06.135Z"
SETTLED_AT = "2022-10-30T17:48:06.135Z"

#: The wire field each status requires, besides the common ones (`authorizationDate` for SETTLED is recommended).
STATUS_DATE = {
    "APPROVED": "authorizationDate",
    "SETTLED": "settledDate",
    "REVERSED": "transactionDate",
    "RETURNED": "transactionDate",
    "DECLINED": "transactionDate",
}


def transaction_item(
    user_id: str,
    *,
    event_id: str | None = None,
    transaction_id: str | None = None,
    status: str = "APPROVED",
    **attributes: object,
) -> dict:
    """A valid v2 `transaction` item in wire form (the guide's Hilltop BBQ purchase) with the date its status
    requires. `attributes` override wire fields (`cardBIN="..."`); an override of `None` removes the field."""
    body: dict[str, object] = {
        "userId": user_id,
        "transactionId": transaction_id or new_transaction_id(),
        "amount": 10000,
        "currency": "USD",
        "description": "Hilltop BBQ",
        "status": status,
        "direction": "CREDIT" if status == "RETURNED" else "DEBIT",
        "paymentType": "CARD",
        "cardBIN": "123456",
        "cardLastFour": "4321",
        "mcc": "1234",
        "merchant": {
            "id": "542814140150267",
            "name": "Hilltop BBQ",
            "addrStreet": "123 Peachtree St",
            "addrCity": "Atlanta",
            "addrState": "GA",
        },
    }
    if status == "SETTLED":
        body["authorizationDate"] = AUTHORIZED_AT
        body["settledDate"] = SETTLED_AT
    elif status == "APPROVED":
        body["authorizationDate"] = AUTHORIZED_AT
    else:
        body["transactionDate"] = SETTLED_AT
    for key, value in attributes.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return {"type": "transaction", "id": event_id or new_event_id(), "attributes": body}


def guide_time(text: str) -> datetime.datetime:
    """A datetime of the guide's `...Z` timestamps (the SDK sends it back in ISO 8601 with a zone)."""
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def sdk_transaction(
    user_id: str,
    transaction_id: str,
    status: str,
    *,
    event_id: str | None = None,
    amount: int = 10000,
    **attributes: object,
) -> Transactions_Transaction:
    """An SDK `transaction` item of the guide's Hilltop BBQ purchase (user, transaction id, status and amount given);
    `attributes` are further `TransactionsAttributes` arguments (the status's dates among them)."""
    fields: dict[str, object] = {
        "currency": "USD",
        "description": "Hilltop BBQ",
        "direction": "CREDIT" if status == "RETURNED" else "DEBIT",
        "payment_type": "CARD",
        "card_bin": "123456",
        "card_last_four": "4321",
        "mcc": "1234",
        "merchant": Merchant(
            id="542814140150267",
            name="Hilltop BBQ",
            addr_city="Atlanta",
            addr_state="GA",
            addr_street="123 Peachtree St",
        ),
    }
    fields.update(attributes)
    return Transactions_Transaction(
        id=event_id or new_event_id(),
        attributes=TransactionsAttributes(
            user_id=user_id, transaction_id=transaction_id, amount=amount, status=status, **fields
        ),
    )


# --- forged tokens ---------------------------------------------------------------------------------


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def resigned_token(token: str, secret: str, **claims: object) -> str:
    """`token` with some payload claims replaced (such as `sub`), signed again with HS256 and `secret`."""
    header, payload, _ = token.split(".")
    body = json.loads(_b64url_decode(payload))
    body.update(claims)
    signing_input = f"{header}.{_b64url(json.dumps(body, separators=(',', ':')).encode())}"
    signature = hmac.new(secret.encode("utf-8"), signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{_b64url(signature)}"


# --- processing: waiting, the operator's admin API, the sandbox's BaaS Pro Shops ----------------------

#: The operator's admin token of the running server (`scripts/test` starts it with a random one).
ADMIN_TOKEN_ENV = "KARD_ADMIN_TOKEN"

#: Seconds a test waits for the background processing (it looks at the inbox every 100 ms).
PROCESSING_TIMEOUT = 10.0

#: Seconds between two looks while waiting.
POLL_INTERVAL = 0.15


def wait_for(fetch, until=bool, *, what: str, timeout: float = PROCESSING_TIMEOUT, interval: float = POLL_INTERVAL):
    """Calls `fetch()` until `until(value)` holds and returns that value; fails the test with the last value after
    `timeout` seconds. For results of the background processing, which come a little after the 202."""
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if until(value):
            return value
        if time.monotonic() >= deadline:
            pytest.fail(f"after {timeout:g} s still waiting for {what}; the last answer was:\n{value!r}", pytrace=False)
        time.sleep(interval)


def admin_token() -> str:
    """The admin token from the environment; the suite fails (it never skips) when it is missing."""
    token = os.environ.get(ADMIN_TOKEN_ENV)
    if not token:
        pytest.fail(
            f"{ADMIN_TOKEN_ENV} is not set: start `kard serve` with an admin token and give the same one to the "
            "suite (scripts/test does both)",
            pytrace=False,
        )
    return token


def admin_get(path: str, **params: object) -> requests.Response:
    """A raw `GET` of the admin API with the admin token."""
    return requests.get(url(path), params=params, headers=bearer(admin_token()), timeout=HTTP_TIMEOUT)


def admin_post(path: str, body: object | None = None) -> requests.Response:
    """A raw `POST` of the admin API with the admin token (a JSON body when given)."""
    return requests.post(url(path), json=body, headers=bearer(admin_token()), timeout=HTTP_TIMEOUT)


def admin_json(response: requests.Response, status: int = 200) -> dict:
    """The JSON object of an admin answer, asserting its status."""
    request = response.request
    assert response.status_code == status, f"{request.method} {request.url}: {response.status_code} {response.text}"
    body = response.json()
    assert isinstance(body, dict), body
    return body


def transaction_report(organization_id: str, transaction_id: str) -> dict:
    """`GET /admin/organizations/{org}/transactions/{transactionId}`: the transaction's state, decision and ledger."""
    return admin_json(admin_get(f"/admin/organizations/{organization_id}/transactions/{transaction_id}"))


def wait_for_report(organization_id: str, transaction_id: str, status: str, **expected: object) -> dict:
    """The transaction's report once processing gave it `status` (and the top-level `expected` values)."""
    return wait_for(
        lambda: transaction_report(organization_id, transaction_id),
        lambda report: report.get("status") == status and all(report.get(k) == v for k, v in expected.items()),
        what=f"transaction {transaction_id} to be {status} {expected or ''}",
    )


def ledger_movements(report: dict) -> list[tuple[str, int]]:
    """The report's ledger as (movement, cardholder cents), in ledger order."""
    return [(entry["movement"], entry["userCents"]) for entry in report["ledger"]]


def outbox(organization_id: str, *, event: str | None = None, page_size: int = 100) -> list[dict]:
    """Every notification of the organization in the admin outbox (`event` filters), walking `nextAfter`."""
    found: list[dict] = []
    after: int | None = None
    for _ in range(MAX_PAGES):
        params: dict[str, object] = {"limit": page_size}
        if event:
            params["event"] = event
        if after is not None:
            params["after"] = after
        body = admin_json(admin_get(f"/admin/organizations/{organization_id}/notifications", **params))
        assert isinstance(body.get("data"), list), body
        assert len(body["data"]) <= page_size, body
        found.extend(body["data"])
        after = body.get("nextAfter")
        if after is None:
            return found
    pytest.fail(f"more than {MAX_PAGES} pages of notifications", pytrace=False)


def notifications_of(organization_id: str, transaction_id: str, event: str | None = None) -> list[dict]:
    """The outbox notifications of one transaction, in the order they were queued."""
    return [n for n in outbox(organization_id, event=event) if n.get("transactionId") == transaction_id]


#: The sandbox catalog's BaaS Pro Shops (the integration guide's merchant) and its new-customer offer.
BAAS_PRO_SHOPS = "BaaS Pro Shops"
BAAS_PRO_SHOPS_ID = "6409f118705b8a000834f23d"
BAAS_NEW_CUSTOMER_OFFER_ID = "6409fa6d8a2a4300083d4143"

#: The cardholder's reward of the new-customer offer on $100: 12% commission, issuer 70%, cardholder 50% of that.
NEW_CUSTOMER_REWARD_ON_100 = 420


def new_customer_reward(amount_cents: int) -> int:
    """The cardholder's cents of the new-customer offer on a purchase (each share rounded down)."""
    commission = amount_cents * 1200 // 10_000
    return commission * 7000 // 10_000 * 5000 // 10_000


def recent_time(minutes_ago: float = 5) -> datetime.datetime:
    """A moment `minutes_ago` before now, in UTC and whole seconds: inside the sandbox offers' windows."""
    moment = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=minutes_ago)
    return moment.replace(microsecond=0)


def wire_time(moment: datetime.datetime) -> str:
    """A datetime as the guide writes them (`2022-10-29T17:48:06.000Z`)."""
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def baas_transaction(
    user_id: str,
    transaction_id: str,
    status: str,
    *,
    amount: int = 10000,
    authorized_at: datetime.datetime | None = None,
    settled_at: datetime.datetime | None = None,
    at: datetime.datetime | None = None,
    event_id: str | None = None,
) -> Transactions_Transaction:
    """An SDK event of an in-store purchase at the sandbox's BaaS Pro Shops (matched on its `description`, the
    guide's rule; the MID is one the catalog does not know), with recent dates: `authorized_at` (APPROVED, and
    SETTLED's `authorizationDate`), `settled_at` (SETTLED) and `at` (REVERSED, DECLINED, RETURNED)."""
    authorized_at = authorized_at or recent_time(10)
    dates: dict[str, object]
    if status == "APPROVED":
        dates = {"authorization_date": authorized_at}
    elif status == "SETTLED":
        dates = {"authorization_date": authorized_at, "settled_date": settled_at or recent_time(5)}
    else:
        dates = {"transaction_date": at or recent_time(5)}
    return sdk_transaction(
        user_id,
        transaction_id,
        status,
        event_id=event_id,
        amount=amount,
        description=BAAS_PRO_SHOPS,
        mcc="5941",
        merchant=Merchant(
            id="777000000000001",
            name=BAAS_PRO_SHOPS,
            addr_street="1380 Atlantic Dr NW",
            addr_city="Atlanta",
            addr_state="GA",
            addr_zipcode="30363",
        ),
        **dates,
    )


def earned_rewards(api: kard.KardApi, organization_id: str, user_id: str, **params: object):
    """`transactions.get_earned_rewards` of the SDK (`params`: filter_status, filter_range, page_size, include …)."""
    return api.transactions.get_earned_rewards(organization_id, user_id, **params)


def lifetime_cents(api: kard.KardApi, organization_id: str, user_id: str) -> int:
    """The user's `meta.lifetimeRewardsInCents`."""
    return earned_rewards(api, organization_id, user_id).meta.lifetime_rewards_in_cents


def wait_for_lifetime(api: kard.KardApi, organization_id: str, user_id: str, cents: int) -> int:
    """Waits until the user's lifetime rewards are `cents`."""
    return wait_for(
        lambda: lifetime_cents(api, organization_id, user_id),
        lambda found: found == cents,
        what=f"lifetimeRewardsInCents of {user_id} to be {cents}",
    )


def item_summary(item: object) -> tuple:
    """An earned-rewards item as (type, transactionId, amount in cents, cardholder cents or None)."""
    attributes = item.attributes
    commission = getattr(attributes, "commission_earned", None)
    return (
        item.type,
        attributes.transaction_id,
        attributes.transaction_amount_in_cents,
        commission.user.value if commission is not None else None,
    )


def wait_for_items(api: kard.KardApi, organization_id: str, user_id: str, expected: list[tuple], **params: object):
    """Waits until the earned-rewards page (SDK, `params`) holds exactly `expected` (`item_summary` tuples, in
    order) and returns the page."""
    return wait_for(
        lambda: earned_rewards(api, organization_id, user_id, **params),
        lambda page: [item_summary(item) for item in page.data] == expected,
        what=f"earned rewards {params} of {user_id} to be {expected}",
    )


def process_now() -> dict:
    """`POST /admin/transactions/process`: processes the inbox now; `{processed, pending}`."""
    body = admin_json(admin_post("/admin/transactions/process"))
    assert isinstance(body.get("processed"), int) and isinstance(body.get("pending"), int), body
    return body


def drain_inbox() -> None:
    """Processes the inbox until no event is pending: after it, every accepted event has been processed (for
    checks that something did not happen)."""
    wait_for(process_now, lambda result: result["pending"] == 0, what="no event pending in the inbox")


#: SDK request options that send a request once (the SDK retries some answers by default).
NO_RETRY = {"max_retries": 0}


def submit(api: kard.KardApi, issuer: Issuer, *events: Transactions_Transaction) -> None:
    """Sends each event in a request of its own through the SDK, asserting a 202 each time."""
    for event in events:
        response = api.transactions.with_raw_response.create(
            issuer.organization_id, data=[event], request_options=NO_RETRY
        )
        assert_sdk_accepted(response)
