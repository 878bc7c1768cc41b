"""The wording a rule's pattern spells: its alternatives written out as plain phrases.

``zwrocon[oay] (?:do |dla )?nadawcy|zwrot doreczony`` spells "zwrocono nadawcy", "zwrocono do
nadawcy", "zwrocona dla nadawcy", ... and "zwrot doreczony". The learned model counts these
words into its concept lexicon (``_concepts``, ``training.rule_witnesses``), so what a rule
knows about a word carries to texts no rule matches whole.

Only the subset of regular expressions the rules use is read: literals and escapes, ``.``,
classes, ``(?:...)`` groups, alternatives, lookarounds (spelling nothing) and quantifiers.
A gap (``.{0,30}``, ``\\s+``, ``[^,]{1,20}``) spells a space; a word's continuation (``\\w*``)
spells nothing, so ``zwrocon\\w*`` spells the stem "zwrocon".
"""

from __future__ import annotations

from typing import Final, Literal

# Strings a group or a top-level alternative spells at most: "(?:a|b) (?:c|d|e)" spells their
# product, which can explode; each of a pattern's top-level alternatives keeps its own share.
MAX_PHRASES: Final = 256
_CLASS_CHOICES: Final = 3  # letters of a class like [oay] spelled out at most
_GAP: Final = " "

Kind = Literal["text", "gap", "word", "class", "nothing"]


def spelled(pattern: str) -> list[str]:
    """The distinct phrases (spaces collapsed, at least 2 characters) ``pattern`` spells."""
    found: list[str] = []
    for raw in _Reader(pattern).alternatives(top=True):
        phrase = " ".join(raw.split())
        if len(phrase) >= 2 and phrase not in found:
            found.append(phrase)
    return found


class _Reader:
    """A recursive-descent reading of one pattern into the strings it spells."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.at = 0

    def _peek(self, ahead: int = 0) -> str:
        i = self.at + ahead
        return self.pattern[i] if i < len(self.pattern) else ""

    def alternatives(self, *, top: bool = False) -> list[str]:
        """Alternatives up to a closing parenthesis or the end (a group's at most
        ``MAX_PHRASES``; the pattern's own all of them)."""
        found = self._sequence()
        while self._peek() == "|":
            self.at += 1
            found += self._sequence()
        return found if top else found[:MAX_PHRASES]

    def _sequence(self) -> list[str]:
        spelt = [""]
        while self._peek() not in ("", "|", ")"):
            atom, kind = self._atom()
            low, high = self._quantifier()
            options = _repeated(atom, kind, low, high)
            spelt = [a + b for a in spelt for b in options][:MAX_PHRASES]
        return spelt

    def _atom(self) -> tuple[list[str], Kind]:
        char = self._peek()
        self.at += 1
        if char == "(":
            return self._group()
        if char == "[":
            return self._class()
        if char == "\\":
            return _escape(self._next())
        if char == ".":
            return [_GAP], "gap"
        if char in "^$":
            return [""], "nothing"
        return [char], "text"

    def _next(self) -> str:
        char = self._peek()
        self.at += 1
        return char

    def _group(self) -> tuple[list[str], Kind]:
        look = False
        if self._peek() == "?":
            marker = self._peek(1)
            if marker == "<" and self._peek(2) in "=!":
                self.at += 3
                look = True
            elif marker in "=!":
                self.at += 2
                look = True
            else:
                self.at += 2  # (?:
        inner = self.alternatives()
        if self._peek() == ")":
            self.at += 1
        return ([""], "nothing") if look else (inner, "text")

    def _class(self) -> tuple[list[str], Kind]:
        negated = self._peek() == "^"
        if negated:
            self.at += 1
        letters: list[str] = []
        wide = negated
        first = True
        while self._peek() and (first or self._peek() != "]"):
            first = False
            char = self._next()
            if char == "\\":
                escaped = self._next()
                if escaped in "wsdWSD":
                    wide = True
                else:
                    letters.append(escaped)
            elif self._peek() == "-" and self._peek(1) not in ("]", ""):
                self.at += 2  # a range: more letters than a word's one choice
                wide = True
            else:
                letters.append(char)
        self.at += 1  # the closing bracket
        if wide or not letters:
            return [_GAP], "gap"
        return letters[:_CLASS_CHOICES], "class"

    def _quantifier(self) -> tuple[int, int | None]:
        char = self._peek()
        bounds: tuple[int, int | None]
        if char == "?":
            bounds = (0, 1)
        elif char == "*":
            bounds = (0, None)
        elif char == "+":
            bounds = (1, None)
        elif char == "{" and (close := self.pattern.find("}", self.at)) > 0:
            inside = self.pattern[self.at + 1 : close]
            low, comma, high = inside.partition(",")
            if not inside.replace(",", "", 1).isdigit():
                return 1, 1  # a literal brace
            self.at = close
            least = int(low or 0)
            bounds = (least, (int(high) if high else None) if comma else least)
        else:
            return 1, 1
        self.at += 1
        if self._peek() in ("?", "+"):
            self.at += 1  # lazy or possessive: the same spelling
        return bounds


def _escape(char: str) -> tuple[list[str], Kind]:
    if char == "w":
        return [""], "word"
    if char in "sdWSD":
        return [_GAP], "gap"
    if char in "bBAZ":
        return [""], "nothing"
    return [char], "text"


def _repeated(atom: list[str], kind: Kind, low: int, high: int | None) -> list[str]:
    """What an atom spells under a quantifier: a word's continuation nothing, a gap a space,
    an optional part both with and without it, a repeated letter class nothing."""
    if kind in ("word", "nothing"):
        return [""]
    if kind == "gap":
        return [_GAP]
    if (low, high) == (1, 1):
        return atom
    if kind == "class" and high != 1:
        return [""]  # [a-z]* and the like: the word goes on
    return ([""] if low == 0 else []) + atom
