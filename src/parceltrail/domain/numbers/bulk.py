"""Bulk detection for pipelines: one compact JSON object per input line.

Each line equals ``json.dumps(detect(line).to_dict(), ensure_ascii=False,
separators=(",", ":"))``.  The common cases skip the result objects: the part of the object
that follows from the outcome (carriers, candidates, message, status) is a JSON fragment
derived once per outcome key, and only the input's own strings are encoded per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from typing import Final

from parceltrail.domain.numbers.detect import _echo
from parceltrail.domain.numbers.directory import CarrierDirectory, load_directory
from parceltrail.domain.numbers.matching import s10_info
from parceltrail.domain.numbers.normalize import normalize_parts
from parceltrail.domain.numbers.outcome import (
    ENCODER,
    Outcome,
    invalid_message,
    problem_outcome,
    resolve,
    suggestions_of,
)
from parceltrail.domain.numbers.plan import Plan, plan_for
from parceltrail.domain.numbers.results import Detection, Suggestion

_VALID: Final = {True: ',"valid":true,', False: ',"valid":false,'}


def detect_json_lines(
    lines: Iterable[str], *, directory: CarrierDirectory | None = None
) -> Iterator[str]:
    """One compact JSON string (no newline) per line, equal to ``detect(line).to_dict()``."""
    plan = plan_for(directory or load_directory())
    for line in lines:
        yield json_line(line, plan)


def _with_suggestions(
    text: str,
    value: str,
    routing: str | None,
    outcome: Outcome,
    s10_match: re.Match[str] | None,
    suggestions: tuple[Suggestion, ...],
    plan: Plan,
) -> str:
    """The JSON of an invalid number that has suggestions (what ``detect`` would build)."""
    s10 = s10_info(s10_match, plan.directory) if s10_match is not None else None
    message = invalid_message(outcome, suggestions, plan)
    found = Detection(
        _echo(text),
        value,
        False,
        "invalid",
        outcome.candidates,
        suggestions,
        message,
        s10,
        routing,
        None,
    )
    return ENCODER.encode(found.to_dict())


def json_line(text: str, plan: Plan) -> str:
    """The compact JSON of ``detect(text).to_dict()``."""
    value, problem, routing = normalize_parts(text)
    head = (
        '{"input":' + encode_basestring(_echo(text)) + ',"normalized":' + encode_basestring(value)
    )
    if problem is not None:
        return head + ',"valid":false,' + problem_outcome(problem, plan).json_tail + "}"
    outcome, s10_match, failed = resolve(value, plan)
    if (  # ``worth_suggesting``, inline: this runs once per line
        outcome.status == "invalid"
        and outcome.suggestible
        and (failed or (len(value), value[0]) in plan.fixable)
    ):
        suggestions = suggestions_of(value, outcome, s10_match, failed, plan)
        if suggestions:  # rare: the result object, built from what is already known
            return _with_suggestions(text, value, routing, outcome, s10_match, suggestions, plan)
    out = head + _VALID[outcome.valid] + outcome.json_tail
    if s10_match is not None:
        out += ',"s10":' + ENCODER.encode(s10_info(s10_match, plan.directory).to_dict())
    if routing is not None:
        out += ',"routing":' + encode_basestring(routing)
    return out + "}"
