"""Scores, reasons and ranking of format matches (see ``detect`` for the rules)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from parceltrail.domain.numbers.matching import FormatMatch
from parceltrail.domain.numbers.model import NumberFormat
from parceltrail.domain.numbers.results import CHECK_DIGIT_MISMATCH, Candidate, Evidence, Status

BASE: Final[dict[Evidence, int]] = {"check_digit": 60, "unique_prefix": 40, "shape": 15}
CONFIDENCE_BONUS: Final = {"high": 25, "medium": 12, "low": 0}
EVIDENCE_ORDER: Final[tuple[Evidence, ...]] = ("check_digit", "unique_prefix", "shape")
CONFIDENCE_ORDER: Final[tuple[str, ...]] = ("high", "medium", "low")
# A check digit with no literal prefix is strong evidence only over this many characters.
STRONG_CHECK_LENGTH: Final = 12
MISMATCH_PENALTY: Final = 30  # a prefix whose check digit fails ranks below every valid match
VALID_STATUSES: Final = frozenset({"detected", "ambiguous", "no_carrier_data"})
Scored = tuple[int, int, str, str, bool, Evidence, FormatMatch]
NO_VOLUMES: Final[Mapping[str, int]] = {}


def order(
    score: int,
    priority: int,
    evidence: Evidence,
    confidence: str,
    volume: int,
    carrier: str,
    *,
    shared: bool = False,
) -> tuple[int, int, int, int, bool, int, str]:
    """Sort key of candidates, best first: the one ranking rule (docs/numbers.md).

    Score, then the format's priority, then the stronger evidence and the higher confidence
    (equal scores can come from different parts of the formula); then an S10 issuer's own
    carrier before an operator that also issues numbers under its code (``shared``); only
    candidates equal in all of those are ordered by the prior, the carrier's published parcels
    a year (``volume``, a carrier without a figure counts 0, after every carrier with one); the
    carrier code last keeps the order stable where the prior cannot tell (no figure on either
    side).
    """
    return (
        -score,
        -priority,
        EVIDENCE_ORDER.index(evidence),
        CONFIDENCE_ORDER.index(confidence),
        shared,
        -volume,
        carrier,
    )


def evidence_of(match: FormatMatch) -> Evidence:
    """The strongest evidence a valid match offers."""
    if match.check_passed:
        return "check_digit"
    if match.fmt.has_literal:
        return "unique_prefix"
    return "shape"


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
    if evidence == "unique_prefix":
        return f"{literal}; this format has no check digit"
    return "length and character pattern only; no check digit"


def strong(fmt: NumberFormat, evidence: Evidence) -> bool:
    """Whether this evidence from this format may make a candidate certain."""
    if fmt.confidence != "high":
        return False
    if evidence == "check_digit":
        return fmt.has_literal or fmt.min_length >= STRONG_CHECK_LENGTH
    return evidence == "unique_prefix" and fmt.unique_prefix


@lru_cache(maxsize=1024)
def _profile(fmt: NumberFormat, evidence: Evidence) -> tuple[int, str, bool]:
    """Score, reason and strength of a (format, evidence) pair, computed once."""
    return score_of(fmt, evidence), reason_of(fmt, evidence), strong(fmt, evidence)


def rank(
    matches: list[FormatMatch], volumes: Mapping[str, int] = NO_VOLUMES
) -> tuple[Candidate, ...]:
    """Candidates from valid carrier matches, best first (``order``), one per carrier.

    ``volumes`` (the directory's ``volumes``: parcels a year per carrier) is the prior that
    orders candidates whose score, priority, evidence and confidence are equal.

    When no carrier's format is fully met, a format with a unique prefix whose check digit
    fails still names its carrier (published sample numbers often fail their own check digit),
    with the warning ``CHECK_DIGIT_MISMATCH``; such a candidate never makes a number valid.
    """
    scored: list[Scored] = []
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
        scored.sort(
            key=lambda t: order(
                t[0],
                t[1],
                t[5],
                t[6].fmt.confidence,
                volumes.get(t[2], 0),
                t[2],
                shared=t[6].shared,
            )
        )
    out: list[Candidate] = []
    seen: set[str] = set()
    for score, _, carrier, reason, is_strong, evidence, match in scored:
        if carrier in seen:
            continue
        seen.add(carrier)
        certain = not out and is_strong and _alone(carrier, scored)
        fmt = match.fmt
        out.append(Candidate(carrier, fmt.id, score, reason, certain, evidence, fmt.confidence))
    if not out:
        out.extend(_mismatches(matches, volumes))
    return tuple(out)


def _mismatches(matches: list[FormatMatch], volumes: Mapping[str, int]) -> list[Candidate]:
    """Carriers named by a unique prefix whose check digit fails, best first."""
    out: dict[str, Candidate] = {}
    for match in matches:
        fmt = match.fmt
        if match.check_passed is False and match.carrier and fmt.unique_prefix:
            score = max(0, score_of(fmt, "unique_prefix") - MISMATCH_PENALTY)
            reason = f"{reason_of(fmt, 'unique_prefix').split(';')[0]}; {CHECK_DIGIT_MISMATCH}"
            candidate = Candidate(
                match.carrier,
                fmt.id,
                score,
                reason,
                False,
                "unique_prefix",
                fmt.confidence,
                CHECK_DIGIT_MISMATCH,
            )
            if match.carrier not in out or out[match.carrier].score < score:
                out[match.carrier] = candidate
    return sorted(
        out.values(),
        key=lambda c: order(
            c.score, 0, c.evidence, c.confidence, volumes.get(c.carrier, 0), c.carrier
        ),
    )


def _alone(best: str, scored: list[Scored]) -> bool:
    """No other carrier has check-digit or prefix evidence, nor contests a bare check digit.

    A check digit with no literal prefix beside it passes about one random number in ten, so
    when another carrier's format proven by real numbers (medium or high confidence) fits the
    same number by its shape alone, the check digit cannot tell the two apart: a 12-digit SF
    Express waybill passes FedEx's mod 11 one time in eleven.
    """
    # a strong best candidate is a check digit or a prefix; only a check digit can lack a literal
    bare = not scored[0][6].fmt.has_literal
    return not any(contests(best, t[2], t[5], by_shape=bare and _proven(t)) for t in scored)


def contests(best: str, carrier: str, evidence: Evidence, *, by_shape: bool) -> bool:
    """Whether a match for ``carrier`` keeps the carrier ``best`` from being certain: another
    carrier's check-digit or prefix evidence always does; its shape alone only when
    ``by_shape`` (a proven format against a bare check digit, ``_alone``). Free text asks the
    same question with ``by_shape`` off (``extract._firm``)."""
    return carrier != best and (evidence != "shape" or by_shape)


def _proven(scored: Scored) -> bool:
    """Whether a scored match's format rests on real numbers (medium or high confidence)."""
    return scored[6].fmt.confidence != "low"


def status_of(matches: list[FormatMatch], candidates: tuple[Candidate, ...]) -> Status:
    """detected / ambiguous / unconfirmed / no_carrier_data / invalid.

    A format of low confidence (no real example of it) is never the only evidence for a
    valid number: when only such formats fit, the answer is ``unconfirmed`` (not valid).
    """
    confirmed = [c for c in candidates if c.warning is None and c.confidence != "low"]
    if confirmed:
        return "detected" if candidates[0].certain else "ambiguous"
    if any(c.warning is None for c in candidates):
        return "unconfirmed"
    if any(
        m.check_passed is not False and not m.carrier and m.fmt.confidence != "low" for m in matches
    ):
        return "no_carrier_data"
    return "invalid"


def evidence_for(
    status: Status, matches: list[FormatMatch], candidates: tuple[Candidate, ...]
) -> Evidence | None:
    """The evidence that makes a valid number valid (None when it is not valid)."""
    if status not in VALID_STATUSES:
        return None
    for candidate in candidates:
        if candidate.warning is None and candidate.confidence != "low":
            return candidate.evidence
    found: list[Evidence] = [evidence_of(m) for m in matches if m.check_passed is not False]
    if not found:
        return None
    strongest: Evidence = min(found, key=EVIDENCE_ORDER.index)
    return strongest


def problem_of(matches: list[FormatMatch]) -> str:
    """Why an input with no valid match is invalid."""
    failed = [m for m in matches if m.check_passed is False]
    if failed:
        return f"the check digit does not match ({failed[0].fmt.name})"
    return "it does not match any known tracking-number format"
