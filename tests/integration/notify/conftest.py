"""Real receivers on loopback: an aiosmtpd SMTP server and an HTTP webhook receiver.

Each can be taken down and brought back on the same port, to prove that deliveries survive
outages. `napp` is the composition root over each database, wired to them, with a frozen clock.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller

from parceltrail.bootstrap import App, build
from parceltrail.connectors.http import outbound_client
from parceltrail.jobs.runner import InProcessRunner, RunStats


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Inbox:
    """aiosmtpd handler keeping every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"

    def subjects(self) -> list[str]:
        return [str(m["Subject"]) for m in self.messages]


class SmtpServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.inbox = Inbox()
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def up(self) -> None:
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def down(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


class Receiver:
    """An integrator's webhook receiver that de-duplicates on Idempotency-Key."""

    def __init__(self) -> None:
        self.port = free_port()
        self.mode = "ok"  # ok | 500 | redirect
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.processed: dict[str, dict[str, Any]] = {}
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append((dict(self.headers.items()), body))
                if receiver.mode == "redirect":
                    self.send_response(301)
                    self.send_header("Location", "https://elsewhere.example/hooks")
                elif receiver.mode == "500":
                    self.send_response(500)
                else:
                    key = self.headers["Idempotency-Key"]
                    receiver.processed.setdefault(key, json.loads(body))
                    self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        return Handler

    def up(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def down(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.up()
    yield server
    server.down()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    server.up()
    yield server
    server.down()


@pytest.fixture
def napp(app: App, smtp: SmtpServer, clock: Any) -> Iterator[App]:
    """``app`` with mail going to the test SMTP server and short, deterministic retries."""
    settings = app.settings.model_copy(
        update={
            "smtp_url": smtp.url,
            "smtp_timeout_seconds": 2.0,
            "webhook_timeout_seconds": 2.0,
            "job_retry_base_seconds": 10.0,
            "job_max_attempts": 5,
            "webhook_disable_after": 2,
            "webhook_allow_private": True,  # the receiver is on loopback
            "apprise_allow_private": True,  # so is the Apprise channels' receiver
            "secret_key": "test-secret",
        }
    )
    built = build(settings, clock=clock)
    yield built
    built.close()


def run(app: App) -> RunStats:
    return InProcessRunner(app.jobs).run_once()


@contextmanager
def served(app: App) -> Iterator[httpx.Client]:
    """The web app on a real loopback port, with a client pointed at it."""
    import uvicorn

    from parceltrail.web.app import create_app

    port = free_port()
    config = uvicorn.Config(create_app(app), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.01)
    with outbound_client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        yield client
    server.should_exit = True
    thread.join(timeout=10)
