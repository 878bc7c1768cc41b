"""Which languages to try on a text, most likely first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

_HAN: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CYRILLIC: Final = re.compile(r"[\u0400-\u04ff]")
_LATIN: Final = re.compile(r"[a-z]")
_MAX_WORDS: Final = 40
_ALIASES: Final = {"iw": "he", "in": "id", "jw": "jv"}


def normalise_hint(language: str | None) -> str | None:
    """``"pt-BR"``, ``"zh_Hant"``, ``"RU"`` -> ``"pt"``, ``"zh"``, ``"ru"``."""
    if not language:
        return None
    code = re.split(r"[-_.@ ]", language.strip().lower(), maxsplit=1)[0]
    return _ALIASES.get(code, code) or None


class Router:
    """Orders languages: the hint, the script (Han, Cyrillic), then Latin languages by how
    many of their marker words the text has, English, and the other Latin languages."""

    __slots__ = ("_latin", "_markers", "_rank")

    def __init__(self, markers: dict[str, frozenset[str]]) -> None:
        self._latin = tuple(markers)
        self._rank = {code: i for i, code in enumerate(self._latin)}
        self._markers = _invert(markers)

    def route(self, folded: str, words: Sequence[str], hint: str | None) -> list[str]:
        """Languages to try, most likely first."""
        order = [hint] if hint else []
        if _HAN.search(folded):
            order.append("zh")
        if _CYRILLIC.search(folded):
            order.append("ru")
        if _LATIN.search(folded):
            scores: dict[str, int] = {}
            for word in words[:_MAX_WORDS]:
                for code in self._markers.get(word, ()):
                    scores[code] = scores.get(code, 0) + 1
            order += sorted(scores, key=lambda code: (-scores[code], self._rank[code]))
            order += ["en", *self._latin]
        return list(dict.fromkeys(order))


def _invert(sets: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    """{code: words} as {word: codes}."""
    out: dict[str, tuple[str, ...]] = {}
    for code, words in sets.items():
        for word in words:
            out[word] = (*out.get(word, ()), code)
    return out
