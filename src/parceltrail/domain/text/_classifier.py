"""The public entry point: fold, route to languages, take the first language that matches."""

from __future__ import annotations

from typing import Final

from parceltrail.domain.text._detect import Router, normalise_hint
from parceltrail.domain.text._engine import CompiledLanguage, Hit
from parceltrail.domain.text._fold import fold, tokens
from parceltrail.domain.text._model import Classification
from parceltrail.domain.text.rules import LANGUAGES

_COMPILED: Final = {code: CompiledLanguage(lang) for code, lang in LANGUAGES.items()}
_ROUTER: Final = Router({code: lang.markers for code, lang in LANGUAGES.items() if lang.markers})


def supported_languages() -> tuple[str, ...]:
    """ISO 639-1 codes that have rules."""
    return tuple(_COMPILED)


def classify(description: str, language: str | None = None) -> Classification | None:
    """The sub-status a carrier's event text describes, or None when no rule matches.

    ``language`` is a hint (``"pt-BR"``, ``"zh"``); the text decides when the hint is
    missing, unknown or wrong. Only the first ``MAX_CHARS`` characters are read. Never
    raises on a ``str``.
    """
    if not isinstance(description, str) or not description:
        return None
    text = fold(description)
    if not text:
        return None
    hint = normalise_hint(language) if isinstance(language, str) else None
    positions, words = tokens(text)
    for code in _ROUTER.route(text, words, hint if hint in _COMPILED else None):
        hit = _try(_COMPILED[code], text, positions, words)
        if hit is not None:
            return Classification(hit.sub_status, hit.confidence, hit.rule.id, code)
    return None


def _try(
    compiled: CompiledLanguage, text: str, positions: list[int], words: list[str]
) -> Hit | None:
    if compiled.language.word_boundaries:
        return compiled.best_at(text, positions, words)
    return compiled.best_anywhere(text)
