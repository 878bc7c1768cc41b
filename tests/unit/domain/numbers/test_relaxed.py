"""Confusable-tolerant patterns: what a relaxed pattern accepts, and when there is no filter."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from parceltrail.domain.numbers.relaxed import (
    CONFUSABLES,
    _class_members,
    _expand,
    compiled_or_none,
    joined_text,
    relaxed_text,
)


def relax(pattern: str, partners: Mapping[str, str]) -> re.Pattern[str] | None:
    """The relaxed pattern as the plan compiles it (None: no filter)."""
    text = relaxed_text(pattern, partners)
    return None if text is None else compiled_or_none(text)


def relaxed(pattern: str) -> str:
    compiled = relax(pattern, CONFUSABLES)
    assert compiled is not None, pattern
    return compiled.pattern


def test_confusable_pairs_go_both_ways() -> None:
    assert {a: b for a, b in CONFUSABLES.items() if CONFUSABLES[b] == a} == CONFUSABLES
    assert set(CONFUSABLES) == set("O0I1S5B8Z2")


def test_a_character_class_is_widened_by_the_partners() -> None:
    assert _expand({"O"}, CONFUSABLES) == "[0O]"
    assert _expand({"A"}, CONFUSABLES) == "[A]"
    assert _expand({"1", "I", "A"}, CONFUSABLES) == "[1AI]"
    assert _expand(set(), CONFUSABLES) == "(?!)"
    assert _expand({"O"}, {}) == "[O]"


@pytest.mark.parametrize(
    ("body", "members"),
    [
        ("0-9", set("0123456789")),
        ("A-C", set("ABC")),
        ("A-CX", set("ABCX")),
        ("\\d", set("0123456789")),
        ("\\dA", set("0123456789A")),
        ("XY\\d", set("XY0123456789")),
        ("XY", set("XY")),
        ("a-z", set()),  # lower case is never in a normalised number
        ("-A", {"A"}),  # a leading dash is a literal, not a range
        ("A-", {"A"}),
        ("^0-9", set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        ("^A-Z0-8", {"9"}),
    ],
)
def test_class_members(body: str, members: set[str]) -> None:
    assert _class_members(body) == members


def test_an_escape_other_than_digits_in_a_class_is_not_supported() -> None:
    assert _class_members("\\w") is None
    assert _class_members("A\\s") is None


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("^AB$", "^[A][8B]$"),
        ("^\\d{2}$", "^[0123456789BIOSZ]{2}$"),
        ("^[0-2]+$", "^[012IOZ]+$"),
        ("^(?P<check>\\d)$", "^(?:[0123456789BIOSZ])$"),
        ("^(?:A|C)?.*$", "^(?:[A]|[C])?.*$"),
        ("^[^0-9]$", "^[01258ABCDEFGHIJKLMNOPQRSTUVWXYZ]$"),
        ("^[XY]{1,3}$", "^[XY]{1,3}$"),
        ("^(A|B)C$", "^([A]|[8B])[C]$"),  # a plain group stays as it is
        ("^[A][B]$", "^[A][8B]$"),
        ("^(?P<a>A)(?P<bb>B)$", "^(?:[A])(?:[8B])$"),
    ],
)
def test_relaxed_patterns(pattern: str, expected: str) -> None:
    assert relaxed(pattern) == expected


def test_a_relaxed_pattern_accepts_every_confusable_variant() -> None:
    pattern = relax(r"^1Z(?P<serial>[0-9A-Z]{6})(?P<check>\d)$", CONFUSABLES)
    assert pattern is not None
    assert pattern.match("1Z12345A7")
    assert pattern.match("I2I2345A7")  # 1->I, Z->2
    assert pattern.match("1ZABCDEFO")  # the check digit as the letter O
    assert not pattern.match("1Z12345AX")
    assert not pattern.match("1Z12345A77")
    assert pattern.groupindex == {}  # groups made non-capturing, so patterns can be joined


def test_unsupported_syntax_gives_no_filter() -> None:
    assert relax("^(?=A)B$", CONFUSABLES) is None  # lookahead
    assert relax("^(?i)a$", CONFUSABLES) is None  # flags
    assert relax("^(?!A)B$", CONFUSABLES) is None
    assert relax("^(?<=A)B$", CONFUSABLES) is None
    assert relax("^(?L)B$", CONFUSABLES) is None  # an upper-case flag, then no valid regex
    assert relax("^(?P<a>A)(?P=a)$", CONFUSABLES) is None
    assert relax("^(?#note)A$", CONFUSABLES) is None
    assert relax("^\\w+$", CONFUSABLES) is None
    assert relax("^[\\w]$", CONFUSABLES) is None
    assert relax("^a$", CONFUSABLES) is None  # lower case is not in the dialect
    assert relax("^A-B$", CONFUSABLES) is None


@pytest.mark.parametrize("pattern", ["^A{2$", "^[AB$", "^(?P<name$", "^(A$", "^A)$"])
def test_a_pattern_the_rewrite_cannot_read_gives_no_filter(pattern: str) -> None:
    # Python reads "A{2" as literal text, so such a pattern can come from a data file
    assert relax(pattern, CONFUSABLES) is None


def test_joined_text_accepts_what_any_pattern_accepts() -> None:
    joined = compiled_or_none(joined_text(["^[A]{2}$", "^[0-9]$"]))
    assert joined is not None
    assert joined.pattern == "(?:^[A]{2}$)|(?:^[0-9]$)"
    assert joined.match("AA")
    assert joined.match("7")
    assert not joined.match("A7")


def test_a_text_that_does_not_compile_is_no_filter() -> None:
    assert compiled_or_none("^[A$") is None
