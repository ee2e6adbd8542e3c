"""The issuer's organization and its child organizations through the SDK."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

import kard
from kard import DoesNotExistError, InvalidRequest
from kard.organizations.children import (
    ChildOrganizationResponse,
    CreateChildAttributes,
    CreateChildRequestData,
    UpdateChildAttributes,
    UpdateChildRequestData,
)

from e2e_support import Issuer


def create_child(api: kard.KardApi, organization_id: str, name: str) -> ChildOrganizationResponse:
    response = api.organizations.children.with_raw_response.create(
        organization_id, data=CreateChildRequestData(attributes=CreateChildAttributes(name=name))
    )
    assert response.status_code == 201
    return response.data


def cursor_of(link: str) -> str:
    """The `page[after]` cursor embedded in a `links.next` URL."""
    values = parse_qs(urlsplit(link).query).get("page[after]")
    assert values, f"links.next has no page[after] cursor: {link}"
    return values[0]


def test_get_own_organization(api: kard.KardApi, issuer: Issuer) -> None:
    organization = api.organizations.get()
    assert organization.type == "organization"
    assert organization.id == issuer.organization_id
    assert organization.attributes.name == issuer.name.upper()


def test_child_lifecycle(fresh_issuer: Issuer) -> None:
    api = fresh_issuer.api()
    org = fresh_issuer.organization_id

    acme = create_child(api, org, "Acme Child")
    assert acme.type == "organization"
    assert acme.attributes.name == "Acme Child"
    assert re.fullmatch(r"\d{8}", acme.id), f"child ids are 8-digit numbers, got {acme.id!r}"

    fetched = api.organizations.children.get(org, acme.id)
    assert (fetched.id, fetched.attributes.name) == (acme.id, "Acme Child")

    beta = create_child(api, org, "Beta Child")
    assert beta.id != acme.id

    # Paging with page[size]=1 over the two children.
    first = api.organizations.children.list(org, page_size=1)
    assert len(first.data) == 1
    assert first.meta is not None and first.meta.has_next_page is True
    assert first.links is not None and first.links.next
    second = api.organizations.children.list(org, page_size=1, page_after=cursor_of(first.links.next))
    assert len(second.data) == 1
    assert second.meta is not None and second.meta.has_next_page is False
    assert {first.data[0].id, second.data[0].id} == {acme.id, beta.id}

    everything = api.organizations.children.list(org)
    assert sorted(child.id for child in everything.data) == sorted([acme.id, beta.id])

    renamed = api.organizations.children.update(
        org, acme.id, data=UpdateChildRequestData(attributes=UpdateChildAttributes(name="Acme Renamed"))
    )
    assert (renamed.id, renamed.attributes.name) == (acme.id, "Acme Renamed")
    assert api.organizations.children.get(org, acme.id).attributes.name == "Acme Renamed"

    deleted = api.organizations.children.delete(org, acme.id)
    assert deleted.data.id == acme.id
    with pytest.raises(DoesNotExistError) as raised:
        api.organizations.children.get(org, acme.id)
    assert raised.value.status_code == 404
    assert [child.id for child in api.organizations.children.list(org).data] == [beta.id]


def test_child_with_an_invalid_name_is_400(api: kard.KardApi, issuer: Issuer) -> None:
    with pytest.raises(InvalidRequest) as raised:
        api.organizations.children.create(
            issuer.organization_id, data=CreateChildRequestData(attributes=CreateChildAttributes(name="123"))
        )
    assert raised.value.status_code == 400
    assert raised.value.body.errors[0].status == "400"


def test_unknown_child_is_404(api: kard.KardApi, issuer: Issuer) -> None:
    with pytest.raises(DoesNotExistError):
        api.organizations.children.get(issuer.organization_id, "99999999")
