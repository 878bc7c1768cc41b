"""Tracking-number intelligence: normalise, check digits, detect carriers, suggest, extract.

Public API::

    detect(text) -> Detection
    validate_for_carrier(number, carrier_code) -> CarrierCheck
    extract(text) -> tuple[Found, ...]
    normalize(text) -> Normalized
    load_directory() -> CarrierDirectory      (cached: loaded once per process)
    carrier_tracking_url(code, number) -> str | None
    detect_json_lines(lines) -> Iterator[str]   (one compact JSON object per line)
"""

from __future__ import annotations

from parceltrail.domain.numbers.bulk import detect_json_lines
from parceltrail.domain.numbers.detect import detect, explained
from parceltrail.domain.numbers.directory import CarrierDirectory, DirectoryError, load_directory
from parceltrail.domain.numbers.extract import Found, extract
from parceltrail.domain.numbers.model import Carrier, NumberFormat, S10Post
from parceltrail.domain.numbers.normalize import Normalized, normalize
from parceltrail.domain.numbers.override import validate_for_carrier
from parceltrail.domain.numbers.results import (
    Candidate,
    CarrierCheck,
    Detection,
    S10Info,
    Suggestion,
)


def carrier_tracking_url(code: str, number: str) -> str | None:
    """The carrier's tracking-page URL for a number (normalised first), or None."""
    carrier = load_directory().carrier(code)
    if carrier is None:
        return None
    norm = normalize(number)
    return carrier.url_for(norm.value if norm.ok else number.strip())


__all__ = [
    "Candidate",
    "Carrier",
    "CarrierCheck",
    "CarrierDirectory",
    "Detection",
    "DirectoryError",
    "Found",
    "Normalized",
    "NumberFormat",
    "S10Info",
    "S10Post",
    "Suggestion",
    "carrier_tracking_url",
    "detect",
    "detect_json_lines",
    "explained",
    "extract",
    "load_directory",
    "normalize",
    "validate_for_carrier",
]
