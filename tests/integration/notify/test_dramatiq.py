"""Dramatiq workers on a real Redis run the same tasks as the in-process runner."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.storage import jobs_repository as store
from tests import factories
from tests.integration.notify.conftest import SmtpServer

DEFAULT_REDIS = "redis://127.0.0.1:6379/0"


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The Redis server; skipped when unreachable, except under CI=true where it fails."""
    url = os.environ.get("PARCELTRAIL_TEST_REDIS_URL", DEFAULT_REDIS)
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except Exception as exc:
        message = f"Redis at {url} is unreachable: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (required under CI=true)")
        pytest.skip(message)
    return url


@pytest.fixture
def queue(napp: App, redis_url: str) -> Iterator[object]:
    from dramatiq.brokers.redis import RedisBroker

    from parceltrail.jobs.queue import DramatiqQueue

    broker = RedisBroker(url=redis_url, namespace=f"pt-test-{uuid.uuid4().hex[:8]}")
    q = DramatiqQueue(napp.jobs, broker)
    worker = q.worker(threads=4)
    worker.start()
    yield q
    worker.stop()
    broker.flush_all()
    broker.close()


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
        uow.commit()
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
        "Your parcel digest of 2026-11-29: 1 update",
    ]
