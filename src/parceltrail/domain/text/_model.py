"""The value types of text classification: rules, languages and the answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from parceltrail.domain.status import SubStatus

# Higher wins when several rules match one text. The order encodes the precedence the
# journey needs: a return beats a delivery, a failed attempt beats "delivery", a pickup
# point beats "delivered (to the pickup point)", customs cleared beats customs started.
PRIORITY: Final[dict[SubStatus, int]] = {
    SubStatus.RETURNED: 100,
    SubStatus.RETURNING: 95,
    SubStatus.LOST: 92,
    SubStatus.DAMAGED: 90,
    SubStatus.CANCELLED: 88,
    SubStatus.REFUSED: 86,
    SubStatus.ADDRESS_ISSUE: 84,
    SubStatus.FAILED_ATTEMPT: 82,
    SubStatus.CUSTOMS_HELD: 80,
    SubStatus.CUSTOMS_CLEARED: 78,
    SubStatus.CUSTOMS_STARTED: 76,
    SubStatus.AVAILABLE_FOR_PICKUP: 72,
    SubStatus.DELIVERED: 70,
    SubStatus.OUT_FOR_DELIVERY: 66,
    SubStatus.DELAYED: 68,
    SubStatus.HANDED_OVER: 54,
    SubStatus.ARRIVED_DESTINATION: 52,
    SubStatus.DEPARTED_ORIGIN: 50,
    SubStatus.ACCEPTED: 44,
    SubStatus.INFO_RECEIVED: 40,
    SubStatus.IN_TRANSIT: 30,
    SubStatus.EXCEPTION: 20,
    SubStatus.PENDING: 10,
    SubStatus.EXPIRED: 10,
}

# Statuses that stay true in a future or expected context ("will be returned to sender",
# "awaiting customs clearance"); every other status needs a factual statement.
_MODAL_OK: Final[frozenset[SubStatus]] = frozenset(
    {
        SubStatus.RETURNING,
        SubStatus.CUSTOMS_STARTED,
        SubStatus.CUSTOMS_HELD,
        SubStatus.DELAYED,
        SubStatus.INFO_RECEIVED,
        SubStatus.FAILED_ATTEMPT,
        SubStatus.ADDRESS_ISSUE,
        SubStatus.REFUSED,
        SubStatus.EXCEPTION,
        SubStatus.IN_TRANSIT,
    }
)

# What a negated match means when the rule does not say: "not delivered" is a failed attempt.
_NEGATED: Final[dict[SubStatus, SubStatus]] = {SubStatus.DELIVERED: SubStatus.FAILED_ATTEMPT}

# A negated *future* ("will not be delivered today": cs "nebude doručena", pl "nie będzie /
# nie zostanie doręczona", ru "не будет доставлена", uk "не буде доставлено", ro "nu va fi
# livrat") is no attempt that failed but a delivery put off: these statuses read as a delay
# when a negation and one of the language's `future` cues precede the match in its clause.
# Only languages that name their future cues take part: the modals
# among other languages' irrealis cues ("cannot", "ne peut", "konnte nicht") stay failures.
FUTURE_NEGATED: Final[dict[SubStatus, SubStatus]] = {
    SubStatus.DELIVERED: SubStatus.DELAYED,
    SubStatus.OUT_FOR_DELIVERY: SubStatus.DELAYED,
}


@dataclass(frozen=True, slots=True)
class Classification:
    """What a carrier's free text most likely says happened."""

    sub_status: SubStatus
    confidence: float  # 0..1, a rule's own certainty lowered by negation and conflicts
    rule_id: str
    language: str  # the language whose rule matched (ISO 639-1)


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern (regex over folded text) and what it means."""

    id: str
    sub_status: SubStatus
    pattern: str
    priority: int
    confidence: float
    on_negation: SubStatus | None  # meaning of a negated match; None drops the match
    modal_ok: bool  # True: a match in a future/expected context still counts


@dataclass(frozen=True, slots=True)
class Language:
    """A language's rules and the cues around them."""

    code: str
    rules: tuple[Rule, ...]
    negation: frozenset[str]  # words that negate a match among the 3 words before it
    irrealis: frozenset[str]  # same, for future or expected ("will", "wird", "sera")
    markers: frozenset[str]  # folded words that suggest the language (Latin script only)
    word_boundaries: bool = True  # False (Chinese): cues are characters just before a match
    # Two-character sequences whose second character, an irrealis cue, is past there (Chinese
    # 已将, "has …"): "已将货件转交伙伴" is a hand-over that happened, not one to come. Only the
    # pairs named: 已 before another cue keeps it ("已预约揽收", a pickup booked, is to come).
    realis: frozenset[str] = frozenset()
    # Future-tense cues only (no modals: "cannot be delivered" is an attempt that failed): with
    # a negation among the same words before a match, a delivery or a round is put off
    # (`FUTURE_NEGATED`): cs "nebude doručena", pl "nie będzie / nie zostanie doręczona".
    future: frozenset[str] = frozenset()
    # Negation words that are prepositions ("ohne", "zonder", "sans", "bez"): they negate the
    # thing named after them, so a match after the first match that follows them is left
    # alone: "ohne Beschädigung zugestellt" is a delivery, "ohne sichtbare Schäden" no damage.
    without: frozenset[str] = frozenset()


def rule(
    rule_id: str,
    sub_status: SubStatus,
    pattern: str,
    *,
    priority: int | None = None,
    confidence: float = 0.9,
    on_negation: SubStatus | bool | None = True,
    modal_ok: bool | None = None,
) -> Rule:
    """A rule with the defaults of its status; ``on_negation=True`` means the default."""
    negated = _NEGATED.get(sub_status) if on_negation is True else on_negation
    return Rule(
        id=rule_id,
        sub_status=sub_status,
        pattern=pattern,
        priority=PRIORITY[sub_status] if priority is None else priority,
        confidence=confidence,
        on_negation=negated if isinstance(negated, SubStatus) else None,
        modal_ok=sub_status in _MODAL_OK if modal_ok is None else modal_ok,
    )


def markers(words: str) -> frozenset[str]:
    """Marker words from a space-separated string."""
    return frozenset(words.split())
