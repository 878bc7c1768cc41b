"""Scores, reasons and ranking of format matches (see ``detect`` for the rules)."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from parceltrail.domain.numbers.matching import FormatMatch
from parceltrail.domain.numbers.model import NumberFormat
from parceltrail.domain.numbers.results import Candidate, Evidence, Status

BASE: Final[dict[Evidence, int]] = {"check_digit": 60, "prefix": 40, "length": 15}
CONFIDENCE_BONUS: Final = {"high": 25, "medium": 12, "low": 0}


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
            scored.append(
                (score, match.fmt.priority, match.carrier, reason, is_strong, evidence, match)
            )
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


def status_of(matches: list[FormatMatch], candidates: tuple[Candidate, ...]) -> Status:
    """detected / ambiguous / no_carrier_data / invalid."""
    if candidates:
        return "detected" if candidates[0].certain else "ambiguous"
    if any(m.check_passed is not False for m in matches):
        return "no_carrier_data"
    return "invalid"


def problem_of(matches: list[FormatMatch]) -> str:
    """Why an input with no valid match is invalid."""
    failed = [m for m in matches if m.check_passed is False]
    if failed:
        return f"the check digit does not match ({failed[0].fmt.name})"
    return "it does not match any known tracking-number format"
