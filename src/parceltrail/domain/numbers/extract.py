"""Find every tracking number in free text, such as a pasted shipping e-mail."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Final

from parceltrail.domain.numbers.detect import detect
from parceltrail.domain.numbers.directory import CarrierDirectory, load_directory
from parceltrail.domain.numbers.ranking import STRONG_CHECK_LENGTH, contests
from parceltrail.domain.numbers.results import Detection

MAX_TEXT: Final = 200_000
MAX_TOKENS_JOINED: Final = 12
_TOKEN: Final = re.compile(r"[A-Za-z0-9]+")
_JOINERS: Final = frozenset({" ", "-", "."})


@dataclass(frozen=True, slots=True)
class Found:
    """A tracking number found in text, where it was, and what detection says of it."""

    number: str
    start: int
    end: int
    detection: Detection

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "start": self.start,
            "end": self.end,
            **self.detection.to_dict(),
        }


_KEYWORDS: Final = re.compile(
    r"track|trace|shipment|parcel|package|waybill|awb|sendung|suivi|seguimiento|fedex|dhl|usps"
    r"|ups|运单|单号|追跡|отслеж|трек",
    re.IGNORECASE,
)
CONTEXT: Final = 80


def _convincing(detection: Detection, text: str, start: int) -> bool:
    """Whether a run of text is a tracking number worth reporting.

    Length-only evidence and a failed check digit never count in free text.  An all-digit run
    (order numbers, phone numbers, dates pass a mod-10 check one time in ten) also needs a
    certain candidate and a tracking word shortly before it.
    """
    best = detection.best
    if best is None or best.evidence == "shape" or best.warning is not None:
        return False
    if not detection.normalized.isdigit():
        return True
    return _firm(detection) and _KEYWORDS.search(text, max(0, start - CONTEXT), start) is not None


def _firm(detection: Detection) -> bool:
    """Whether the best candidate is certain, or would be but for other carriers' shapes.

    A 12-digit FedEx number is not certain because SF Express and GLS numbers have 12 digits
    too (see ``ranking._alone``), but its check digit still shows that the run is a tracking
    number; another carrier's check digit or prefix evidence still rules the run out (the
    rule of ``ranking.contests``, other carriers' shapes left out).
    """
    best = detection.candidates[0]
    if best.certain:
        return True
    return (
        best.evidence == "check_digit"
        and best.confidence == "high"
        and len(detection.normalized) >= STRONG_CHECK_LENGTH
        and not any(
            contests(best.carrier, c.carrier, c.evidence, by_shape=False)
            for c in detection.candidates
        )
    )


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _joined(text: str, tokens: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether token j follows token j-1 with a single joining separator."""
    gap = text[tokens[j - 1].end() : tokens[j].start()]
    return len(gap) == 1 and gap in _JOINERS and j - i < MAX_TOKENS_JOINED


def extract(text: str, *, directory: CarrierDirectory | None = None) -> tuple[Found, ...]:
    """Tracking numbers in text, in order of appearance, each with its detection."""
    directory = directory or load_directory()
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT])
    tokens = _tokens(text)
    found: list[Found] = []
    i = 0
    while i < len(tokens):
        hit = _longest_at(text, tokens, i, directory)
        if hit is None:
            i += 1
            continue
        j, detection = hit
        found.append(Found(detection.normalized, tokens[i].start(), tokens[j].end(), detection))
        i = j + 1
    return tuple(found)


def _longest_at(
    text: str, tokens: list[re.Match[str]], i: int, directory: CarrierDirectory
) -> tuple[int, Detection] | None:
    """The longest run of joined tokens from token i that is a convincing tracking number."""
    best: tuple[int, Detection] | None = None
    value = ""
    for j in range(i, len(tokens)):
        if j > i and not _joined(text, tokens, i, j):
            break
        value += tokens[j].group().upper()
        if len(value) > directory.max_length:
            break
        if not directory.formats_for(len(value), value[0]):
            continue
        detection = detect(value, directory=directory)
        if _convincing(detection, text, tokens[i].start()):
            best = (j, detection)
    return best
