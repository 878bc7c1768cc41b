"""`parceltrail worker` processes on each broker: a worker killed mid-job loses nothing.

Two real worker processes share one PostgreSQL database and one queue. The SMTP server holds
every mail's conversation open at MAIL FROM; once the first worker has one there it is killed
with SIGKILL, so its jobs are cut off half-way. They run again on the other worker once their
leases end, and every mail arrives exactly once.

Every mail is held, not only the first: SMTP is at-least-once, and a mail the server accepted
in the moment between the worker's last byte and its recording the delivery as sent is sent
again by whoever takes the job over (with the same Message-ID). Holding only the first let
the killed worker's other thread finish a second mail just before the kill on a loaded machine
(accepted 6 ms before it), which then arrived twice.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.users import Role
from parceltrail.storage import jobs_repository as store
from parceltrail.storage.tables import outbox
from tests import factories
from tests.brokers import BROKERS, broker_url, queue_name, remove_queue
from tests.conftest import empty_postgres
from tests.integration.notify.conftest import Inbox, SmtpServer
from tests.processes import Process, wait_until

pytestmark = pytest.mark.postgres
LEASE_SECONDS = 3


class StallingInbox(Inbox):
    """Holds every MAIL FROM unanswered until released (then refuses those it held); after
    the release mail goes through."""

    def __init__(self) -> None:
        super().__init__()
        self.stalled = threading.Event()
        self.release = threading.Event()

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if not self.release.is_set():
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "421 the sender went away"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"


@pytest.fixture
def stalling_smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.inbox = StallingInbox()
    server.up()
    yield server
    server.inbox.release.set()  # type: ignore[attr-defined]
    server.down()


@pytest.fixture
def pg_app(postgres_url: str) -> Iterator[App]:
    """The composition root on the session's PostgreSQL schema, emptied, on the real clock."""
    built = build(Settings(database_url=postgres_url))
    empty_postgres(built)
    yield built
    built.close()


@pytest.mark.parametrize("broker", BROKERS)
def test_a_worker_killed_mid_job_loses_and_doubles_nothing(
    broker: str, pg_app: App, postgres_url: str, stalling_smtp: SmtpServer, tmp_path: Path
) -> None:
    url, name = broker_url(broker), queue_name()
    env = {
        "PARCELTRAIL_DATABASE_URL": postgres_url,
        "PARCELTRAIL_QUEUE_URL": url,
        "PARCELTRAIL_QUEUE_NAME": name,
        "PARCELTRAIL_SMTP_URL": stalling_smtp.url,
        "PARCELTRAIL_SMTP_TIMEOUT_SECONDS": "60",
        "PARCELTRAIL_JOB_LEASE_SECONDS": str(LEASE_SECONDS),
        "PARCELTRAIL_JOB_POLL_SECONDS": "0.2",
        "PARCELTRAIL_SECRET_KEY": "test-secret",
    }
    inbox: Any = stalling_smtp.inbox
    seller = factories.user(pg_app, "seller@example.com", Role.SELLER)
    factories.shipped(pg_app, seller, "1Z999AA10123456784")
    first = Process(["worker", "--threads", "2"], env, tmp_path / "worker-1.log")
    workers = [first]
    try:
        wait_until(
            inbox.stalled.is_set, timeout=60, what="a worker to start a mail", processes=workers
        )
        first.kill()
        inbox.release.set()
        workers.append(Process(["worker", "--threads", "2"], env, tmp_path / "worker-2.log"))
        wait_until(  # a third mail ends the wait at once: the assertion below names it
            lambda: (
                len(inbox.messages) > 2
                or (len(inbox.messages) == 2 and store.counts(pg_app.engine) == {"done": 5})
            ),
            timeout=60,
            what="both mails and every job done",
            processes=workers,
            state=lambda: f"jobs {store.counts(pg_app.engine)}, mails {inbox.subjects()}",
        )
        _quiet_for(seconds=LEASE_SECONDS + 1)  # a doubled job would send in this time
    finally:
        for worker in workers:
            worker.stop()
        remove_queue(url, name)
    assert sorted(inbox.subjects()) == [
        "Order R-1 confirmed",
        "Your order R-1 has shipped: 1Z999AA10123456784",
    ]
    # The cut-off job ran again (both mails' jobs, when the killed worker held both), and no
    # mail arrived twice.
    assert max(_attempts_of_sends(pg_app)) >= 2


def _quiet_for(*, seconds: float) -> None:
    threading.Event().wait(seconds)


def _attempts_of_sends(app: App) -> list[int]:
    with app.engine.connect() as connection:
        rows = connection.execute(
            select(outbox.c.attempts).where(outbox.c.topic == "delivery.send")
        ).scalars()
        return sorted(rows)
