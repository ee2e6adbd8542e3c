"""Fixtures of the end-to-end suite.

The suite drives a running `kard serve` with the official Kard Python SDK (kard-financial-sdk, used
unchanged) and with `requests` for raw HTTP checks. `scripts/test` starts the server and sets:

    KARD_BASE_URL      http://127.0.0.1:PORT of the running server
    KARD_BIN           absolute path of the kard executable (for `kard issuers create`)
    KARD_DATABASE_URL  the server's database (sqlite:PATH or postgres://...)
    KARD_DATA_DIR      the server's data directory (holds sandbox.json)

The suite fails (pytest usage error, exit status 4) when one of them is missing: it never skips.
Every test makes its own users (uuid4 ids) and, where it needs a clean slate, its own issuer, so the
tests are independent of each other and of the order they run in.
"""

from __future__ import annotations

import os

import pytest

import kard
from e2e_support import REQUIRED_ENV, Issuer, create_issuer, load_sandbox_issuer


def pytest_configure(config: pytest.Config) -> None:
    missing = [name for name in REQUIRED_ENV if not os.environ.get(name)]
    if missing:
        raise pytest.UsageError(
            "the end-to-end suite needs the environment variables "
            + ", ".join(missing)
            + " (scripts/test sets them after starting `kard serve`)"
        )
    binary = os.environ["KARD_BIN"]
    if not (os.path.isabs(binary) and os.access(binary, os.X_OK)):
        raise pytest.UsageError(f"KARD_BIN={binary!r} is not an absolute path to an executable")


@pytest.fixture(scope="session")
def issuer() -> Issuer:
    """Issuer A, shared by the tests of the session (each test uses fresh user ids)."""
    return create_issuer("A")


@pytest.fixture(scope="session")
def other_issuer() -> Issuer:
    """Issuer B, for tenant-isolation checks."""
    return create_issuer("B")


@pytest.fixture
def fresh_issuer() -> Issuer:
    """An issuer of the test's own, for checks that need an empty organization (child lists)."""
    return create_issuer("FRESH")


@pytest.fixture(scope="session")
def api(issuer: Issuer) -> kard.KardApi:
    return issuer.api()


@pytest.fixture(scope="session")
def other_api(other_issuer: Issuer) -> kard.KardApi:
    return other_issuer.api()


@pytest.fixture(scope="session")
def sandbox_issuer() -> Issuer:
    """The SANDBOX issuer `kard serve` made on its fresh database (DATA_DIR/sandbox.json), with the personas
    `sandbox-SANDBOX-new-customer` and `sandbox-SANDBOX-lapsed-customer`. Tests must not change its personas
    (activations go to users of their own)."""
    return load_sandbox_issuer()


@pytest.fixture(scope="session")
def sandbox_api(sandbox_issuer: Issuer) -> kard.KardApi:
    return sandbox_issuer.api()


@pytest.fixture(scope="session")
def acme_issuer() -> Issuer:
    """Another sandbox issuer (`kard issuers create --sandbox`), with personas of its own."""
    return create_issuer("ACME", sandbox=True)


@pytest.fixture(scope="session")
def acme_api(acme_issuer: Issuer) -> kard.KardApi:
    return acme_issuer.api()
