"""Dramatiq workers on real Redis and RabbitMQ run the same tasks as the in-process runner."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.storage import jobs_repository as store
from tests import factories
from tests.brokers import BROKERS, broker_url, queue_name, remove_queue
from tests.integration.notify.conftest import SmtpServer


@pytest.fixture(params=BROKERS)
def queue(request: pytest.FixtureRequest, napp: App) -> Iterator[object]:
    """Dramatiq workers in this process, on a queue of the test's own on each broker."""
    from parceltrail.jobs.queue import DramatiqQueue, build_broker

    url = broker_url(request.param)
    name = queue_name()
    broker = build_broker(url)
    q = DramatiqQueue(napp.jobs, broker, queue_name=name)
    worker = q.worker(threads=4)
    worker.start()
    yield q
    worker.stop()
    broker.close()
    remove_queue(url, name)


def _wait_until(check, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def test_dramatiq_delivers_dispatch_mail_once(napp: App, smtp: SmtpServer, queue) -> None:
    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    factories.shipped(napp, seller, "1Z999AA10123456784")
    relayed = 0
    deadline = time.monotonic() + 20
    # 4 jobs for the two mails (fan-out and send each), and the health sweep's "not active
    # yet" notice, which only outbound webhooks receive.
    while store.counts(napp.engine) != {"done": 5} and time.monotonic() < deadline:
        relayed += queue.relay_once()  # type: ignore[attr-defined]
        time.sleep(0.05)
    _wait_until(lambda: len(smtp.inbox.messages) == 2)
    assert relayed == 5
    assert sorted(smtp.inbox.subjects())[0] == "Order R-1 confirmed"
    queue.relay_once()  # type: ignore[attr-defined]
    time.sleep(0.2)
    assert len(smtp.inbox.messages) == 2


def test_dramatiq_sends_the_daily_digest_once(napp: App, smtp: SmtpServer, queue, clock) -> None:
    from parceltrail.services import preferences

    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    buyer = factories.user(napp, "buyer@example.com", Role.BUYER)
    with napp.uow() as uow:
        preferences.save_preferences(
            uow=uow,
            user=buyer,
            choices=preferences.Choices(mode="digest"),
            checker=napp.channels,
            now=clock.now,
        )
    factories.shipped(napp, seller, "1Z999AA10123456784")

    def relay_until_idle() -> None:
        deadline = time.monotonic() + 20
        while set(store.counts(napp.engine)) != {"done"} and time.monotonic() < deadline:
            queue.relay_once()  # type: ignore[attr-defined]
            time.sleep(0.05)

    relay_until_idle()  # the dispatch is held for the digest
    clock.advance(hours=23)  # the next day's digest hour has passed
    for _ in range(2):  # the relay runs the digest sweep; a second period sends nothing new
        clock.advance(minutes=20)
        queue.relay_once()  # type: ignore[attr-defined]
        relay_until_idle()
    _wait_until(lambda: len(smtp.inbox.messages) == 2)
    time.sleep(0.2)
    assert sorted(smtp.inbox.subjects()) == [
        "Order R-1 confirmed",
        "Your parcel digest of Nov 29, 2026: 1 update",
    ]
