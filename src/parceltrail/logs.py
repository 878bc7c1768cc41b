"""Logs an operator can search: one line per record, as text or JSON, each carrying the id of
the request (or job) it belongs to.

``PARCELTRAIL_LOG_FORMAT=json`` writes one JSON object per line (for a log shipper: Loki,
Elasticsearch, CloudWatch); ``text`` (the default) stays readable in a terminal. The request
id is kept in a context variable, so every record logged while a request is served, in any
layer, carries it without being passed around.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Literal, TextIO

LogFormat = Literal["text", "json"]

request_id: ContextVar[str] = ContextVar("parceltrail_request_id", default="-")
_ACCEPTED_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
# What every LogRecord has: the rest of its attributes are a record's own ``extra`` fields.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "request_id"}


def accepted_request_id(offered: str | None) -> str:
    """The caller's id (a proxy's ``X-Request-ID``) when it is short and plain, else a new one:
    a log line must not carry what a stranger wrote into it."""
    if offered and _ACCEPTED_ID.fullmatch(offered):
        return offered
    return uuid.uuid4().hex


@contextmanager
def bound_request_id(value: str) -> Iterator[None]:
    token = request_id.set(value)
    try:
        yield
    finally:
        request_id.reset(token)


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """A record as one line of JSON: time, level, logger, message, request id, its extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", request_id.get()),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value if isinstance(value, str | int | float | bool) else str(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


TEXT_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(request_id)s] %(message)s"


class StandardError(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is when a record comes, never to a stream that was
    replaced and closed since (a test runner's capture, a daemon's redirection)."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _: TextIO) -> None:
        """The stream is always the current standard error."""


def configure(level: str, form: LogFormat) -> None:
    """Route every logger (uvicorn's and Dramatiq's included) to standard error in ``form``."""
    handler = StandardError()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter() if form == "json" else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "dramatiq"):
        logging.getLogger(name).handlers[:] = []  # theirs would print each line twice
        logging.getLogger(name).propagate = True
    logging.getLogger("pika").setLevel(logging.WARNING)  # every connection step at INFO
