"""Turn what a person typed or pasted into the canonical form of a tracking number."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

MAX_RAW_LENGTH: Final = 300
MAX_LENGTH: Final = 100
MIN_LENGTH: Final = 6

_LABEL_WORDS: Final = (
    r"(?:your\s+)?(?:tracking|track\s*(?:&|and)\s*trace|shipment|shipping|parcel|package"
    r"|consignment|waybill|air\s*waybill|awb|order\s+tracking|delivery)"
    r"(?:\s*(?:number|no\.?|num|nr\.?|code|id|#|ref(?:erence)?))?"
    r"|sendungsnummer|num[ée]ro\s+de\s+suivi|n[°º]\s*de\s+suivi|n[úu]mero\s+de\s+seguimiento"
    r"|codice\s+di\s+tracciamento|трек[\s-]*номер|运单号码?|快递单号|物流单号|跟踪号|追踪号|单号"
    r"|追跡番号|お問い合わせ番号"
)
_LEADING_LABEL: Final = re.compile(rf"^\s*(?:{_LABEL_WORDS})\s*[:：#=\-]?\s*", re.IGNORECASE)
_TRAILING_NOTE: Final = re.compile(r"\s*[(\[（][^()\[\]（）]{0,40}[)\]）]\s*$")
_SEPARATORS: Final = str.maketrans("", "", " \t\r\n-.\u00a0\u2010\u2011\u2012\u2013\u2014_/")
_CANONICAL: Final = re.compile(r"[A-Z0-9]+")
_IMPB_LENGTHS: Final = frozenset({20, 22, 26, 30})


@dataclass(frozen=True, slots=True)
class Normalized:
    """A canonical number (upper case letters and digits), or the problem that prevented one."""

    value: str
    problem: str | None = None
    routing: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def normalize(text: str) -> Normalized:
    """Canonical form of a tracking number as typed, pasted or scanned."""
    if not isinstance(text, str) or not text.strip():
        return Normalized("", "empty")
    if len(text) > MAX_RAW_LENGTH:
        return Normalized("", "too long")
    if text.isascii() and text.isalnum():
        return _finish(text.upper())
    cleaned = text.strip() if text.isascii() else unicodedata.normalize("NFKC", text).strip()
    cleaned = _LEADING_LABEL.sub("", cleaned, count=1)
    if cleaned.endswith((")", "]", "）")):
        cleaned = _TRAILING_NOTE.sub("", cleaned, count=1)
    cleaned = cleaned.strip(" \t\r\n.,;:!?\"'`«»“”‘’<>").translate(_SEPARATORS).upper()
    if not cleaned:
        return Normalized("", "empty")
    if not _CANONICAL.fullmatch(cleaned):
        return Normalized(_printable(cleaned), "unexpected characters")
    return _finish(cleaned)


def _finish(value: str) -> Normalized:
    """Length bounds and barcode prefixes for an already canonical value."""
    if len(value) > MAX_LENGTH:
        return Normalized(value[:MAX_LENGTH], "too long")
    if len(value) < MIN_LENGTH:
        return Normalized(value, "too short")
    return strip_usps_routing(value)


def strip_usps_routing(value: str) -> Normalized:
    """Drop a USPS IMpb routing prefix: 420 + ZIP5 or 420 + ZIP9 before a 9x package code."""
    if not value.startswith("420") or not value.isdigit():
        return Normalized(value)
    for zip_length in (9, 5):
        rest = value[3 + zip_length :]
        if len(rest) in _IMPB_LENGTHS and rest[0] == "9" and rest[1] in "12345":
            return Normalized(rest, routing=value[: 3 + zip_length])
    return Normalized(value)


def _printable(value: str) -> str:
    """A short, safe echo of rejected input (no control characters)."""
    return "".join(c if c.isprintable() else "?" for c in value[:MAX_LENGTH])
