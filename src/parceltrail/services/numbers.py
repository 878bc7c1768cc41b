"""Tracking numbers at the door: the one detector behind dispatch, the API and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from parceltrail.domain.carriers import get_carrier
from parceltrail.domain.errors import InvalidTrackingNumber
from parceltrail.domain.numbers import Detection, detect, explained, validate_for_carrier
from parceltrail.domain.tracking import normalize_tracking_number


@dataclass(frozen=True, slots=True)
class CheckedNumber:
    """A number accepted for dispatch, the carrier to store, and what the seller should know."""

    number: str
    carrier: str | None
    detection: Detection
    warnings: tuple[str, ...] = ()


def check_for_dispatch(raw: str, carrier: str | None, *, skip_check: bool = False) -> CheckedNumber:
    """Validate and detect; the seller's carrier overrides detection, with a warning if odd.

    Refused (422, with suggestions): a number no known format accepts when no carrier is given,
    or when the given carrier is one whose formats parceltrail knows. ``skip_check`` lets a
    seller dispatch a format parceltrail does not know yet.
    """
    detection = detect(raw)
    number = detection.normalized if detection.valid else normalize_tracking_number(raw)
    known_carrier = carrier is not None and get_carrier(carrier) is not None
    if not detection.valid and not skip_check and (carrier is None or known_carrier):
        raise _invalid(detection)
    if carrier is None:
        return CheckedNumber(
            number, detection.carriers[0] if detection.carriers else None, detection
        )
    if not known_carrier:
        return CheckedNumber(number, carrier, detection)
    check = validate_for_carrier(number, carrier)
    warnings = () if check.matches else (check.message,)
    return CheckedNumber(number, carrier, detection, warnings)


def _invalid(detection: Detection) -> InvalidTrackingNumber:
    body = detection.to_dict()
    return InvalidTrackingNumber(
        explained(detection),
        normalized=body["normalized"],
        suggestions=body["suggestions"],
        hint="give the carrier and skip_number_check=true for a format parceltrail does not know",
    )
