"""Liveness and readiness as an orchestrator asks them, over loopback, against the real
database and brokers of this machine."""

from __future__ import annotations

import socket

import httpx
import pytest
from sqlalchemy import create_engine

from parceltrail.bootstrap import App
from parceltrail.jobs import readiness

REDIS = "redis://127.0.0.1:6379/0"
RABBITMQ = "amqp://guest:guest@127.0.0.1:5672/"


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_liveness_answers_without_asking_anything_else(http: httpx.Client) -> None:
    answer = http.get("/healthz")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"


@pytest.mark.parametrize("queue_url", [None, REDIS, RABBITMQ])
def test_ready_when_the_database_and_the_broker_answer(
    app: App, http: httpx.Client, queue_url: str | None
) -> None:
    app.settings = app.settings.model_copy(update={"queue_url": queue_url})
    answer = http.get("/readyz")
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "status": "ready",
        "database": "ok",
        "broker": "ok" if queue_url else "not configured",
    }
    assert answer.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("scheme", ["redis", "amqp"])
def test_not_ready_when_the_broker_is_down_and_says_which(
    app: App, http: httpx.Client, closed_port: int, scheme: str
) -> None:
    app.settings = app.settings.model_copy(
        update={"queue_url": f"{scheme}://127.0.0.1:{closed_port}/"}
    )
    answer = http.get("/readyz")
    assert answer.status_code == 503
    body = answer.json()
    assert body["status"] == "not ready"
    assert body["database"] == "ok"
    assert "refused" in body["broker"]


def test_a_port_that_does_not_speak_amqp_is_not_a_broker() -> None:
    state = readiness.broker_state("amqp://127.0.0.1:6379/")  # Redis, not RabbitMQ
    assert state != "ok"


def test_not_ready_when_the_database_is_down_and_says_so(closed_port: int) -> None:
    engine = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{closed_port}/test")
    state = readiness.check(engine, None)
    assert not state.ready
    assert state.database.startswith("the database does not answer")
    engine.dispose()


def test_strangers_hear_only_that_something_failed_not_where() -> None:
    down = readiness.Readiness(
        database="the database does not answer: connection to 10.0.0.5 port 5432 refused",
        broker="not configured",
    )
    told = down.told_to_strangers()
    assert told == readiness.Readiness(database="failed", broker="not configured")
    assert not told.ready
    assert readiness.Readiness("ok", "ok").told_to_strangers() == readiness.Readiness("ok", "ok")
