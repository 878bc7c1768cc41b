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

from parceltrail.domain.numbers.detect import MAX_ECHO, _echo, _may_fix
from parceltrail.domain.numbers.directory import CarrierDirectory, load_directory
from parceltrail.domain.numbers.matching import s10_info, s10_service_meaning
from parceltrail.domain.numbers.normalize import MAX_LENGTH, MIN_LENGTH, normalize_parts
from parceltrail.domain.numbers.outcome import (
    ENCODER,
    invalid_message,
    problem_outcome,
    resolve,
    suggestions_of,
)
from parceltrail.domain.numbers.plan import Plan, plan_for

_VALID: Final = {True: ',"valid":true,', False: ',"valid":false,'}


def detect_json_lines(
    lines: Iterable[object], *, directory: CarrierDirectory | None = None
) -> Iterator[str]:
    """One compact JSON string (no newline) per line, equal to ``detect(line).to_dict()``."""
    plan = plan_for(directory or load_directory())
    for line in lines:
        yield json_line(line, plan)


def json_line(text: object, plan: Plan) -> str:
    """The compact JSON of ``detect(text).to_dict()``."""
    if (  # ``normalize_parts``' commonest case, inline: ASCII letters and digits, in bounds
        text.__class__ is str
        and text.isascii()
        and text.isalnum()
        and MIN_LENGTH <= len(text) <= MAX_LENGTH
        and not text.startswith("420")
    ):
        value, routing = text.upper(), None
        head = f'{{"input":"{text}","normalized":"{value}"'  # nothing in them to escape
    else:
        value, problem, routing = normalize_parts(text)
        echo = text if isinstance(text, str) and len(text) <= MAX_ECHO else _echo(text)
        encoded = encode_basestring(echo)
        # an input typed in capitals is its own normalised form: encode it once
        normalized = encoded if value == echo else encode_basestring(value)
        head = f'{{"input":{encoded},"normalized":{normalized}'
        if problem is not None:
            return f'{head},"valid":false,{problem_outcome(problem, plan).json_tail}}}'
    outcome, s10_match, failed = resolve(value, plan)
    if outcome.status == "invalid" and outcome.suggestible and _may_fix(value, failed, plan):
        suggestions = suggestions_of(value, outcome, s10_match, failed, plan)
        if suggestions:  # rare: only the suggestions and the message are encoded here
            before, after = outcome.json_around
            message = ENCODER.encode(invalid_message(outcome, suggestions, plan))
            listed = ENCODER.encode([s.to_dict() for s in suggestions])
            body = f'"valid":false,{before},"suggestions":{listed},"message":{message},{after}'
            return f"{head},{body}" + _extras(s10_match, routing, plan)
    if s10_match is None and routing is None:
        return f"{head}{_VALID[outcome.valid]}{outcome.json_tail}}}"
    return f"{head}{_VALID[outcome.valid]}{outcome.json_tail}" + _extras(s10_match, routing, plan)


def _extras(s10_match: re.Match[str] | None, routing: str | None, plan: Plan) -> str:
    """The optional members (``s10``, ``routing``) and the closing brace."""
    out = "" if s10_match is None else ',"s10":' + s10_json(s10_match, plan)
    if routing is not None:
        out += ',"routing":' + encode_basestring(routing)
    return out + "}"


def s10_json(m: re.Match[str], plan: Plan) -> str:
    """``ENCODER.encode(s10_info(m).to_dict())`` from parts kept per service and per issuer.

    Service, serial, check digit and issuer are normalised letters and digits (nothing to
    escape); what the service and the issuer mean is encoded once per code (at most 26 x 26
    each, so the tables are bounded by the alphabet, not by the inputs)."""
    service, serial, check, issuer = m.group("service", "serial", "check", "country")
    meaning = plan.s10_services_json.get(service)
    if meaning is None:
        meaning = ENCODER.encode(s10_service_meaning(service, plan.directory))
        plan.s10_services_json[service] = meaning
    post = plan.s10_issuers_json.get(issuer)
    if post is None:
        info = s10_info(m, plan.directory).to_dict()
        fields = ("issuer", "operator", "country", "pseudo_code")
        post = ENCODER.encode({k: info[k] for k in fields})[1:-1]
        plan.s10_issuers_json[issuer] = post
    return (
        f'{{"service":"{service}","service_meaning":{meaning},"serial":"{serial}",'
        f'"check":"{check}",{post}}}'
    )
