"""The message brokers the Dramatiq tests run on: Redis and RabbitMQ, both real servers.

Each is reachable at its PARCELTRAIL_TEST_*_URL (default: the local server). Where one is
unreachable its cases are skipped, except under CI=true, where they fail: CI runs both.
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import pytest

REDIS_URL = os.environ.get("PARCELTRAIL_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
RABBITMQ_URL = os.environ.get(
    "PARCELTRAIL_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/%2F"
)
BROKERS = ("redis", "rabbitmq")


def _redis_problem(url: str) -> str | None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except Exception as exc:
        return str(exc)
    return None


def _rabbitmq_problem(url: str) -> str | None:
    import pika

    parameters = pika.URLParameters(url)
    parameters.socket_timeout = 3
    parameters.connection_attempts = 1
    try:
        pika.BlockingConnection(parameters).close()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def broker_url(kind: str) -> str:
    """The URL of the ``kind`` broker; skips (fails under CI=true) when it is unreachable."""
    url, problem = (
        (REDIS_URL, _redis_problem(REDIS_URL))
        if kind == "redis"
        else (RABBITMQ_URL, _rabbitmq_problem(RABBITMQ_URL))
    )
    if problem:
        message = f"{kind} at {url} is unreachable: {problem}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (required under CI=true)")
        pytest.skip(message)
    return url


def queue_name() -> str:
    """A queue of this test's own, so parallel runs on one broker do not take each other's."""
    return f"pt-test-{uuid.uuid4().hex[:10]}"


def remove_queue(url: str, name: str) -> None:
    """Delete ``name`` and Dramatiq's delay and dead-letter queues beside it."""
    if url.startswith("amqp"):
        import pika

        connection = pika.BlockingConnection(pika.URLParameters(url))
        channel = connection.channel()
        for each in (name, f"{name}.DQ", f"{name}.XQ"):
            channel.queue_delete(each)
        connection.close()
        return
    import redis

    client: Any = redis.Redis.from_url(url)
    keys = list(client.scan_iter(f"dramatiq:*{name}*"))
    if keys:
        client.delete(*keys)
    client.close()
