"""The one HTTP door karrio goes through, so a poll can be bounded, watched and recorded.

karrio sends every carrier request through ``urlopen`` as imported in
``karrio.core.utils.helpers``, with no timeout unless a carrier module passes one, and it
turns HTTP failures into parsed "messages" without their status. ``install`` replaces that
name once with ``_open``, which

- gives every request a timeout (``set_timeout``), so a carrier that hangs cannot hold a
  polling thread forever;
- notes each exchange's URL, status and ``Retry-After`` (or the transport error) for the
  ``capture`` in progress on that host, so the client can tell "the carrier is down" (5xx,
  429, timeout) and "refused our credentials" (401/403) from "this number is unknown";
- sends the request through ``_opener``: ``urllib.request.urlopen`` in production, a
  recorded carrier in the tests (``use_opener``).

Requests from one carrier run in karrio's own threads, so exchanges are matched to a
capture by host, and captures on one host take turns (``capture`` holds the host's lock).
"""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urlsplit

Opener = Callable[..., Any]

DEFAULT_TIMEOUT = 20.0


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request karrio made: its URL and the HTTP status, or the transport error."""

    url: str
    status: int | None = None
    retry_after: float | None = None
    error: str | None = None


@dataclass
class Capture:
    host: str
    exchanges: list[Exchange] = field(default_factory=list)


_state_lock = threading.Lock()
_host_locks: dict[str, threading.Lock] = {}
_captures: dict[str, Capture] = {}
_opener: Opener = urllib.request.urlopen
_timeout = DEFAULT_TIMEOUT
_installed = False


def install() -> None:
    """Route karrio's HTTP through ``_open`` (idempotent)."""
    global _installed
    import karrio.core.utils.helpers as helpers

    with _state_lock:
        if not _installed:
            helpers.urlopen = _open
            _installed = True


def set_timeout(seconds: float) -> None:
    global _timeout
    _timeout = seconds


@contextmanager
def use_opener(opener: Opener) -> Iterator[None]:
    """Send karrio's requests to ``opener`` inside the block (tests: a recorded carrier)."""
    global _opener
    previous = _opener
    _opener = opener
    try:
        yield
    finally:
        _opener = previous


@contextmanager
def capture(host: str) -> Iterator[Capture]:
    """Collect the exchanges with ``host`` made inside the block; one block per host at once."""
    with _state_lock:
        lock = _host_locks.setdefault(host, threading.Lock())
    with lock:
        record = Capture(host)
        with _state_lock:
            _captures[host] = record
        try:
            yield record
        finally:
            with _state_lock:
                _captures.pop(host, None)


def _note(url: str, exchange: Exchange) -> None:
    with _state_lock:
        record = _captures.get(urlsplit(url).hostname or "")
        if record is not None:
            record.exchanges.append(exchange)


def _open(request: Any, timeout: float | None = None, **kwargs: Any) -> Any:
    url = request.full_url if isinstance(request, urllib.request.Request) else str(request)
    limit = timeout if timeout else _timeout
    try:
        response = _opener(request, timeout=limit, **kwargs)
    except HTTPError as exc:
        _note(url, Exchange(url, status=exc.code, retry_after=_retry_after(exc.headers)))
        raise
    except (TimeoutError, OSError) as exc:  # URLError and socket errors are OSErrors
        _note(url, Exchange(url, error=f"{type(exc).__name__}: {exc}"[:200]))
        raise
    _note(url, Exchange(url, status=getattr(response, "status", 200)))
    return response


def _retry_after(headers: Any) -> float | None:
    value = headers.get("Retry-After", "") if headers is not None else ""
    return float(value) if isinstance(value, str) and value.isdigit() else None
