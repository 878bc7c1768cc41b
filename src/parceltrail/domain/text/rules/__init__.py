"""Rule sets by language; the order is the tie-break when marker words score equally."""

from __future__ import annotations

from typing import Final

from parceltrail.domain.text._model import Language
from parceltrail.domain.text.rules import (
    ar,
    cs,
    da,
    de,
    el,
    en,
    es,
    fi,
    fr,
    he,
    hu,
    id,
    it,
    ja,
    ko,
    nl,
    no,
    pl,
    pt,
    ro,
    ru,
    sv,
    th,
    tr,
    uk,
    vi,
    zh,
)

LANGUAGES: Final[dict[str, Language]] = {
    module.LANGUAGE.code: module.LANGUAGE
    for module in (
        *(en, zh, es, pt, ru, fr, de, it, pl, nl),
        *(ko, ja, uk, tr, hu, cs, sv, da, vi, id, th, he, ar, el, fi, no, ro),
    )
}
