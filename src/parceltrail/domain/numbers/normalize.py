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
_SURROUNDING: Final = " \t\r\n.,;:!?\"'`«»“”‘’<>"
# Every way an ASCII text can start that _LEADING_LABEL can match (lower case): the label
# regex only runs when one of these starts the text.  The non-ASCII labels need no entry.
_ASCII_LABEL_STARTS: Final = (
    "your",
    "track",
    "ship",
    "parcel",
    "packag",
    "consig",
    "waybil",
    "air",
    "awb",
    "order",
    "delive",
    "sendun",
    "num",
    "codice",
)
_ASCII_LABEL_FIRST: Final = frozenset("ytspcwaodnYTSPCWAODN")
_ASCII_LABEL_FIRST_BYTES: Final = frozenset(b"YTSPCWAODN")
_ASCII_SEPARATORS: Final = b" \t\r\n-._/"
_ASCII_UPPER: Final = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
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


Parts = tuple[str, "str | None", "str | None"]
"""(value, problem, routing): what ``Normalized`` holds, without building one (hot path)."""


def normalize(text: object) -> Normalized:
    """Canonical form of a tracking number as typed, pasted or scanned."""
    return Normalized(*normalize_parts(text))


def normalize_parts(text: object) -> Parts:
    """``normalize`` as a plain tuple (value, problem, routing)."""
    if not isinstance(text, str):
        return "", "empty", None
    if text.isascii():
        if text.isalnum():  # the common case: ``_finish`` inline (one call less)
            length = len(text)
            if length > MAX_RAW_LENGTH:
                return "", "too long", None
            if MIN_LENGTH <= length <= MAX_LENGTH and not text.startswith("420"):
                return text.upper(), None, None
            return _finish(text.upper())
        if len(text) <= MAX_RAW_LENGTH:
            # Letters, digits and separators only, not starting like a label: what the full
            # path would do comes down to deleting the separators and upper-casing.
            raw = text.encode().translate(_ASCII_UPPER, _ASCII_SEPARATORS)
            if raw.isalnum() and (
                raw[0] not in _ASCII_LABEL_FIRST_BYTES or not _starts_like_label(text.strip())
            ):
                return _finish(raw.decode())
        return _clean_ascii(text)
    if not text.strip():
        return "", "empty", None
    if len(text) > MAX_RAW_LENGTH:
        return "", "too long", None
    cleaned = unicodedata.normalize("NFKC", text).strip()
    cleaned = _LEADING_LABEL.sub("", cleaned, count=1)
    cleaned = _strip_decoration(cleaned)
    if not cleaned:
        return "", "empty", None
    if not _CANONICAL.fullmatch(cleaned):
        return _printable(cleaned), "unexpected characters", None
    return _finish(cleaned)


def _clean_ascii(text: str) -> Parts:
    """The ASCII path: a label is only looked for when the text starts like one."""
    cleaned = text.strip()
    if not cleaned:
        return "", "empty", None
    if len(text) > MAX_RAW_LENGTH:
        return "", "too long", None
    if _starts_like_label(cleaned):
        cleaned = _LEADING_LABEL.sub("", cleaned, count=1)
    if cleaned.endswith((")", "]")):
        cleaned = _TRAILING_NOTE.sub("", cleaned, count=1)
    # bytes.translate removes the separators and upper-cases in one pass, several times
    # faster than str.translate; ASCII text has no other separators.
    raw = cleaned.strip(_SURROUNDING).encode().translate(_ASCII_UPPER, _ASCII_SEPARATORS)
    if not raw:
        return "", "empty", None
    if not raw.isalnum():  # bytes.isalnum is ASCII-only: the same test as [A-Z0-9]+
        return _printable(raw.decode()), "unexpected characters", None
    return _finish(raw.decode())


def _starts_like_label(cleaned: str) -> bool:
    """Whether stripped ASCII text starts the way a leading label could (then the regex runs)."""
    return cleaned[0] in _ASCII_LABEL_FIRST and cleaned[:6].lower().startswith(_ASCII_LABEL_STARTS)


def _strip_decoration(cleaned: str) -> str:
    """Drop a trailing note, surrounding punctuation and separators; upper-case."""
    if cleaned.endswith((")", "]", "）")):
        cleaned = _TRAILING_NOTE.sub("", cleaned, count=1)
    return cleaned.strip(_SURROUNDING).translate(_SEPARATORS).upper()


def _finish(value: str) -> Parts:
    """Length bounds and barcode prefixes for an already canonical value."""
    if len(value) > MAX_LENGTH:
        return value[:MAX_LENGTH], "too long", None
    if len(value) < MIN_LENGTH:
        return value, "too short", None
    if value.startswith("420") and value.isdigit():
        return _routing(value)
    return value, None, None


def strip_usps_routing(value: str) -> Normalized:
    """Drop a USPS IMpb routing prefix: 420 + ZIP5 or 420 + ZIP9 before a 9x package code."""
    if not value.startswith("420") or not value.isdigit():
        return Normalized(value)
    return Normalized(*_routing(value))


def _routing(value: str) -> Parts:
    for zip_length in (9, 5):
        rest = value[3 + zip_length :]
        if len(rest) in _IMPB_LENGTHS and rest[0] == "9" and rest[1] in "12345":
            return rest, None, value[: 3 + zip_length]
    return value, None, None


def _printable(value: str) -> str:
    """A short, safe echo of rejected input (no control characters)."""
    value = value[:MAX_LENGTH]
    if value.isprintable():  # the common case, one C call
        return value
    return "".join(c if c.isprintable() else "?" for c in value)
