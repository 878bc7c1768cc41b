"""Confusable-tolerant versions of format patterns: a cheap, sound filter for suggestions.

``relaxed_text(pattern)`` rewrites a pattern so that wherever it accepts a character it also
accepts that character's confusable partner (O/0, I/1, S/5, B/8, Z/2).  A confusable variant of a
number can then only fit a format if the number itself fits the relaxed pattern, so junk that
fits no relaxed pattern needs no variants generated at all.  Patterns use a small dialect
(literals, ``\\d``, classes, groups, alternation, quantifiers); anything else gives ``None``,
which means "no filter" (always try), never a wrong answer.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Final

ALPHABET = string.ascii_uppercase + string.digits
CONFUSABLES: Final = {
    "O": "0",
    "0": "O",
    "I": "1",
    "1": "I",
    "S": "5",
    "5": "S",
    "B": "8",
    "8": "B",
    "Z": "2",
    "2": "Z",
}
_PASS_THROUGH = frozenset("()|^$?*+.")
_GROUP_OPENERS = ("(?P<", "(?:")


def _expand(chars: set[str], partners: Mapping[str, str]) -> str:
    """A character class accepting chars and their partners ('(?!)' when empty)."""
    wider = chars | {partners[c] for c in chars if c in partners}
    return "[" + "".join(sorted(wider)) + "]" if wider else "(?!)"


def _class_members(body: str) -> set[str] | None:
    """Alphabet characters a class body like '0-9A-Z' or '^CD' accepts (None if unsupported)."""
    negate = body.startswith("^")
    body = body[1:] if negate else body
    chars: set[str] = set()
    i = 0
    while i < len(body):
        if body.startswith("\\d", i):
            chars.update(string.digits)
            i += 2
        elif body[i] == "\\":
            return None
        elif i + 2 < len(body) and body[i + 1] == "-":
            chars.update(c for c in ALPHABET if body[i] <= c <= body[i + 2])
            i += 3
        else:
            chars.add(body[i])
            i += 1
    members = {c for c in ALPHABET if c in chars}
    return set(ALPHABET) - members if negate else members


def relaxed_text(pattern: str, partners: Mapping[str, str]) -> str | None:
    """The confusable-tolerant version of pattern, as text (None when its syntax is not
    supported). Groups are made non-capturing so that several can be joined with ``|``."""
    try:
        return _rewrite(pattern, partners)
    except ValueError:  # an unclosed '{', '[' or '(?P<' is no pattern we can read
        return None


def compiled_or_none(text: str) -> re.Pattern[str] | None:
    """A relaxed pattern text compiled (None when it does not compile: then no filter)."""
    try:
        return re.compile(text, re.ASCII)
    except re.error:
        return None


def _rewrite(pattern: str, partners: Mapping[str, str]) -> str | None:
    """The relaxed pattern's text (None when its syntax is not supported)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        # other "(?" groups (lookarounds, flags, back-references) reach a character refused
        # below ('=', '!', '<', '>', '#', a lower-case flag) or a pattern that does not compile
        if pattern.startswith(_GROUP_OPENERS, i):  # groups become non-capturing (combinable)
            end = pattern.index(">", i) + 1 if pattern.startswith("(?P<", i) else i + 3
            out.append("(?:")
            i = end
        elif char in _PASS_THROUGH:
            out.append(char)
            i += 1
        elif char == "{":
            end = pattern.index("}", i) + 1
            out.append(pattern[i:end])
            i = end
        elif pattern.startswith("\\d", i):
            out.append(_expand(set(string.digits), partners))
            i += 2
        elif char == "[":
            end = pattern.index("]", i + 1)
            members = _class_members(pattern[i + 1 : end])
            if members is None:
                return None
            out.append(_expand(members, partners))
            i = end + 1
        elif char in ALPHABET:
            out.append(_expand({char}, partners))
            i += 1
        else:
            return None
    return "".join(out)


def joined_text(texts: list[str]) -> str:
    """The text of one pattern accepting what any of the pattern texts accepts."""
    return "|".join(f"(?:{text})" for text in texts)
