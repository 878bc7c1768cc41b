"""Per-directory tables for the detection hot path, built once per directory.

Formats are grouped by length, then by first character, into tiny tuples of entries holding
what matching needs (the bound regex method, a check-digit verifier, the outcome-key parts).
Nothing here depends on an input: no result is ever cached per input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from parceltrail.domain.numbers.checkdigits import bound
from parceltrail.domain.numbers.directory import CarrierDirectory
from parceltrail.domain.numbers.model import NumberFormat
from parceltrail.domain.numbers.relaxed import (
    CONFUSABLES,
    compiled_or_none,
    joined_text,
    relaxed_text,
)
from parceltrail.domain.numbers.shapes import Shape, shape_of, shape_test

# A format's test of a canonical number: its regex's match, or for a fixed-width pattern a
# position test answering the number itself (``shapes``); the verifier takes what it answered.
MatchFn = Callable[[str], Any]
Verify = Callable[[Any], bool]
KeyParts = dict["bool | None", tuple[int, "bool | None"]]
# (regex match, check verifier or None, outcome-key part per verdict, is S10)
Entry = tuple[MatchFn, "Verify | None", KeyParts, bool]
Bucket = tuple[Entry, ...]
# A check group of one character class ending the pattern: the check character is the
# number's last one and "everything before the check" is all the rest (no group lookups).
_CHECK_LAST = re.compile(r"\(\?P<check>(?:\\d|\[[^\]]*\])\)\$\Z")


def verifier(fmt: NumberFormat) -> Verify | None:
    """A function telling whether a pattern match's check character is right (None: no check)."""
    spec = fmt.check
    if spec is None:
        return None
    compute = bound(spec.algorithm, spec.params)
    group, prepend = spec.payload_group, spec.prepend
    if group is not None and not prepend:

        def by_group(m: re.Match[str]) -> bool:
            payload, check = m.group(group, "check")
            return compute(payload) == check

        return by_group

    if group is None and _CHECK_LAST.search(fmt.regex.pattern):

        def last_char(m: re.Match[str]) -> bool:
            value = m.string
            return compute(prepend + value[:-1]) == value[-1]

        return last_char

    def general(m: re.Match[str]) -> bool:
        payload = m.group(group) if group else m.string[: m.start("check")]
        return compute(prepend + payload) == m.group("check")

    return general


class Plan:
    """Matching tables of one directory, plus bounded tables of outcome-derived texts.

    ``outcomes`` maps an outcome key (which formats matched and how, see ``outcome``) to what
    follows from it alone.  Its keys come from the directory (formats x verdicts, S10 issuer
    codes), never from the input itself, and the table is bounded.
    """

    MAX_OUTCOMES = 50_000

    def __init__(self, directory: CarrierDirectory) -> None:
        self.directory = directory
        self.formats = directory.formats
        position = {id(f): i for i, f in enumerate(self.formats)}
        self.by_length: dict[int, dict[str, Bucket]] = {}
        # (length, first character) -> a filter of the confusable variants worth generating;
        # each filter's pattern is compiled on its first use (a process meets few of them)
        self.fixable: dict[tuple[int, str], Callable[[str], object]] = {}
        relaxed = {id(f): relaxed_text(f.regex.pattern, CONFUSABLES) for f in self.formats}
        # buckets holding a checked format other than the S10 scheme: only there can a fix
        # of an S10 near miss also pass another carrier's check digit
        self.checked_beyond_s10: set[tuple[int, str]] = set()
        # one entry a format, shared by every bucket it is in (a digits format is in ten)
        # formats of one shape share its test, and checks alike share one verifier, so the hot
        # loop asks each only once when they stand side by side (``outcome.match_key``)
        shared: dict[object, Any] = {}
        entries = [_entry(f, i, shared) for i, f in enumerate(self.formats)]
        for (first, length), formats in directory.index_items():
            bucket = tuple(entries[position[id(f)]] for f in formats)
            self.by_length.setdefault(length, {})[first] = bucket
            if any(f.check is not None and f.scheme != "s10" for f in formats):
                self.checked_beyond_s10.add((length, first))
        for first, partner in [(c, CONFUSABLES.get(c)) for c in _firsts(directory)]:
            for length in range(1, directory.max_length + 1):
                checked = [
                    *directory.checked_formats_for(length, first),
                    *(directory.checked_formats_for(length, partner) if partner else ()),
                ]
                if checked:
                    texts = [relaxed[id(f)] for f in checked]
                    readable = [text for text in texts if text is not None]
                    self.fixable[(length, first)] = (
                        _always
                        if len(readable) < len(texts)
                        else _CompiledOnFirstUse(self.fixable, (length, first), readable)
                    )
        self.outcomes: dict[Any, Any] = {}
        self.problems: dict[str, Any] = {}
        self.no_match: Any = None  # the outcome of a number no format's pattern fits
        # JSON of an S10 service indicator's meaning and of an issuer's fields, per code
        self.s10_services_json: dict[str, str] = {}
        self.s10_issuers_json: dict[str, str] = {}

    def remember(self, key: object, outcome: Any) -> Any:
        """Store an outcome (the table is bounded: cleared when full)."""
        if len(self.outcomes) >= self.MAX_OUTCOMES:
            self.outcomes.clear()
        self.outcomes[key] = outcome
        return outcome


