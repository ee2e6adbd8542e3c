"""Ping, tokens and credentials through the SDK, plus the CLI and sandbox contract."""

from __future__ import annotations

import json
import os

import pytest
import requests

import kard
from kard.core.api_error import ApiError

from e2e_support import HTTP_TIMEOUT, Issuer, base_url, run_cli, url


def test_ping_through_the_sdk(api: kard.KardApi) -> None:
    response = api.ping.ping()
    for field in (response.message, response.status, response.timestamp):
        assert isinstance(field, str) and field


def test_ping_needs_no_authorization() -> None:
    response = requests.get(url("/v2/ping"), timeout=HTTP_TIMEOUT)
    assert response.status_code == 200, response.text
    assert set(response.json()) >= {"message", "status", "timestamp"}


def test_get_token(api: kard.KardApi, issuer: Issuer) -> None:
    token = api.auth.get_token(client_id=issuer.client_id, client_secret=issuer.client_secret)
    assert token.access_token
    assert token.expires_in == 3600
    assert token.token_type == "Bearer"


def test_wrong_secret_is_401(issuer: Issuer) -> None:
    client = kard.KardApi(
        base_url=base_url(), client_id=issuer.client_id, client_secret="not-the-secret", timeout=HTTP_TIMEOUT
    )
    with pytest.raises(ApiError) as raised:
        client.auth.get_token(client_id=issuer.client_id, client_secret="not-the-secret")
    assert raised.value.status_code == 401


def test_unknown_client_is_401() -> None:
    client = kard.KardApi(base_url=base_url(), client_id="no-such-client", client_secret="x" * 40, timeout=HTTP_TIMEOUT)
    with pytest.raises(ApiError) as raised:
        client.users.get("any-organization", "any-user")
    assert raised.value.status_code == 401


def test_cli_lists_created_issuers(issuer: Issuer) -> None:
    listing = run_cli("issuers", "list", "--json", "--database", os.environ["KARD_DATABASE_URL"]).stdout
    assert issuer.organization_id in listing
    assert issuer.name.upper() in listing


def test_cli_rejects_a_bad_issuer_name() -> None:
    proc = run_cli(
        "issuers", "create", "--name", "not a valid name!", "--json",
        "--database", os.environ["KARD_DATABASE_URL"], check=False,
    )  # fmt: skip
    assert proc.returncode != 0, proc.stdout


def test_sandbox_credentials_work() -> None:
    """On a new database `kard serve` writes DATA_DIR/sandbox.json with a working issuer."""
    path = os.path.join(os.environ["KARD_DATA_DIR"], "sandbox.json")
    with open(path, encoding="utf-8") as file:
        sandbox = json.load(file)
    assert set(sandbox) >= {"organizationId", "clientId", "clientSecret", "webhookKey"}
    client = kard.KardApi(
        base_url=base_url(),
        client_id=sandbox["clientId"],
        client_secret=sandbox["clientSecret"],
        timeout=HTTP_TIMEOUT,
    )
    organization = client.organizations.get()
    assert organization.id == sandbox["organizationId"]
