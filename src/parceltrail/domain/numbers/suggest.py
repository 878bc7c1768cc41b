"""Suggestions for invalid numbers: one small change that makes the check digit pass.

Tried in this order (most to least likely as an explanation): a confusable character
(O/0, I/1, S/5, B/8, Z/2), two neighbours swapped, and finally the check digit itself
replaced.  Only changes that give a number passing a check digit are suggested: a change
that merely fits a length-only format proves nothing.  Swaps and check-digit fixes are only
tried when the number already has the shape of a checked format (a near miss), which keeps
junk input cheap.

All-digit numbers get no suggestion: with no letters to anchor a format, a swapped pair or a
replaced check digit passes a mod-10 check by chance (one swap in ten), so a "did you mean"
would be a guess presented as a fix; the message names the failed check digit instead.
Each variant is first screened by the plan's bound patterns and check-digit verifiers (a few
calls), and only a variant that passes is credited to carriers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from operator import mul
from typing import Final

from parceltrail.domain.numbers.checkdigits import _DIGIT_VALUES, S10_WEIGHTS
from parceltrail.domain.numbers.directory import CarrierDirectory
from parceltrail.domain.numbers.matching import FormatMatch, match_formats, verify_check
from parceltrail.domain.numbers.model import NumberFormat
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


# The S10 check digit by the weighted sum mod 11: 11 - r, where 10 gives 0 and 11 gives 5.
_S10_CHECK_BY_REMAINDER: Final = "50987654321"
# How a swap of serial digits i and i+1 moves the weighted sum, per unit of (b - a).
_S10_SWAP_STEPS: Final = tuple(S10_WEIGHTS[i] - S10_WEIGHTS[i + 1] for i in range(7))


def _s10_transpositions(value: str) -> Iterator[tuple[str, str]]:
    """Swaps inside an S10 number's serial and check digit that make its check digit pass.

    Arithmetic on the weighted sum (a swap moves it by the weights' difference times the
    digits' difference): nine candidates cost nine additions, not nine regex matches.  Swaps
    across the letters break the S10 shape, so they are never fixes of an S10 near miss.
    """
    digits = value[2:11].encode().translate(_DIGIT_VALUES)  # serial and check, as values
    total = sum(map(mul, digits, S10_WEIGHTS))  # the serial's weighted sum (8 weights)
    check, by_remainder = value[10], _S10_CHECK_BY_REMAINDER
    for i, step in enumerate(_S10_SWAP_STEPS):
        a, b = digits[i], digits[i + 1]
        if a != b and by_remainder[(total + step * (b - a)) % 11] == check:
            yield _swapped(value, i + 2)
    a, b = digits[7], digits[8]  # the last serial digit swapped with the check digit
    if a != b and by_remainder[(total + S10_WEIGHTS[7] * (b - a)) % 11] == str(a):
        yield _swapped(value, 9)


def _swapped(value: str, pos: int) -> tuple[str, str]:
    """value with the characters at pos and pos + 1 swapped, and the change in words."""
    pair = value[pos : pos + 2]
    swapped = value[:pos] + pair[::-1] + value[pos + 2 :]
    return swapped, f"swapped {pair} -> {pair[::-1]} at positions {pos + 1}-{pos + 2}"


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


def _passing_carriers(value: str, plan: Plan, *, s10: bool = True) -> tuple[str, ...]:
    """``checked_carriers`` on the plan's bound patterns and verifiers (the suggestion loop);
    ``s10=False`` leaves the S10 scheme out (its verdict is already known)."""
    group = plan.by_length.get(len(value))
    entries = group.get(value[0]) if group is not None else None
    if not entries:
        return ()
    found: list[str] = []
    for match, verify, parts, is_s10 in entries:
        if verify is None or (is_s10 and not s10):
            continue
        m = match(value)
        if m is None or not verify(m):
            continue
        if is_s10:
            post = plan.directory.s10_posts.get(m.group("country"))
            carrier = post.carrier_for(m.group("service")) if post is not None else ""
        else:
            carrier = plan.formats[parts[True][0]].carrier
        if carrier and carrier not in found:
            found.append(carrier)
    return tuple(found)


def could_suggest(value: str, plan: Plan) -> bool:
    """Whether a confusable variant of value could fit a checked format.

    Sound: variants keep the length and start with value[0] or its partner, and a variant
    fits a format only if value fits its relaxed pattern (see ``relaxed``).
    """
    fixable = plan.fixable.get((len(value), value[0]))
    return fixable is not None and fixable(value) is not None


def _s10_suggestions(
    value: str, failed: Sequence[FormatMatch], matches: Sequence[FormatMatch], plan: Plan
) -> tuple[Suggestion, ...]:
    """An S10 near miss: its serial swaps and its check digit, which pass the S10 check by
    construction and keep the issuer (so its carrier); a confusable would change the number's
    shape, not fix it.  Other checked formats are still asked whether they accept a fix."""
    issuer_carrier = next(m.carrier for m in failed if m.carrier)
    alone: tuple[str, ...] = (issuer_carrier,)
    # the variants keep value's length and first letter, so they share its bucket
    ask_others = (len(value), value[0]) in plan.checked_beyond_s10
    out: dict[str, Suggestion] = {}
    for variants in (_s10_transpositions(value), _check_digit_fixes(value, matches)):
        for number, change in variants:
            if number in out or number == value:
                continue
            carriers = alone
            if ask_others:
                others = _passing_carriers(number, plan, s10=False)
                carriers = (issuer_carrier, *(c for c in others if c != issuer_carrier))
            out[number] = Suggestion(number, change, carriers)
            if len(out) >= MAX_SUGGESTIONS:
                return tuple(out.values())
    return tuple(out.values())


def s10_near_miss_suggestions(
    value: str, m: re.Match[str], fmt: NumberFormat, carrier: str, plan: Plan
) -> tuple[Suggestion, ...]:
    """What ``suggest`` answers when the only failed check is this S10 match's (issuer known)."""
    _, expected, pos = verify_check(fmt, m)
    failed = [FormatMatch(fmt, carrier, False, expected, pos)]
    return _s10_suggestions(value, failed, failed, plan)


def suggest(
    value: str, matches: Sequence[FormatMatch], directory: CarrierDirectory
) -> tuple[Suggestion, ...]:
    """Up to five single-change corrections of an invalid normalised number."""
    out: dict[str, Suggestion] = {}
    if value.isdigit() or not _worth_trying(value, directory):
        return ()
    plan = plan_for(directory)
    # a near miss whose failed formats credit no carrier (an S10 issuer code we do not know)
    # cannot be fixed by a swap or a check digit: only confusables could change its format
    near_miss = any(m.check_passed is False and m.carrier for m in matches)
    if not near_miss and not could_suggest(value, plan):
        return ()  # only confusable variants are tried, and none of them can fit
    failed = [m for m in matches if m.check_passed is False]
    if failed and all(m.fmt.scheme == "s10" for m in failed):
        if not near_miss:
            return ()  # an issuer code we do not know: no fix keeping it has a carrier
        return _s10_suggestions(value, failed, matches, plan)
    sources = (
        _confusable_variants(value),
        _transpositions(value) if near_miss else iter(()),
        _check_digit_fixes(value, matches),
    )
    for variants in sources:
        for number, change in variants:
            if number in out or number == value:
                continue
            carriers = _passing_carriers(number, plan)
            if carriers:
                out[number] = Suggestion(number, change, carriers)
            if len(out) >= MAX_SUGGESTIONS:
                return tuple(out.values())
    return tuple(out.values())
