"""Detect the carrier of a tracking number: ranked candidates, each with a score and reason.

Scoring (0-100): evidence base (check digit 60, literal prefix 40, length only 15), plus the
format's confidence (high 25, medium 12, low 0), plus 10 for a check digit behind a literal
prefix or S10 suffix, plus 5 for a prefix no other carrier uses, plus the format's priority
(-5..5) as a tie-breaker.  A candidate is ``certain`` only when it is the best, its format is
of high confidence, its evidence is strong (a check digit behind a literal, a check digit over
12+ characters, or a unique prefix) and no other carrier has check-digit or prefix evidence; a
check digit with no literal beside it is also contested by another carrier's medium or high
format that fits by shape (``ranking._alone``).  A length-only match is never certain.

Nothing is cached per input: every call normalises, matches and checks afresh (see
``outcome`` for the per-directory tables that make that cheap).
"""

from __future__ import annotations

from typing import Final

from parceltrail.domain.numbers.directory import CarrierDirectory, load_directory
from parceltrail.domain.numbers.matching import s10_info
from parceltrail.domain.numbers.messages import invalid_words
from parceltrail.domain.numbers.normalize import MAX_LENGTH, MIN_LENGTH, normalize_parts
from parceltrail.domain.numbers.outcome import (
    invalid_message,
    problem_outcome,
    resolve,
    suggestions_of,
)
from parceltrail.domain.numbers.plan import Plan, plan_for
from parceltrail.domain.numbers.ranking import (
    BASE,
    CONFIDENCE_BONUS,
    evidence_of,
    rank,
    reason_of,
    score_of,
    strong,
)
from parceltrail.domain.numbers.results import (
    Detection,
)
from parceltrail.domain.words import Words

__all__ = [
    "BASE",
    "CONFIDENCE_BONUS",
    "detect",
    "evidence_of",
    "explained",
    "rank",
    "reason_of",
    "score_of",
    "strong",
]

MAX_ECHO: Final = 120
_new = tuple.__new__


def _echo(text: object) -> str:
    value = text if isinstance(text, str) else repr(text)
    return value if len(value) <= MAX_ECHO else value[:MAX_ECHO] + "…"


def detect(text: object, *, directory: CarrierDirectory | None = None) -> Detection:
    """Ranked carrier candidates for one tracking number as a person typed it.

    Flat on purpose: this is the hot path (``detect_with`` is the same with a plan at hand).
    """
    if directory is None:
        directory = load_directory()
    plan: Plan | None = directory.plan  # type: ignore[assignment]
    if plan is None:
        plan = plan_for(directory)
    if (  # ``normalize_parts``' commonest case, inline: ASCII letters and digits, in bounds
        text.__class__ is str
        and text.isascii()
        and text.isalnum()
        and MIN_LENGTH <= len(text) <= MAX_LENGTH
        and not text.startswith("420")
    ):
        value, routing, echo = text.upper(), None, text
    else:
        value, problem, routing = normalize_parts(text)
        echo = text if isinstance(text, str) and len(text) <= MAX_ECHO else _echo(text)
        if problem is not None:
            message = problem_outcome(problem, plan).message
            return _new(
                Detection, (echo, value, False, "invalid", (), (), message, None, None, None)
            )
    outcome, s10_match, failed = resolve(value, plan)
    s10 = s10_info(s10_match, plan.directory) if s10_match is not None else None
    candidates = outcome.candidates
    if outcome.valid:
        return _new(
            Detection,
            (
                echo,
                value,
                True,
                outcome.status,
                candidates,
                (),
                outcome.message,
                s10,
                routing,
                outcome.evidence,
            ),
        )
    status = outcome.status
    if status != "invalid" or not outcome.suggestible or not _may_fix(value, failed, plan):
        # The common junk case: no check digit failed and no confusable can help, an
        # all-digit number, or only an S10 check under an unknown issuer failed.
        return _new(
            Detection,
            (echo, value, False, status, candidates, (), outcome.message, s10, routing, None),
        )
    suggestions = suggestions_of(value, outcome, s10_match, failed, plan)
    message = invalid_message(outcome, suggestions, plan)
    return _new(
        Detection,
        (echo, value, False, status, candidates, suggestions, message, s10, routing, None),
    )


def _may_fix(value: str, failed: bool, plan: Plan) -> bool:
    """Whether ``suggestions_of`` can find anything for an invalid, suggestible number: the
    screens it starts with (an all-digit number gets none; without a failed check digit, only
    a confusable can help, and the plan's relaxed patterns say whether one can)."""
    if value.isdigit():
        return False
    if failed:
        return True
    fixable = plan.fixable.get((len(value), value[0]))
    return fixable is not None and fixable(value) is not None


def detect_with(text: object, plan: Plan) -> Detection:
    """``detect`` with the directory's plan at hand."""
    return detect(text, directory=plan.directory)


def explained(detection: Detection, *, directory: CarrierDirectory | None = None) -> Words:
    """What detection says of a number, as words a page or a form translates: for an invalid
    number, why and what to do (found again: off the hot path, for the one number shown);
    else its English message as it is."""
    if detection.valid or detection.status != "invalid":
        return Words(detection.message)
    if directory is None:
        directory = load_directory()
    plan: Plan | None = directory.plan  # type: ignore[assignment]
    if plan is None:
        plan = plan_for(directory)
    value, problem, _ = normalize_parts(detection.input)
    if problem is None:
        problem = resolve(value, plan)[0].problem or "unknown problem"
    return invalid_words(problem, detection.candidates, detection.suggestions, plan.directory)
