"""The detection hot path: match a normalised number, then look up what follows.

Matching yields an *outcome key*: for each format that matched, its index and check verdict
(and for S10 numbers the issuer code and the carrier it maps to).  Candidates, status,
message and the JSON fragment follow from the key alone, so they are derived once per key
(a bounded table of directory-shaped keys, never of inputs) by the ordinary ranking code.
What depends on the input itself (the echo, the S10 serial, suggestions) is built per call.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final, NamedTuple

from parceltrail.domain.numbers.matching import (
    FormatMatch,
    match_formats,
    s10_info,
    s10_note,
    shared_matches,
)
from parceltrail.domain.numbers.messages import detection_message, with_suggestion
from parceltrail.domain.numbers.plan import Plan
from parceltrail.domain.numbers.ranking import (
    VALID_STATUSES,
    evidence_for,
    problem_of,
    rank,
    status_of,
)
from parceltrail.domain.numbers.results import Candidate, Evidence, S10Info, Status, Suggestion
from parceltrail.domain.numbers.suggest import (
    could_suggest,
    s10_near_miss_suggestions,
    suggest,
)

ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_NOTHING: Final = object()  # no test or verifier asked yet (None is "no check digit")
Key = tuple[tuple[Any, ...], ...]


class Outcome(NamedTuple):
    """What follows from an outcome key (for invalid numbers: before any suggestion)."""

    status: Status
    candidates: tuple[Candidate, ...]
    message: str
    problem: str | None
    json_tail: str  # '"carriers":...,"warnings":[...]' with no suggestions
    valid: bool
    evidence: Evidence | None
    # False when the key alone rules out every suggestion: each failed check digit is an S10
    # number's under an issuer code no carrier is known for (no fix keeping it has a carrier)
    suggestible: bool = True
    # (format index, issuer's carrier) when the only failed check is one S10 number's under a
    # known issuer: its fixes follow from that match alone (see ``suggestions_of``)
    s10_fix: tuple[int, str] | None = None
    # ``json_tail`` around its suggestions and message: '"carriers":...,"candidates":[...]' and
    # '"status":...,"warnings":[...]', so a line with suggestions encodes only those
    json_around: tuple[str, str] = ("", "")


def match_key(value: str, plan: Plan) -> tuple[Key, re.Match[str] | None, bool]:
    """(outcome key, the first S10 match, whether a check digit failed) for a number."""
    group = plan.by_length.get(len(value))
    entries = group.get(value[0]) if group is not None else None
    if not entries:
        return (), None, False
    key: list[tuple[Any, ...]] = []
    s10_match: re.Match[str] | None = None
    failed = False
    # formats of one shape share a test (and alike checks a verifier, ``plan``): one standing
    # right after its twin reuses the twin's answer
    last_match: object = _NOTHING
    last_verify: object = _NOTHING
    m: Any = None
    passed: bool | None = None
    for match, verify, parts, is_s10 in entries:
        if match is not last_match:
            last_match, last_verify = match, _NOTHING
            m = match(value)
        if m is None:
            continue
        if verify is not last_verify:
            last_verify = verify
            passed = None if verify is None else verify(m)
        if passed is False:
            failed = True
        if is_s10:
            s10_match = s10_match or m
            key.append((*parts[passed], *_s10_key(m, plan)))
        else:
            key.append(parts[passed])
    return tuple(key), s10_match, failed


def resolve(value: str, plan: Plan) -> tuple[Outcome, re.Match[str] | None, bool]:
    """(outcome, the first S10 match, whether a check digit failed) of a normalised number.

    ``match_key`` and the outcome of its key (derived by the ranking code on first sight of the
    key) in one call, with the no-format and single-format cases taken without building a key
    list (the hot path of ``detect`` and bulk lines).
    """
    group = plan.by_length.get(len(value))
    entries = group.get(value[0]) if group is not None else None
    found: Outcome | None
    if not entries:
        found = plan.no_match
        if found is None:
            found = plan.no_match = _derive((), plan, None)
        return found, None, False
    key: Key
    s10_match: re.Match[str] | None = None
    failed = False
    if len(entries) == 1:
        match, verify, parts, is_s10 = entries[0]
        m = match(value)
        if m is None:
            key = ()
        else:
            passed = None if verify is None else verify(m)
            failed = passed is False
            if is_s10:
                s10_match = m
                key = ((*parts[passed], *_s10_key(m, plan)),)
            else:
                key = (parts[passed],)
    else:
        key, s10_match, failed = match_key(value, plan)
    found = plan.outcomes.get(key)
    if found is None:
        s10 = s10_info(s10_match, plan.directory) if s10_match is not None else None
        found = plan.remember(key, _derive(key, plan, s10))
    return found, s10_match, failed


def _s10_key(m: re.Match[str], plan: Plan) -> tuple[str, str]:
    code = m.group("country")
    post = plan.directory.s10_posts.get(code)
    return code, post.carrier_for(m.group("service")) if post is not None else ""


def _derive(key: Key, plan: Plan, s10: S10Info | None) -> Outcome:
    primary = [_as_match(part, plan) for part in key]
    matches = [*primary, *(s for m in primary for s in shared_matches(m, plan.directory))]
    candidates = rank(matches, plan.directory.volumes)
    status = status_of(matches, candidates)
    problem = problem_of(matches) if status == "invalid" else None
    message = detection_message(status, candidates, (), problem, plan.directory, s10)
    evidence = evidence_for(status, matches, candidates)
    around = _around(status, candidates, evidence)
    tail = _joined(around, message)
    valid = status in VALID_STATUSES
    fix = _s10_fix(key, primary)
    return Outcome(
        status,
        candidates,
        message,
        problem,
        tail,
        valid,
        evidence,
        _suggestible(matches),
        fix,
        around,
    )


def _s10_fix(key: Key, matches: list[FormatMatch]) -> tuple[int, str] | None:
    failed = [(part, m) for part, m in zip(key, matches, strict=True) if m.check_passed is False]
    if len(failed) != 1:
        return None
    part, m = failed[0]
    return (part[0], m.carrier) if m.fmt.scheme == "s10" and m.carrier else None


def _suggestible(matches: list[FormatMatch]) -> bool:
    """Whether a suggestion could exist for a number with these matches (see ``suggest``)."""
    failed = [m for m in matches if m.check_passed is False]
    return not failed or any(m.carrier or m.fmt.scheme != "s10" for m in failed)


def _as_match(part: tuple[Any, ...], plan: Plan) -> FormatMatch:
    fmt = plan.formats[part[0]]
    if len(part) == 2:
        return FormatMatch(fmt, fmt.carrier, part[1])
    return FormatMatch(
        fmt, part[3], part[1], note=s10_note(part[2], plan.directory), issuer=part[2]
    )


def problem_outcome(problem: str, plan: Plan) -> Outcome:
    """The outcome of an input normalisation rejected (empty, too short...)."""
    found: Outcome | None = plan.problems.get(problem)
    if found is None:
        message = detection_message("invalid", (), (), problem, plan.directory)
        around = _around("invalid", (), None)
        found = Outcome(
            "invalid",
            (),
            message,
            problem,
            _joined(around, message),
            False,
            None,
            True,
            None,
            around,
        )
        plan.problems[problem] = found
    return found


def _around(
    status: Status, candidates: tuple[Candidate, ...], evidence: Evidence | None
) -> tuple[str, str]:
    """The JSON members before the suggestions and after the message (see ``Outcome``)."""
    before = {
        "carriers": list(dict.fromkeys(c.carrier for c in candidates)),
        "candidates": [c.to_dict() for c in candidates],
    }
    after = {
        "status": status,
        "evidence": evidence,
        "warnings": list(dict.fromkeys(c.warning for c in candidates if c.warning)),
    }
    return ENCODER.encode(before)[1:-1], ENCODER.encode(after)[1:-1]


def _joined(around: tuple[str, str], message: str) -> str:
    """'"carriers":...,"warnings":[...]' with no suggestions."""
    return f'{around[0]},"suggestions":[],"message":{ENCODER.encode(message)},{around[1]}'


def worth_suggesting(value: str, outcome: Outcome, failed: bool, plan: Plan) -> bool:
    """Whether ``suggestions_for`` might find anything (the cheap screens, no matching)."""
    if outcome.status != "invalid" or not outcome.suggestible:
        return False
    return failed or (len(value), value[0]) in plan.fixable


def suggestions_of(
    value: str, outcome: Outcome, s10_match: re.Match[str] | None, failed: bool, plan: Plan
) -> tuple[Suggestion, ...]:
    """``suggestions_for``, taking an S10 near miss straight from its match."""
    fix = outcome.s10_fix
    if fix is not None and s10_match is not None:
        return s10_near_miss_suggestions(value, s10_match, plan.formats[fix[0]], fix[1], plan)
    return suggestions_for(value, failed, plan)


def suggestions_for(value: str, failed: bool, plan: Plan) -> tuple[Suggestion, ...]:
    """Suggestions for an invalid number (cheap when no confusable can help)."""
    if value.isdigit() or (not failed and not could_suggest(value, plan)):
        return ()
    directory = plan.directory
    return suggest(value, match_formats(value, directory), directory)


def invalid_message(outcome: Outcome, suggestions: tuple[Suggestion, ...], plan: Plan) -> str:
    """The message of an invalid number once its suggestions are known."""
    if not suggestions:
        return outcome.message
    return with_suggestion(outcome.message, suggestions[0], plan.directory)
