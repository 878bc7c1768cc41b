"""Rule sets by language; the order is the tie-break when marker words score equally."""

from __future__ import annotations

from typing import Final

from parceltrail.domain.text._model import Language
from parceltrail.domain.text.rules import de, en, es, fr, it, nl, pl, pt, ru, zh

LANGUAGES: Final[dict[str, Language]] = {
    module.LANGUAGE.code: module.LANGUAGE for module in (en, zh, es, pt, ru, fr, de, it, pl, nl)
}
