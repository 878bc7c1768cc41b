"""Which languages to try on a text, most likely first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# Han (CJK ideographs, extension A, compatibility) and kana, as regex class ranges; the
# learned model's features (``_features``) single out the same two scripts.
HAN_RANGES: Final = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA_RANGES: Final = r"\u3040-\u30ff"
_HAN: Final = re.compile(f"[{HAN_RANGES}]")
_CYRILLIC: Final = re.compile(r"[\u0400-\u04ff]")
_LATIN: Final = re.compile(r"[a-z]")
_MAX_WORDS: Final = 40
# Scripts that name their language well enough to label a model answer (the rules route
# separately); Han alone is Chinese only when no kana is present.
_SCRIPTS: Final = (
    ("ko", re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")),
    ("ja", re.compile(f"[{KANA_RANGES}]")),
    ("zh", _HAN),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("uk", re.compile(r"[ієїґ]")),
    ("ru", _CYRILLIC),
)
_ALIASES: Final = {"iw": "he", "in": "id", "jw": "jv"}


def script_language(folded: str) -> str | None:
    """The language a non-Latin script points to, or None for Latin text."""
    if folded.isascii():
        return None
    for code, pattern in _SCRIPTS:
        if pattern.search(folded):
            return code
    return None


def _script_languages(folded: str) -> tuple[list[str], list[str]]:
    """Languages a text's non-Latin scripts point to, in the order their rules are tried: those
    the script names, and those that merely share the script (no letter of their own)."""
    if folded.isascii():
        return [], []
    found = [code for code, pattern in _SCRIPTS if pattern.search(folded)]
    shared: list[str] = []
    if "zh" in found and "ja" not in found:
        shared.append("ja")  # kanji-only Japanese reads as Chinese first
    if "ru" in found and "uk" not in found:
        shared.append("uk")  # Ukrainian without і, є, ї or ґ reads as Russian first
    return found, shared


def normalise_hint(language: str | None) -> str | None:
    """``"pt-BR"``, ``"zh_Hant"``, ``"RU"`` -> ``"pt"``, ``"zh"``, ``"ru"``."""
    if not language:
        return None
    code = re.split(r"[-_.@ ]", language.strip().lower(), maxsplit=1)[0]
    return _ALIASES.get(code, code) or None


class Router:
    """Orders languages: the hint, the scripts (Hangul, kana, Han, Thai, Hebrew, Arabic, Greek,
    Cyrillic), then Latin-script languages by how many of their marker words the text has,
    the languages that only share a script (Japanese for Han, Ukrainian for Cyrillic),
    English, and the other Latin languages."""

    __slots__ = ("_latin", "_markers", "_rank")

    def __init__(self, markers: dict[str, frozenset[str]]) -> None:
        self._latin = tuple(markers)
        self._rank = {code: i for i, code in enumerate(self._latin)}
        self._markers = _invert(markers)

    def route(self, folded: str, words: Sequence[str], hint: str | None) -> list[str]:
        """Languages to try, most likely first."""
        return self.route_with_evidence(folded, words, hint)[0]

    def route_with_evidence(
        self, folded: str, words: Sequence[str], hint: str | None
    ) -> tuple[list[str], int]:
        """Languages to try, most likely first, and how many lead the list on evidence (the
        hint, a script, marker words) rather than as a fallback."""
        order = [hint] if hint else []
        named, shared = _script_languages(folded)
        order += named
        latin = _LATIN.search(folded) is not None
        if latin:
            scores: dict[str, int] = {}
            for word in words[:_MAX_WORDS]:
                for code in self._markers.get(word, ()):
                    scores[code] = scores.get(code, 0) + 1
            order += sorted(scores, key=lambda code: (-scores[code], self._rank[code]))
        # A language that only shares the script is no sign of itself: it answers when the
        # script's own language finds nothing, but never overrules that language's weak match
        # (a Ukrainian "доставлен[аоі]" rule read "Посылка доставлена в сортировочный центр",
        # Russian still in transit, as delivered).
        evidenced = len(dict.fromkeys(order))
        order += shared
        if latin:
            order += ["en", *self._latin]
        return list(dict.fromkeys(order)), evidenced


def _invert(sets: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    """{code: words} as {word: codes}."""
    out: dict[str, tuple[str, ...]] = {}
    for code, words in sets.items():
        for word in words:
            out[word] = (*out.get(word, ()), code)
    return out
