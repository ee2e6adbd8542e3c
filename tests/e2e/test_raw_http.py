"""Raw HTTP checks the SDK cannot make: other token request forms, header spellings, bad input."""

from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

import pytest
import requests

from e2e_support import HTTP_TIMEOUT, Issuer, base_url, bearer, error_objects, url


def assert_token(response: requests.Response) -> str:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert isinstance(body["access_token"], str) and body["access_token"]
    return body["access_token"]


def assert_token_works(token: str, issuer: Issuer) -> None:
    response = requests.get(url("/v2/issuer"), headers=bearer(token), timeout=HTTP_TIMEOUT)
    assert response.status_code == 200, response.text
    assert response.json()["id"] == issuer.organization_id


def test_v2_token_with_form_body_and_basic_auth(issuer: Issuer) -> None:
    response = requests.post(
        url("/v2/auth/token"),
        data={"grant_type": "client_credentials"},
        auth=(issuer.client_id, issuer.client_secret),
        timeout=HTTP_TIMEOUT,
    )
    assert response.request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert_token_works(assert_token(response), issuer)


def test_legacy_oauth2_token_with_grant_type_in_the_query(issuer: Issuer) -> None:
    response = requests.post(
        url("/oauth2/token"),
        params={"grant_type": "client_credentials"},
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        auth=(issuer.client_id, issuer.client_secret),
        timeout=HTTP_TIMEOUT,
    )
    assert_token_works(assert_token(response), issuer)


def test_basic_auth_with_a_wrong_secret_is_401(issuer: Issuer) -> None:
    response = requests.post(
        url("/v2/auth/token"),
        data={"grant_type": "client_credentials"},
        auth=(issuer.client_id, "wrong-secret"),
        timeout=HTTP_TIMEOUT,
    )
    assert response.status_code == 401, response.text


def test_bare_token_without_bearer_prefix_works(issuer: Issuer) -> None:
    token = issuer.token()
    response = requests.get(url("/v2/issuer"), headers={"Authorization": token}, timeout=HTTP_TIMEOUT)
    assert response.status_code == 200, response.text
    assert response.json()["id"] == issuer.organization_id


def test_missing_authorization_is_401(issuer: Issuer) -> None:
    response = requests.get(url(f"/v2/issuers/{issuer.organization_id}/users/anyone"), timeout=HTTP_TIMEOUT)
    assert response.status_code == 401, response.text


def test_malformed_json_on_user_create_is_400(issuer: Issuer) -> None:
    response = requests.post(
        url(f"/v2/issuers/{issuer.organization_id}/users"),
        data=b'{"data": [{"type": "user", "id": "x", ',
        headers={**bearer(issuer.token()), "Content-Type": "application/json"},
        timeout=HTTP_TIMEOUT,
    )
    assert response.status_code == 400, response.text
    assert error_objects(response)[0]["status"] == "400"


def tampered(token: str) -> str:
    """The token with one character in the middle of its signature changed (not the last one, whose
    low bits base64url decoders may ignore)."""
    head, _, signature = token.rpartition(".")
    index = len(signature) // 2
    replacement = "A" if signature[index] != "A" else "B"
    changed = signature[:index] + replacement + signature[index + 1 :]
    return f"{head}.{changed}" if head else changed


def test_tampered_token_is_401(issuer: Issuer) -> None:
    token = issuer.token()
    path = url(f"/v2/issuers/{issuer.organization_id}/users/anyone")
    assert requests.get(path, headers=bearer(token), timeout=HTTP_TIMEOUT).status_code == 404
    response = requests.get(path, headers=bearer(tampered(token)), timeout=HTTP_TIMEOUT)
    assert response.status_code == 401, response.text


def test_garbage_token_is_401(issuer: Issuer) -> None:
    response = requests.get(url("/v2/issuer"), headers=bearer("not.a.jwt"), timeout=HTTP_TIMEOUT)
    assert response.status_code == 401, response.text


def raw_get(target: str, token: str) -> tuple[int, dict]:
    """GET with the request target sent byte for byte (requests/urllib3 would percent-encode `[` and `]`)."""
    parts = urlsplit(base_url())
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=HTTP_TIMEOUT)
    try:
        connection.request("GET", target, headers=bearer(token))
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"null")
    finally:
        connection.close()


@pytest.mark.parametrize("query", ["page[size]=1", "page%5Bsize%5D=1"], ids=["literal-brackets", "percent-encoded"])
def test_bracketed_query_keys_in_both_spellings(fresh_issuer: Issuer, query: str) -> None:
    """Docs and curl write `page[size]=1`; the SDK (httpx) sends `page%5Bsize%5D=1`. Both must work."""
    token = fresh_issuer.token()
    children = f"/v2/issuers/{fresh_issuer.organization_id}/children"
    for name in ("Alpha Child", "Beta Child"):
        created = requests.post(
            url(children),
            json={"data": {"type": "organization", "attributes": {"name": name}}},
            headers=bearer(token),
            timeout=HTTP_TIMEOUT,
        )
        assert created.status_code == 201, created.text
    status, body = raw_get(f"{children}?{query}", token)
    assert status == 200, body
    assert len(body["data"]) == 1, body
    assert body["meta"] == {"pageSize": 1, "hasNextPage": True}
