"""Bulk detection for pipelines: one compact JSON object per input line.

Each line equals ``json.dumps(detect(line).to_dict(), ensure_ascii=False,
separators=(",", ":"))``.  The common cases skip the result objects: the part of the object
that follows from the outcome (carriers, candidates, message, status) is a JSON fragment
derived once per outcome key, and only the input's own strings are encoded per line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from typing import Final

from parceltrail.domain.numbers.detect import _echo, detect_with
from parceltrail.domain.numbers.directory import CarrierDirectory, load_directory
from parceltrail.domain.numbers.matching import s10_info
from parceltrail.domain.numbers.normalize import normalize_parts
from parceltrail.domain.numbers.outcome import (
    ENCODER,
    problem_outcome,
    resolve,
    suggestions_for,
)
from parceltrail.domain.numbers.plan import Plan, plan_for

_VALID: Final = {True: ',"valid":true,', False: ',"valid":false,'}


def detect_json_lines(
    lines: Iterable[str], *, directory: CarrierDirectory | None = None
) -> Iterator[str]:
    """One compact JSON string (no newline) per line, equal to ``detect(line).to_dict()``."""
    plan = plan_for(directory or load_directory())
    for line in lines:
        yield json_line(line, plan)


def json_line(text: str, plan: Plan) -> str:
    """The compact JSON of ``detect(text).to_dict()``."""
    value, problem, routing = normalize_parts(text)
    head = (
        '{"input":' + encode_basestring(_echo(text)) + ',"normalized":' + encode_basestring(value)
    )
    if problem is not None:
        return head + ',"valid":false,' + problem_outcome(problem, plan).json_tail + "}"
    outcome, s10_match, failed = resolve(value, plan)
    if outcome.status == "invalid" and suggestions_for(value, failed, plan):
        return ENCODER.encode(detect_with(text, plan).to_dict())  # rare: the general path
    out = head + _VALID[outcome.valid] + outcome.json_tail
    if s10_match is not None:
        out += ',"s10":' + ENCODER.encode(s10_info(s10_match, plan.directory).to_dict())
    if routing is not None:
        out += ',"routing":' + encode_basestring(routing)
    return out + "}"
