"""Log records as one JSON line each, carrying the request id bound where they were made."""

from __future__ import annotations

import json
import logging

import pytest

from parceltrail.logs import (
    JsonFormatter,
    RequestIdFilter,
    accepted_request_id,
    bound_request_id,
)


def _line(record: logging.LogRecord) -> dict[str, object]:
    RequestIdFilter().filter(record)
    parsed = json.loads(JsonFormatter().format(record))
    assert isinstance(parsed, dict)
    return parsed


def test_a_record_is_one_json_line_with_its_request_id_and_extras() -> None:
    record = logging.makeLogRecord(
        {
            "name": "parceltrail.access",
            "levelname": "INFO",
            "msg": "GET %s 200",
            "args": ("/track",),
            "status": 200,
            "path": "/track",
        }
    )
    with bound_request_id("req-1"):
        line = _line(record)
    assert line["message"] == "GET /track 200"
    assert line["request_id"] == "req-1"
    assert line["level"] == "info"
    assert line["logger"] == "parceltrail.access"
    assert (line["status"], line["path"]) == (200, "/track")
    assert "args" not in line
    assert "msg" not in line


def test_outside_a_request_the_id_is_a_dash_and_a_newline_cannot_split_a_line() -> None:
    record = logging.makeLogRecord({"msg": "carrier said:\nforged line", "levelname": "WARNING"})
    text = JsonFormatter().format(record)
    assert "\n" not in text
    assert _line(record)["request_id"] == "-"


def test_an_exception_is_kept_in_the_line() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record = logging.makeLogRecord({"msg": "failed", "exc_info": sys.exc_info()})
    assert "ValueError: boom" in str(_line(record)["exception"])


@pytest.mark.parametrize("offered", ["abc-123", "9f86d081884c7d65", "lb:1.2.3.4:5"])
def test_a_plain_id_from_the_proxy_is_kept(offered: str) -> None:
    assert accepted_request_id(offered) == offered


@pytest.mark.parametrize("offered", [None, "", "a" * 65, "x\ny", "<script>", "id with space"])
def test_anything_else_gets_a_new_id(offered: str | None) -> None:
    fresh = accepted_request_id(offered)
    assert fresh != offered
    assert len(fresh) == 32
    assert fresh.isalnum()


def test_records_go_to_the_standard_error_of_the_moment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A stream replaced and closed since configuring (a test's capture) is never written."""
    import io

    from parceltrail.logs import StandardError

    handler = StandardError()
    first, second = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stderr", first)
    handler.handle(logging.makeLogRecord({"msg": "one"}))
    first.close()
    monkeypatch.setattr("sys.stderr", second)
    handler.handle(logging.makeLogRecord({"msg": "two"}))
    assert second.getvalue() == "two\n"
