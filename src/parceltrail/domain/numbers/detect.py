"""Detect the carrier of a tracking number: ranked candidates, each with a score and reason.

Scoring (0-100): evidence base (check digit 60, literal prefix 40, length only 15), plus the
format's confidence (high 25, medium 12, low 0), plus 10 for a check digit behind a literal
prefix or S10 suffix, plus 5 for a prefix no other carrier uses, plus the format's priority
(-5..5) as a tie-breaker.  A candidate is ``certain`` only when it is the best, its format is
of high confidence, its evidence is strong (a check digit behind a literal, a check digit over
12+ characters, or a unique prefix) and no other carrier has check-digit or prefix evidence.
A length-only match is never certain.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, NamedTuple

from parceltrail.domain.numbers.directory import CarrierDirectory, load_directory
from parceltrail.domain.numbers.matching import FormatMatch, decode_s10, match_formats
from parceltrail.domain.numbers.messages import detection_message
from parceltrail.domain.numbers.model import NumberFormat
from parceltrail.domain.numbers.normalize import normalize
from parceltrail.domain.numbers.results import (
    Candidate,
    Detection,
    Evidence,
    S10Info,
    Status,
    Suggestion,
)
from parceltrail.domain.numbers.suggest import suggest

BASE: Final[dict[Evidence, int]] = {"check_digit": 60, "prefix": 40, "length": 15}
CONFIDENCE_BONUS: Final = {"high": 25, "medium": 12, "low": 0}
MAX_ECHO: Final = 120
CACHE_SIZE: Final = 16_384


class _Analysis(NamedTuple):
    status: Status
    candidates: tuple[Candidate, ...]
    suggestions: tuple[Suggestion, ...]
    message: str
    s10: S10Info | None


def evidence_of(match: FormatMatch) -> Evidence:
    """The strongest evidence a valid match offers."""
    if match.check_passed:
        return "check_digit"
    if match.fmt.has_literal:
        return "prefix"
    return "length"


def score_of(fmt: NumberFormat, evidence: Evidence) -> int:
    """Score of a valid match, following the module docstring."""
    score = BASE[evidence] + CONFIDENCE_BONUS[fmt.confidence]
    if evidence == "check_digit" and fmt.has_literal:
        score += 10
    if fmt.unique_prefix:
        score += 5
    score += max(-5, min(5, fmt.priority))
    return max(0, min(100, score))


def reason_of(fmt: NumberFormat, evidence: Evidence) -> str:
    """Why a candidate of this format was proposed, in a few words."""
    literal = f"{'unique ' if fmt.unique_prefix else ''}prefix {'/'.join(fmt.prefixes)}"
    if evidence == "check_digit":
        text = f"check digit passed ({fmt.check.algorithm if fmt.check else '?'})"
        return f"{text}; {literal}" if fmt.prefixes else text
    if evidence == "prefix":
        return f"{literal}; this format has no check digit"
    return "length and character pattern only; no check digit"


def strong(fmt: NumberFormat, evidence: Evidence) -> bool:
    """Whether this evidence from this format may make a candidate certain."""
    if fmt.confidence != "high":
        return False
    if evidence == "check_digit":
        return fmt.has_literal or fmt.min_length >= 12
    return evidence == "prefix" and fmt.unique_prefix


@lru_cache(maxsize=1024)
def _profile(fmt: NumberFormat, evidence: Evidence) -> tuple[int, str, bool]:
    """Score, reason and strength of a (format, evidence) pair, computed once."""
    return score_of(fmt, evidence), reason_of(fmt, evidence), strong(fmt, evidence)


def rank(matches: list[FormatMatch]) -> tuple[Candidate, ...]:
    """Candidates from valid carrier matches, best first, one per carrier."""
    scored: list[tuple[int, int, str, str, bool, Evidence, FormatMatch]] = []
    for match in matches:
        if match.check_passed is not False and match.carrier:
            evidence = evidence_of(match)
            score, reason, is_strong = _profile(match.fmt, evidence)
            if match.fmt.scheme == "s10":
                reason = f"S10 check digit passed; {match.note}"
            scored.append((score, match.fmt.priority, match.carrier, reason, is_strong, evidence,
                           match))
    if len(scored) > 1:
        scored.sort(key=lambda t: (-t[0], -t[1], t[2]))
    out: list[Candidate] = []
    seen: set[str] = set()
    for score, _, carrier, reason, is_strong, evidence, match in scored:
        if carrier in seen:
            continue
        seen.add(carrier)
        certain = not out and is_strong and _alone(carrier, scored)
        out.append(Candidate(carrier, match.fmt.id, score, reason, certain, evidence))
    return tuple(out)


def _alone(best: str, scored: list[tuple[int, int, str, str, bool, Evidence, FormatMatch]]) -> bool:
    """No other carrier has check-digit or prefix evidence."""
    return all(t[2] == best or t[5] == "length" for t in scored)


def _echo(text: object) -> str:
    value = text if isinstance(text, str) else repr(text)
    return value if len(value) <= MAX_ECHO else value[:MAX_ECHO] + "…"


def detect(text: str, *, directory: CarrierDirectory | None = None) -> Detection:
    """Ranked carrier candidates for one tracking number as a person typed it."""
    if directory is None and isinstance(text, str) and len(text) <= MAX_ECHO:
        return _detect_cached(text)
    return _detect(text, directory or load_directory())


@lru_cache(maxsize=CACHE_SIZE)
def _detect_cached(text: str) -> Detection:
    """Detections of short inputs with the packaged directory (results are immutable)."""
    return _detect(text, load_directory())


def clear_caches() -> None:
    """Forget cached detections (benchmarks measuring first sight use this)."""
    _detect_cached.cache_clear()
    analyse.cache_clear()


def _detect(text: str, directory: CarrierDirectory) -> Detection:
    norm = normalize(text)
    if norm.problem is not None:
        message = detection_message("invalid", (), (), norm.problem, directory)
        return Detection(_echo(text), norm.value, False, "invalid", (), (), message)
    found = analyse(norm.value, directory)
    return Detection(_echo(text), norm.value, found.status != "invalid", found.status,
                     found.candidates, found.suggestions, found.message, found.s10, norm.routing)


@lru_cache(maxsize=CACHE_SIZE)
def analyse(value: str, directory: CarrierDirectory) -> _Analysis:
    """Detection of a normalised number (cached: results depend only on value and directory)."""
    matches = match_formats(value, directory)
    candidates = rank(matches)
    s10 = decode_s10(value, directory) if any(m.fmt.scheme == "s10" for m in matches) else None
    status = _status(matches, candidates)
    suggestions = suggest(value, matches, directory) if status == "invalid" else ()
    problem = _problem(matches) if status == "invalid" else None
    message = detection_message(status, candidates, suggestions, problem, directory, s10)
    return _Analysis(status, candidates, suggestions, message, s10)


def _status(matches: list[FormatMatch], candidates: tuple[Candidate, ...]) -> Status:
    if candidates:
        return "detected" if candidates[0].certain else "ambiguous"
    if any(m.check_passed is not False for m in matches):
        return "no_carrier_data"
    return "invalid"


def _problem(matches: list[FormatMatch]) -> str:
    """Why an input with no valid match is invalid."""
    failed = [m for m in matches if m.check_passed is False]
    if failed:
        return f"the check digit does not match ({failed[0].fmt.name})"
    return "it does not match any known tracking-number format"
