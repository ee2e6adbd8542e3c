"""Helpers of the end-to-end suite, shared by conftest.py and the test modules."""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import subprocess
import uuid

import pytest
import requests

import kard
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


def create_issuer(label: str = "ISSUER") -> Issuer:
    """A new issuer made with `kard issuers create ... --json` on the server's database."""
    global _issuer_counter
    _issuer_counter += 1
    name = f"E2E_{SESSION_TAG}_{label}_{_issuer_counter}"
    proc = run_cli("issuers", "create", "--name", name, "--json", "--database", os.environ["KARD_DATABASE_URL"])
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
