"""v2 users through the SDK: enroll, read, update, unenroll, delete, re-enroll, conflicts, 207 batches."""

from __future__ import annotations

import pytest

import kard
import kard.hem
from kard import ConflictError, DoesNotExistError
from kard.users import (
    UpdateUserRequestAttributes,
    UpdateUserRequestDataUnion_User,
    UserRequestAttributes,
    UserRequestDataUnion_User,
)

from e2e_support import Issuer, new_user_id, sdk_user

NO_RETRY = {"max_retries": 0}  # the SDK retries 409 twice by default


def test_getting_started_create_and_get(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = new_user_id()
    # The exact call of the SDK's getting-started page.
    created = api.users.with_raw_response.create(
        organization_id=issuer.organization_id,
        data=[
            UserRequestDataUnion_User(
                id=user_id,
                attributes=UserRequestAttributes(
                    zip_code="11238",
                    enrolled_rewards=["CARDLINKED"],
                ),
            )
        ],
    )
    assert created.status_code == 201
    assert len(created.data.data) == 1
    echoed = created.data.data[0]
    assert echoed.type == "user"
    assert echoed.id == user_id
    assert echoed.attributes.zip_code == "11238"
    assert echoed.attributes.enrolled_rewards == ["CARDLINKED"]

    fetched = api.users.get(issuer.organization_id, user_id)
    assert fetched.data.type == "user"
    assert fetched.data.id == user_id
    assert fetched.data.attributes.zip_code == "11238"
    assert fetched.data.attributes.enrolled_rewards == ["CARDLINKED"]


def test_update_changes_zip_code_and_email(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = new_user_id()
    api.users.create(issuer.organization_id, data=[sdk_user(user_id, zip_code="11238")])

    updated = api.users.update(
        organization_id=issuer.organization_id,
        user_id=user_id,
        data=UpdateUserRequestDataUnion_User(
            id=user_id,
            attributes=UpdateUserRequestAttributes(
                enrolled_rewards=["CARDLINKED"], zip_code="10001", email="jane.doe@example.com"
            ),
        ),
    )
    assert updated.data.id == user_id
    assert updated.data.attributes.zip_code == "10001"
    assert updated.data.attributes.email == "jane.doe@example.com"

    fetched = api.users.get(issuer.organization_id, user_id).data.attributes
    assert fetched.zip_code == "10001"
    assert fetched.email == "jane.doe@example.com"
    assert fetched.enrolled_rewards == ["CARDLINKED"]


def test_unenroll_keeps_the_user(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = new_user_id()
    api.users.create(issuer.organization_id, data=[sdk_user(user_id, zip_code="11238")])

    updated = api.users.update(
        issuer.organization_id,
        user_id,
        data=UpdateUserRequestDataUnion_User(id=user_id, attributes=UpdateUserRequestAttributes(enrolled_rewards=[])),
    )
    assert updated.data.attributes.enrolled_rewards == []

    fetched = api.users.get(issuer.organization_id, user_id)
    assert fetched.data.id == user_id
    assert fetched.data.attributes.enrolled_rewards == []


def test_delete_then_get_is_404_and_the_id_can_enroll_again(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = new_user_id()
    api.users.create(issuer.organization_id, data=[sdk_user(user_id, zip_code="11238")])

    deleted = api.users.delete(issuer.organization_id, user_id)
    assert deleted.data.type == "user"
    assert deleted.data.id == user_id

    with pytest.raises(DoesNotExistError) as raised:
        api.users.get(issuer.organization_id, user_id)
    assert raised.value.status_code == 404
    assert raised.value.body.errors[0].status == "404"

    again = api.users.with_raw_response.create(issuer.organization_id, data=[sdk_user(user_id, zip_code="94103")])
    assert again.status_code == 201
    assert api.users.get(issuer.organization_id, user_id).data.attributes.zip_code == "94103"


def test_get_unknown_user_is_404(api: kard.KardApi, issuer: Issuer) -> None:
    with pytest.raises(DoesNotExistError):
        api.users.get(issuer.organization_id, new_user_id())


def test_delete_unknown_user_is_404(api: kard.KardApi, issuer: Issuer) -> None:
    with pytest.raises(DoesNotExistError):
        api.users.delete(issuer.organization_id, new_user_id())


def test_creating_an_existing_id_is_409(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = new_user_id()
    api.users.create(issuer.organization_id, data=[sdk_user(user_id)])
    with pytest.raises(ConflictError) as raised:
        api.users.create(issuer.organization_id, data=[sdk_user(user_id)], request_options=NO_RETRY)
    assert raised.value.status_code == 409
    assert raised.value.body.errors[0].status == "409"


def test_batch_with_one_invalid_user_is_207(api: kard.KardApi, issuer: Issuer) -> None:
    good, bad = new_user_id(), new_user_id()
    response = api.users.with_raw_response.create(
        issuer.organization_id,
        data=[sdk_user(good, zip_code="11238"), sdk_user(bad, zip_code="abc")],
        request_options=NO_RETRY,
    )
    assert response.status_code == 207
    # The SDK parses a 207 as success; the per-item errors stay as an unmodelled `errors` field.
    errors = response.data.model_extra.get("errors")
    assert isinstance(errors, list) and len(errors) == 1, response.data
    assert errors[0]["id"] == bad
    assert errors[0]["status"] == "400"
    assert [user.id for user in response.data.data] == [good]

    assert api.users.get(issuer.organization_id, good).data.attributes.zip_code == "11238"
    with pytest.raises(DoesNotExistError):
        api.users.get(issuer.organization_id, bad)


def test_hashed_email_is_stored_and_returned(api: kard.KardApi, issuer: Issuer) -> None:
    user_id = new_user_id()
    hashed_email = kard.hem.generate_hem("Jane.Doe+work@gmail.com")
    assert hashed_email == "d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69"

    created = api.users.create(
        issuer.organization_id,
        data=[
            UserRequestDataUnion_User(
                id=user_id,
                attributes=UserRequestAttributes(enrolled_rewards=["CARDLINKED"], hashed_email=hashed_email),
            )
        ],
    )
    assert created.data[0].attributes.hashed_email == hashed_email
    assert api.users.get(issuer.organization_id, user_id).data.attributes.hashed_email == hashed_email