def _entry(fmt: NumberFormat, index: int, shared: dict[object, Any]) -> Entry:
    keys: KeyParts = {v: (index, v) for v in (True, False, None)}
    # an S10 match's groups are read on (issuer, service, serial): S10 keeps its regex
    shape = shape_of(fmt.regex.pattern) if fmt.scheme != "s10" else None
    spec = fmt.check
    check = shape_verifier(fmt, shape) if shape is not None else None
    if shape is None or (spec is not None and check is None):
        return fmt.regex.match, verifier(fmt), keys, fmt.scheme == "s10"
    test = shared.setdefault(("shape", shape[0], shape[1]), shape_test(shape))
    if spec is not None and check is not None:
        alike = (spec.algorithm, repr(spec.params), check.prepend, check.start, check.end, check.at)
        check = shared.setdefault(("check", *alike), check)
    return test, check, keys, False


def _check_span(fmt: NumberFormat, shape: Shape) -> tuple[int, int, int] | None:
    """(payload start, payload end, check position) of a fixed-width format's check digit, or
    None where its groups do not give one character to check."""
    spec = fmt.check
    spans = shape[2]
    check = spans.get("check")
    if spec is None or check is None or check[1] != check[0] + 1:
        return None
    group = spec.payload_group
    if group is None:
        return 0, check[0], check[0]
    payload = spans.get(group)
    return None if payload is None else (payload[0], payload[1], check[0])


def shape_verifier(fmt: NumberFormat, shape: Shape) -> _FixedCheck | None:
    """``verifier`` for a format matched by its shape: its payload and check at fixed places."""
    spec = fmt.check
    span = _check_span(fmt, shape)
    if spec is None or span is None:
        return None
    return _FixedCheck(bound(spec.algorithm, spec.params), spec.prepend, *span)


class _FixedCheck:
    """Whether a number's check character is right, its payload and check at fixed positions."""

    def __init__(
        self, compute: Callable[[str], str | None], prepend: str, start: int, end: int, at: int
    ) -> None:
        self.compute = compute
        self.prepend = prepend
        self.start = start
        self.end = end
        self.at = at

    def __call__(self, value: str) -> bool:
        payload = value[self.start : self.end]
        if self.prepend:
            payload = self.prepend + payload
        return self.compute(payload) == value[self.at]


def _firsts(directory: CarrierDirectory) -> set[str]:
    chars = {first for (first, _), _ in directory.index_items()}
    return chars | {CONFUSABLES[c] for c in chars if c in CONFUSABLES}


def _always(value: str) -> bool:
    return True


class _CompiledOnFirstUse:
    """A ``fixable`` filter until its first call, which compiles the joined relaxed patterns
    and puts the compiled match in the table in its place (no indirection after that)."""

    def __init__(
        self,
        table: dict[tuple[int, str], Callable[[str], object]],
        key: tuple[int, str],
        texts: list[str],
    ) -> None:
        self.table = table
        self.key = key
        self.texts = texts

    def __call__(self, value: str) -> object:
        pattern = compiled_or_none(joined_text(self.texts))
        match: Callable[[str], object] = pattern.match if pattern is not None else _always
        self.table[self.key] = match
        return match(value)


def plan_for(directory: CarrierDirectory) -> Plan:
    """The directory's plan, built on first use."""
    plan = directory.plan
    if not isinstance(plan, Plan):
        plan = directory.plan = Plan(directory)
    return plan
