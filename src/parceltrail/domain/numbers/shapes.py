"""Fixed-width format patterns as position tests: the hot path's cheaper stand-in for a regex.

Most formats are a fixed sequence of literals and character classes (``^YT(?P<serial>\\d{16})$``,
``^(?P<payload>\\d{11})(?P<check>\\d)$``).  On a canonical number (upper-case ASCII letters and
digits, as ``normalize`` gives) such a pattern matches exactly when each run of positions holds
what the pattern asks there, which ``str.isdigit``, ``str.isalpha`` and ``str.startswith`` on
the run tell without a regex call or a match object; its groups sit at fixed positions, so a
check digit's payload is a slice.  Any other pattern (alternation, a variable count, a
lookaround, a flag) gives ``None`` and keeps its regex.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Final

# One run of positions [start, end) and what every position in it must hold: "digits",
# "letters", "any" (a letter or a digit: every canonical character), "literal" (the text in
# ``chars``) or "set" (one of ``chars``).
Run = tuple[int, int, str, str]
Shape = tuple[int, tuple[Run, ...], dict[str, tuple[int, int]]]
ShapeTest = Callable[[str], "str | None"]

_DIGITS: Final = frozenset(string.digits)
_LETTERS: Final = frozenset(string.ascii_uppercase)
_CANONICAL: Final = _DIGITS | _LETTERS
_TOKEN: Final = re.compile(r"\(\?P<(\w+)>|\)|\\d|\[([0-9A-Z-]+)\]|([0-9A-Z])|\{(\d+)\}")


def shape_of(pattern: str) -> Shape | None:
    """(width, runs, group spans) of a fixed-width pattern; None for any other pattern."""
    if not (pattern.startswith("^") and pattern.endswith("$")):
        return None
    positions = _positions(pattern[1:-1])
    if positions is None:
        return None
    allowed, spans = positions
    return len(allowed), _runs(allowed), spans


def _positions(body: str) -> tuple[list[frozenset[str]], dict[str, tuple[int, int]]] | None:
    """The characters each position accepts, and each named group's span (None: unsupported)."""
    allowed: list[frozenset[str]] = []
    spans: dict[str, tuple[int, int]] = {}
    opened: list[tuple[str, int]] = []
    last: frozenset[str] | None = None  # the item a following {n} repeats
    i = 0
    while i < len(body):
        token = _TOKEN.match(body, i)
        if token is None:
            return None
        i = token.end()
        name, members, literal, count = token.group(1, 2, 3, 4)
        if name is not None:
            opened.append((name, len(allowed)))
            last = None
        elif token.group() == ")":
            if not opened:
                return None
            group, start = opened.pop()
            spans[group] = (start, len(allowed))
            last = None  # a repeated group is not a fixed sequence this reads
        elif count is not None:
            if last is None or int(count) < 1:
                return None
            allowed.extend([last] * (int(count) - 1))
            last = None
        else:
            last = _members(members) if members is not None else _DIGITS
            if literal is not None:
                last = frozenset(literal)
            if last is None:
                return None
            allowed.append(last)
    return (allowed, spans) if not opened and allowed else None


def _members(body: str) -> frozenset[str] | None:
    """Characters of a class body like '0-9A-Z' or 'CDKL' (None for a reversed range)."""
    chars: set[str] = set()
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            if body[i] > body[i + 2]:
                return None
            chars.update(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
            i += 3
        elif body[i] == "-":
            return None
        else:
            chars.add(body[i])
            i += 1
    return frozenset(chars)


def _runs(allowed: list[frozenset[str]]) -> tuple[Run, ...]:
    """Adjacent positions of one kind joined into runs (literals into one text)."""
    runs: list[Run] = []
    for position, chars in enumerate(allowed):
        kind, text = _kind(chars)
        if runs and runs[-1][2] == kind and kind != "set" and runs[-1][1] == position:
            start, _, _, before = runs[-1]
            runs[-1] = (start, position + 1, kind, before + text)
        else:
            runs.append((position, position + 1, kind, text))
    return tuple(runs)


def _kind(chars: frozenset[str]) -> tuple[str, str]:
    canonical = chars & _CANONICAL
    if canonical == _CANONICAL:
        return "any", ""
    if canonical == _DIGITS:
        return "digits", ""
    if canonical == _LETTERS:
        return "letters", ""
    if len(canonical) == 1:
        return "literal", "".join(canonical)
    return "set", "".join(sorted(canonical))


def shape_test(shape: Shape) -> ShapeTest:
    """A function answering a canonical number with itself where the shape fits, else None."""
    width, runs, _ = shape
    tests = tuple(run for run in runs if run[2] != "any")
    if len(tests) == 1 and tests[0][:3] == (0, width, "digits"):
        return _AllDigits(width)
    if len(tests) == 2 and tests[0][:3] == (0, tests[0][1], "literal"):
        prefix = tests[0][3]
        if tests[1][1:3] == (width, "digits"):
            return _PrefixThenDigits(width, prefix, tests[1][0])
    return _Runs(width, tests)


class _AllDigits:
    """Every position a digit (``^\\d{12}$`` and the like)."""

    def __init__(self, width: int) -> None:
        self.width = width

    def __call__(self, value: str) -> str | None:
        return value if len(value) == self.width and value.isdigit() else None


class _PrefixThenDigits:
    """A literal prefix, then digits up to a later point, anything canonical after it."""

    def __init__(self, width: int, prefix: str, digits_from: int) -> None:
        self.width = width
        self.prefix = prefix
        self.digits_from = digits_from

    def __call__(self, value: str) -> str | None:
        if (
            len(value) == self.width
            and value.startswith(self.prefix)
            and value[self.digits_from :].isdigit()
        ):
            return value
        return None


class _Runs:
    """Any fixed-width shape: each run tested in turn."""

    def __init__(self, width: int, runs: tuple[Run, ...]) -> None:
        self.width = width
        self.runs = runs

    def __call__(self, value: str) -> str | None:
        if len(value) != self.width:
            return None
        for start, end, kind, chars in self.runs:
            if kind == "literal":
                if not value.startswith(chars, start):
                    return None
            elif kind == "set":
                if value[start] not in chars:
                    return None
            elif kind == "digits":
                if not value[start:end].isdigit():
                    return None
            elif not value[start:end].isalpha():  # "letters"
                return None
        return value
