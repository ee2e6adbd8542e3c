"""Tenant isolation: an issuer's token reaches its own organization only, and reveals nothing else."""

from __future__ import annotations

import uuid

import pytest

import kard
from kard import DoesNotExistError, ForbiddenError
from kard.core.api_error import ApiError

from e2e_support import Issuer, new_user_id, sdk_user


def forbidden_title(error: ApiError) -> str:
    """Asserts a 403 with a v2 error body and returns its title."""
    assert error.status_code == 403, error
    body = error.body
    errors = body["errors"] if isinstance(body, dict) else [error.model_dump() for error in body.errors]
    first = errors[0]
    assert first["status"] == "403", body
    return first["title"]


def test_cannot_read_another_issuers_user(
    api: kard.KardApi, other_api: kard.KardApi, issuer: Issuer, other_issuer: Issuer
) -> None:
    user_id = new_user_id()
    other_api.users.create(other_issuer.organization_id, data=[sdk_user(user_id, zip_code="11238")])

    with pytest.raises(ApiError) as raised:
        api.users.get(other_issuer.organization_id, user_id)
    forbidden_title(raised.value)

    # Under its own organization, A does not see B's user either.
    with pytest.raises(DoesNotExistError):
        api.users.get(issuer.organization_id, user_id)
    # B still does.
    assert other_api.users.get(other_issuer.organization_id, user_id).data.id == user_id


def test_cannot_create_users_in_another_organization(
    api: kard.KardApi, other_api: kard.KardApi, other_issuer: Issuer
) -> None:
    user_id = new_user_id()
    with pytest.raises(ApiError) as raised:
        api.users.create(other_issuer.organization_id, data=[sdk_user(user_id)], request_options={"max_retries": 0})
    forbidden_title(raised.value)
    with pytest.raises(DoesNotExistError):
        other_api.users.get(other_issuer.organization_id, user_id)


def test_unknown_organization_looks_like_a_foreign_one(api: kard.KardApi, other_issuer: Issuer) -> None:
    """A non-existent organization id gets the same 403 as someone else's: nothing is revealed."""
    user_id = new_user_id()
    with pytest.raises(ApiError) as foreign:
        api.users.get(other_issuer.organization_id, user_id)
    with pytest.raises(ApiError) as unknown:
        api.users.get(f"no-such-org-{uuid.uuid4().hex[:8]}", user_id)
    assert forbidden_title(unknown.value) == forbidden_title(foreign.value)

    with pytest.raises(ApiError) as unknown_create:
        api.users.create(f"no-such-org-{uuid.uuid4().hex[:8]}", data=[sdk_user(user_id)], request_options={"max_retries": 0})
    forbidden_title(unknown_create.value)


def test_cannot_list_another_issuers_children(api: kard.KardApi, other_issuer: Issuer) -> None:
    with pytest.raises(ForbiddenError):
        api.organizations.children.list(other_issuer.organization_id)
