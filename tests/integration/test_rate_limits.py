"""Rate limiters: in memory, and shared by separate app instances and processes through the
database (SQLite and PostgreSQL) or Redis."""

from __future__ import annotations

import multiprocessing
import os
import uuid
from datetime import timedelta

import pytest

from parceltrail.bootstrap import App, build, build_limiter
from parceltrail.config import Settings
from parceltrail.domain.rate_limits import Limit
from parceltrail.services.rate_limits import InProcessLimiter
from parceltrail.storage.rate_limits_repository import DatabaseLimiter

LIMIT = Limit("test", 10, timedelta(seconds=60))
HOURLY = Limit("test-hourly", 10, timedelta(hours=1))  # a sliding hour: exact across a boundary
REDIS = os.environ.get("PARCELTRAIL_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class Timer:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _second(app: App, backend: str = "database") -> App:
    """Another app instance on the same database: its own engine and limiter."""
    settings = Settings(database_url=app.settings.database_url, rate_limit_backend=backend)
    return build(settings, clock=app.clock)


def test_two_app_instances_share_one_database_limit(app: App) -> None:
    other = _second(app)
    try:
        timer = Timer(6_000.0)  # a window start: nothing before it counts
        first = DatabaseLimiter(app.engine, "s", timer=timer)
        second = DatabaseLimiter(other.engine, "s", timer=timer)
        answers = [(first if n % 2 else second).take("ip:1", LIMIT) for n in range(12)]
        assert answers[:10] == [0.0] * 10
        assert all(wait > 0 for wait in answers[10:])
        assert first.take("ip:2", LIMIT) == 0.0
        timer.now += 60 * 2  # two windows later the count is gone
        assert second.take("ip:1", LIMIT) == 0.0
    finally:
        other.close()


def test_auto_picks_the_database_on_postgres_and_memory_on_sqlite(app: App) -> None:
    limiter = build_limiter(app.settings, app.engine)
    expected = InProcessLimiter if app.engine.dialect.name == "sqlite" else DatabaseLimiter
    assert isinstance(limiter, expected)
    with_redis = app.settings.model_copy(update={"queue_url": "redis://127.0.0.1:6379/3"})
    assert with_redis.limits_backend() == "redis"


def _hammer(url: str, key: str, times: int, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """A separate process with its own app, taking the same key as fast as it can."""
    app = build(Settings(database_url=url, rate_limit_backend="database"))
    try:
        results.put(sum(1 for _ in range(times) if app.limiter.take(key, HOURLY) == 0.0))
    finally:
        app.close()


def test_concurrent_processes_never_take_more_than_the_limit(app: App) -> None:
    key = f"ip:{uuid.uuid4().hex}"
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [
        context.Process(target=_hammer, args=(app.settings.database_url, key, 15, results))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    allowed = [results.get(timeout=5) for _ in workers]
    assert sum(allowed) == 10  # of 30 attempts from two processes, racing


@pytest.fixture
def redis_url() -> str:
    import redis

    try:
        redis.Redis.from_url(REDIS, socket_timeout=2).ping()
    except redis.RedisError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis at {REDIS} is unreachable: {exc} (required under CI=true)")
        pytest.skip(f"Redis at {REDIS} is unreachable: {exc}")
    return REDIS


def test_two_redis_limiters_share_one_limit(redis_url: str) -> None:
    from parceltrail.storage.rate_limits_redis import RedisLimiter

    timer = Timer(6_000.0)
    prefix = f"parceltrail:test:{uuid.uuid4().hex}:"
    first = RedisLimiter(redis_url, "s", timer=timer, prefix=prefix)
    second = RedisLimiter(redis_url, "s", timer=timer, prefix=prefix)
    try:
        answers = [(first if n % 2 else second).take("ip:1", LIMIT) for n in range(12)]
        assert answers[:10] == [0.0] * 10
        assert all(wait > 0 for wait in answers[10:])
        timer.now += 90  # the next window, half through: half the previous one counts
        assert [first.take("ip:1", LIMIT) == 0.0 for _ in range(6)] == [True] * 5 + [False]
    finally:
        first.close()
        second.close()
