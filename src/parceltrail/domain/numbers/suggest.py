"""Suggestions for invalid numbers: one small change that makes the check digit pass.

Tried in this order (most to least likely as an explanation): a confusable character
(O/0, I/1, S/5, B/8, Z/2), two neighbours swapped, and finally the check digit itself
replaced.  Only changes that give a number passing a check digit are suggested: a change
that merely fits a length-only format proves nothing.  Swaps and check-digit fixes are only
tried when the number already has the shape of a checked format (a near miss), which keeps
junk input cheap.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from parceltrail.domain.numbers.directory import CarrierDirectory
from parceltrail.domain.numbers.matching import FormatMatch, match_formats
from parceltrail.domain.numbers.plan import Plan, plan_for
from parceltrail.domain.numbers.relaxed import CONFUSABLES
from parceltrail.domain.numbers.results import Suggestion

MAX_SUGGESTIONS: Final = 5


def checked_carriers(value: str, directory: CarrierDirectory) -> tuple[str, ...]:
    """Carriers for which value passes a check digit (empty when none)."""
    formats = directory.checked_formats_for(len(value), value[0])
    if not formats:
        return ()
    matches = match_formats(value, directory, formats)
    return tuple(dict.fromkeys(m.carrier for m in matches if m.check_passed and m.carrier))


def _confusable_variants(value: str) -> Iterator[tuple[str, str]]:
    for i, char in enumerate(value):
        other = CONFUSABLES.get(char)
        if other is not None:
            yield value[:i] + other + value[i + 1 :], f"{char} -> {other} at position {i + 1}"
    for char, other in CONFUSABLES.items():
        if value.count(char) > 1:
            yield value.replace(char, other), f"every {char} -> {other}"


def _transpositions(value: str) -> Iterator[tuple[str, str]]:
    for i in range(len(value) - 1):
        a, b = value[i], value[i + 1]
        if a != b:
            swapped = value[:i] + b + a + value[i + 2 :]
            yield swapped, f"swapped {a}{b} -> {b}{a} at positions {i + 1}-{i + 2}"


def _check_digit_fixes(value: str, matches: Sequence[FormatMatch]) -> Iterator[tuple[str, str]]:
    for m in matches:
        if m.check_passed is False and m.expected is not None and m.check_pos >= 0:
            old = value[m.check_pos]
            fixed = value[: m.check_pos] + m.expected + value[m.check_pos + 1 :]
            yield fixed, f"check digit {old} -> {m.expected} at position {m.check_pos + 1}"


def _worth_trying(value: str, directory: CarrierDirectory) -> bool:
    """Whether any checked format accepts numbers of this length starting like value could."""
    length = len(value)
    firsts = {value[0], value[1] if length > 1 else value[0], CONFUSABLES.get(value[0], "")}
    return any(directory.checked_formats_for(length, c) for c in firsts if c)


def could_suggest(value: str, plan: Plan) -> bool:
    """Whether a confusable variant of value could fit a checked format.

    Sound: variants keep the length and start with value[0] or its partner, and a variant
    fits a format only if value fits its relaxed pattern (see ``relaxed``).
    """
    fixable = plan.fixable.get((len(value), value[0]))
    return fixable is not None and fixable(value) is not None


def suggest(
    value: str, matches: Sequence[FormatMatch], directory: CarrierDirectory
) -> tuple[Suggestion, ...]:
    """Up to five single-change corrections of an invalid normalised number."""
    out: dict[str, Suggestion] = {}
    if not _worth_trying(value, directory):
        return ()
    near_miss = any(m.check_passed is False for m in matches)
    if not near_miss and not could_suggest(value, plan_for(directory)):
        return ()  # only confusable variants are tried, and none of them can fit
    sources = (
        _confusable_variants(value),
        _transpositions(value) if near_miss else iter(()),
        _check_digit_fixes(value, matches),
    )
    for variants in sources:
        for number, change in variants:
            if number in out or number == value:
                continue
            carriers = checked_carriers(number, directory)
            if carriers:
                out[number] = Suggestion(number, change, carriers)
            if len(out) >= MAX_SUGGESTIONS:
                return tuple(out.values())
    return tuple(out.values())
