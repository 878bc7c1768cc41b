"""Is this process ready for work: can it reach its database and its broker?

Each check is bounded by a short timeout and says what failed in words an operator can act on.
The broker is checked at the protocol level (Redis answers PING; RabbitMQ starts an AMQP
handshake), not only by opening a socket.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import Engine, text

CHECK_TIMEOUT_SECONDS = 2.0
AMQP_PROTOCOL_HEADER = b"AMQP\x00\x00\x09\x01"
AMQP_METHOD_FRAME = 1  # the broker's first frame: connection.start


@dataclass(frozen=True, slots=True)
class Readiness:
    database: str  # "ok", or what failed
    broker: str  # "ok", "not configured" (jobs run in the web process), or what failed

    @property
    def ready(self) -> bool:
        return self.database == "ok" and self.broker in ("ok", "not configured")

    def told_to_strangers(self) -> Readiness:
        """The same verdicts without the reasons, which name internal hosts and ports."""
        return Readiness(_verdict(self.database), _verdict(self.broker))


def _verdict(state: str) -> str:
    return state if state in ("ok", "not configured") else "failed"


def check(engine: Engine, queue_url: str | None) -> Readiness:
    return Readiness(database=database_state(engine), broker=broker_state(queue_url))


def database_state(engine: Engine) -> str:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        return f"the database does not answer: {_first_line(exc)}"
    return "ok"


def broker_state(queue_url: str | None) -> str:
    if not queue_url:
        return "not configured"
    parts = urlsplit(queue_url)
    host = parts.hostname or "localhost"
    try:
        if parts.scheme in ("redis", "rediss"):
            return _redis_state(queue_url)
        return _amqp_state(host, parts.port or 5672)
    except OSError as exc:
        return f"the broker at {host} does not answer: {_first_line(exc)}"


def _redis_state(url: str) -> str:
    import redis

    client = redis.Redis.from_url(
        url, socket_timeout=CHECK_TIMEOUT_SECONDS, socket_connect_timeout=CHECK_TIMEOUT_SECONDS
    )
    try:
        client.ping()
    except redis.RedisError as exc:
        return f"Redis does not answer PING: {_first_line(exc)}"
    finally:
        client.close()
    return "ok"


def _amqp_state(host: str, port: int) -> str:
    with socket.create_connection((host, port), timeout=CHECK_TIMEOUT_SECONDS) as connection:
        connection.sendall(AMQP_PROTOCOL_HEADER)
        first = connection.recv(1)
    if first != bytes([AMQP_METHOD_FRAME]):
        return f"{host}:{port} does not speak AMQP 0-9-1 (answered {first!r})"
    return "ok"


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
