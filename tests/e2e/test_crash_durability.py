"""A `kard serve` killed with SIGKILL at any moment loses no accepted event and never pays a reward twice.

The test runs servers of its own (the suite's server is left alone): on a fresh SQLite file when the suite runs on
SQLite, and on the suite's PostgreSQL database when it runs on PostgreSQL (where the suite's server then processes
the same inbox too, so the test also covers two processes sharing one database). Batches of settled purchases are
posted while the server is killed and restarted; every batch answered 202 must end up rewarded exactly once, and a
batch whose answer was lost to the kill is sent again (a repeat is a no-op).
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import tempfile
import time
import uuid

import requests

from e2e_support import (
    HTTP_TIMEOUT,
    SESSION_TAG,
    bearer,
    parse_credentials,
    run_cli,
)

BATCHES = 24
EVENTS_PER_BATCH = 40
USERS = 6
KILLS = 3


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One `kard serve` process on the test's database."""

    def __init__(self, database: str, data_dir: str, log_path: str) -> None:
        self.database = database
        self.data_dir = data_dir
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self.base = ""

    def start(self) -> None:
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [os.environ["KARD_BIN"], "serve", "--host", "127.0.0.1", "--port", str(port),
             "--database", self.database, "--data-dir", self.data_dir],
            stdout=log, stderr=log, stdin=subprocess.DEVNULL, env={**os.environ, "KARD_ADMIN_TOKEN": admin_token()},
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"kard serve exited early; see {self.log_path}"
            try:
                if requests.get(f"{self.base}/v2/ping", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise AssertionError(f"kard serve did not answer within 60 s; see {self.log_path}")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def admin_token() -> str:
    token = os.environ.get("KARD_ADMIN_TOKEN")
    assert token, "KARD_ADMIN_TOKEN must be set (scripts/test sets it)"
    return token


def settled_event(event_id: str, user: str, transaction_id: str, amount: int) -> dict:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 600))
    return {
        "type": "transaction",
        "id": event_id,
        "attributes": {
            "userId": user, "transactionId": transaction_id, "amount": amount, "status": "SETTLED",
            "currency": "USD", "description": "BaaS Pro Shops", "direction": "DEBIT", "paymentType": "CARD",
            "cardBIN": "411111", "cardLastFour": "1111", "authorizationDate": stamp, "settledDate": stamp,
        },
    }


def test_kill_minus_nine_loses_nothing_and_pays_once() -> None:
    suite_database = os.environ["KARD_DATABASE_URL"]
    with tempfile.TemporaryDirectory(prefix="kard-crash-") as work:
        database = suite_database if suite_database.startswith("postgres") else f"sqlite:{work}/crash.sqlite"
        name = f"CRASH{SESSION_TAG}"
        created = run_cli("issuers", "create", "--name", name, "--json", "--database", database)
        issuer = parse_credentials(created.stdout, name)
        server = Server(database, f"{work}/data", f"{work}/serve.log")
        server.start()
        try:
            token = requests.post(
                f"{server.base}/v2/auth/token",
                json={"client_id": issuer.client_id, "client_secret": issuer.client_secret},
                timeout=HTTP_TIMEOUT,
            ).json()["access_token"]
            users = [f"crash-{uuid.uuid4().hex[:10]}" for _ in range(USERS)]
            enrolled = requests.post(
                f"{server.base}/v2/issuers/{issuer.organization_id}/users",
                json={"data": [{"type": "user", "id": user, "attributes": {"enrolledRewards": ["CARDLINKED"]}}
                               for user in users]},
                headers=bearer(token), timeout=HTTP_TIMEOUT,
            )
            assert enrolled.status_code == 201, enrolled.text

            rng = random.Random(7)
            batches = []
            for number in range(BATCHES):
                batch = []
                for index in range(EVENTS_PER_BATCH):
                    transaction_id = f"crash-{number}-{index}-{uuid.uuid4().hex[:6]}"
                    batch.append(settled_event(f"{transaction_id}-s", rng.choice(users), transaction_id,
                                               rng.randint(500, 40_000)))
                batches.append(batch)
            kill_after = sorted(rng.sample(range(2, BATCHES - 2), KILLS))

            accepted: set[int] = set()
            number = 0
            while number < len(batches):
                try:
                    answer = requests.post(
                        f"{server.base}/v2/issuers/{issuer.organization_id}/transactions",
                        json={"data": batches[number]}, headers=bearer(token), timeout=HTTP_TIMEOUT,
                    )
                    assert answer.status_code == 202, answer.text
                    accepted.add(number)
                    number += 1
                except requests.RequestException:
                    server.start()  # The server died under this request: send the same batch again.
                    continue
                if kill_after and number == kill_after[0]:
                    kill_after.pop(0)
                    # Kill while the server is processing what it just accepted, at a random moment.
                    time.sleep(rng.uniform(0.0, 0.15))
                    server.kill()
                    server.start()
            assert accepted == set(range(BATCHES))

            # Once everything is processed, every purchase has exactly one reward.
            deadline = time.monotonic() + 60
            while True:
                progress = requests.post(f"{server.base}/admin/transactions/process",
                                         headers=bearer(admin_token()), timeout=60).json()
                if progress["pending"] == 0:
                    break
                assert time.monotonic() < deadline, f"events still pending: {progress}"
                time.sleep(0.2)
            expected: dict[str, set[str]] = {user: set() for user in users}
            for batch in batches:
                for event in batch:
                    expected[event["attributes"]["userId"]].add(event["attributes"]["transactionId"])
            for user in users:
                rewarded: list[str] = []
                link = f"/v2/issuers/{issuer.organization_id}/users/{user}/earned-rewards?page[size]=100"
                while link:
                    page = requests.get(f"{server.base}{link}", headers=bearer(token), timeout=HTTP_TIMEOUT)
                    assert page.status_code == 200, page.text
                    body = page.json()
                    rewarded += [item["attributes"]["transactionId"] for item in body["data"]]
                    link = body["links"].get("next")
                assert len(rewarded) == len(set(rewarded)), f"a transaction of {user} was rewarded twice"
                assert set(rewarded) == expected[user], f"{user}: accepted purchases without a reward"
        finally:
            server.stop()
