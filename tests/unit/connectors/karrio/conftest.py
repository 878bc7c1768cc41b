"""A recorded carrier behind karrio's HTTP door, with the network shut.

karrio runs for real: its proxies build the requests, its ``lib.request`` handles statuses
and retries, its parsers read the recorded bodies. Only ``urlopen`` is replaced, through
``_transport.use_opener``, by ``RecordedCarrier``, which answers from files under
tests/data/karrio/ by method and URL and records what was asked. Every socket connect
raises, so a request that escapes the recording fails loudly instead of reaching a carrier.

The tests skip when karrio is not installed, except under CI=true, where they fail.
"""

from __future__ import annotations

import importlib.util
import io
import os
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.request import Request

import pytest

DATA = Path(__file__).parents[3] / "data" / "karrio"

# find_spec, not an import: parceltrail imports karrio itself, quietly (see load_karrio)
needs_karrio = pytest.mark.skipif(
    os.environ.get("CI") != "true" and importlib.util.find_spec("karrio") is None,
    reason="karrio is not installed (extra 'karrio'); under CI=true these tests fail instead",
)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    raises: BaseException | None = None


def recorded(name: str, status: int = 200, **headers: str) -> Reply:
    return Reply(status, (DATA / name).read_bytes(), headers)


class _Response(io.BytesIO):
    def __init__(self, reply: Reply, url: str) -> None:
        super().__init__(reply.body)
        self.status = reply.status
        self.url = url
        self.headers = _headers(reply.headers)


def _headers(values: dict[str, str]) -> Message:
    message = Message()
    for name, value in values.items():
        message[name] = value
    return message


class RecordedCarrier:
    """Answers karrio's requests from recordings: ``on("GET", r"/track/...", reply)``."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern[str], list[Reply]]] = []
        self.requests: list[tuple[str, str]] = []
        self.unexpected: list[str] = []

    def on(self, method: str, url_pattern: str, *replies: Reply) -> RecordedCarrier:
        """Answer matching requests with ``replies`` in turn, the last one repeating."""
        self.routes.append((method, re.compile(url_pattern), list(replies)))
        return self

    def __call__(self, request: Request, timeout: float | None = None, **_: Any) -> Any:
        assert timeout, "karrio requests must carry a timeout"
        method, url = request.get_method(), request.full_url
        self.requests.append((method, url))
        for wanted, pattern, replies in self.routes:
            if wanted == method and pattern.search(url):
                reply = replies.pop(0) if len(replies) > 1 else replies[0]
                return self._answer(reply, url)
        self.unexpected.append(f"{method} {url}")
        raise HTTPError(url, 599, "no recording for this request", _headers({}), io.BytesIO())

    @staticmethod
    def _answer(reply: Reply, url: str) -> Any:
        if reply.raises is not None:
            raise reply.raises
        if reply.status >= 400:
            headers = _headers(reply.headers)
            raise HTTPError(url, reply.status, "recorded error", headers, io.BytesIO(reply.body))
        return _Response(reply, url)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: socket.socket, address: Any) -> None:
        raise OSError(f"network blocked in tests: connect to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.fixture
def carrier(no_network: None) -> Iterator[RecordedCarrier]:
    from parceltrail.connectors.karrio import _transport, load_karrio

    load_karrio("usps", "karrio-usps")  # installs the transport
    recording = RecordedCarrier()
    with _transport.use_opener(recording):
        yield recording
    assert not recording.unexpected, f"requests without a recording: {recording.unexpected}"
