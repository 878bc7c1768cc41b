"""Result objects of detection and validation; each carries a message for people."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal, NamedTuple

# check_digit: a check digit passed; unique_prefix: a literal prefix or suffix of two or more
# characters (an S10 issuer suffix included) and no check digit; shape: length and characters only.
Evidence = Literal["check_digit", "unique_prefix", "shape"]
Status = Literal["detected", "ambiguous", "unconfirmed", "no_carrier_data", "invalid"]
CHECK_DIGIT_MISMATCH: Final = "the check digit does not match"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One carrier that a number may belong to, and why."""

    carrier: str
    format: str
    score: int
    reason: str
    certain: bool
    evidence: Evidence
    confidence: str = "high"
    warning: str | None = None  # set when the format's rules are not all met (see detect)

    def to_dict(self) -> dict[str, Any]:
        return {
            "carrier": self.carrier,
            "format": self.format,
            "score": self.score,
            "reason": self.reason,
            "certain": self.certain,
            "evidence": self.evidence,
            "confidence": self.confidence,
            "warning": self.warning,
        }


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A nearby number that would be valid, and the single change that gets there."""

    number: str
    change: str
    carriers: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "change": self.change, "carriers": list(self.carriers)}


class S10Info(NamedTuple):
    """What a UPU S10 number says about itself (a named tuple: built on the hot path)."""

    service: str
    service_meaning: str
    serial: str
    check: str
    issuer: str
    operator: str | None
    country: str | None
    pseudo: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "service": self.service,
            "service_meaning": self.service_meaning,
            "serial": self.serial,
            "check": self.check,
            "issuer": self.issuer,
            "operator": self.operator,
            "country": self.country,
            "pseudo_code": self.pseudo,
        }


class Detection(NamedTuple):
    """Everything detection found out about one input.

    Immutable like the other results; a named tuple because it is built once per input on
    the hot path, where a frozen dataclass's constructor costs several times more.
    """

    input: str
    normalized: str
    valid: bool
    status: Status
    candidates: tuple[Candidate, ...]
    suggestions: tuple[Suggestion, ...]
    message: str
    s10: S10Info | None = None
    routing: str | None = None
    evidence: Evidence | None = None  # what makes a valid number valid (None when invalid)

    @property
    def warnings(self) -> tuple[str, ...]:
        """Warnings of the candidates (a failed check digit behind a unique prefix)."""
        return tuple(dict.fromkeys(c.warning for c in self.candidates if c.warning))

    @property
    def carriers(self) -> tuple[str, ...]:
        """Candidate carrier codes, best first, without repeats."""
        return tuple(dict.fromkeys(c.carrier for c in self.candidates))

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def certain(self) -> bool:
        return bool(self.candidates) and self.candidates[0].certain

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "input": self.input,
            "normalized": self.normalized,
            "valid": self.valid,
            "carriers": list(self.carriers),
            "candidates": [c.to_dict() for c in self.candidates],
            "suggestions": [s.to_dict() for s in self.suggestions],
            "message": self.message,
            "status": self.status,
            "evidence": self.evidence,
            "warnings": list(self.warnings),
        }
        if self.s10 is not None:
            out["s10"] = self.s10.to_dict()
        if self.routing is not None:
            out["routing"] = self.routing
        return out


@dataclass(frozen=True, slots=True)
class CarrierCheck:
    """Whether a number fits the formats of a carrier the user chose, and why not."""

    input: str
    normalized: str
    carrier: str
    matches: bool
    format: str | None
    message: str
    detected: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "normalized": self.normalized,
            "carrier": self.carrier,
            "matches": self.matches,
            "format": self.format,
            "message": self.message,
            "detected": list(self.detected),
        }
