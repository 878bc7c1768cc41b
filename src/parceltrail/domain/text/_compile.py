"""Turn a language's rules into one fast scan regex.

Python's ``re`` rejects an alternative in one step when it starts with a literal character,
so every rule is split into its top-level alternatives, leading groups (and leading classes
of plain letters, "[הו]?") are expanded until each alternative starts with a literal, and
alternatives are bucketed by that character: at a position only one bucket is explored.
Inside a bucket the same is done again, character by character (an ordered trie, ``_tree``),
so a position explores only the alternatives that can still match there, not every
alternative of the bucket in turn. An empty capturing group at the end of each alternative
says which rule matched. For languages
with word boundaries the regex is only tried at word starts whose first letters begin some
alternative (``Scan.heads``); for the others (Chinese) it is a lookahead tried at every
position, so matches may overlap.
Alternatives that cannot start with a literal (rare) go to a last bucket.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from parceltrail.domain.text._fold import fold_pattern
from parceltrail.domain.text._model import Rule

_MAX_EXPANSION: Final = 64
_META: Final = frozenset("\\()[]{}.^$*+?|")
_QUANTIFIERS: Final = frozenset("*+?{")


_Item = tuple[str, Rule]  # an alternative (or what is left of it) and its rule


class RuleError(ValueError):
    """A rule that cannot be compiled into the scan."""


@dataclass(frozen=True, slots=True)
class Scan:
    """A language's rules as one regex plus what it needs to be run cheaply."""

    pattern: re.Pattern[str]  # anchored at a word start, or a lookahead for every position
    owners: tuple[Rule, ...]  # the rule of capturing group n is owners[n - 1]
    heads: tuple[frozenset[str], frozenset[str], frozenset[str]]  # literal prefixes, length 1-3
    everywhere: bool  # some alternative has no literal prefix: try every word start


def build_scan(rules: Sequence[Rule], *, word_boundaries: bool) -> Scan:
    """Compile ``rules`` (highest priority first; that order decides ties at one position).

    The rules are compiled once, together: compiling each alone first, to name a broken one,
    doubled the import time of the classifier, so a rule is compiled alone only when the whole
    scan fails, to say which rule is at fault."""
    try:
        return _scan(rules, word_boundaries=word_boundaries)
    except (re.error, ValueError, IndexError) as exc:
        for rule in rules:
            _checked(rule)
        raise RuleError(f"the rules compile alone but not together: {exc}") from exc


def _scan(rules: Sequence[Rule], *, word_boundaries: bool) -> Scan:
    literal: list[_Item] = []
    wild: list[_Item] = []
    heads: tuple[set[str], set[str], set[str]] = (set(), set(), set())
    everywhere = False
    for rule in rules:
        for alternative in split_alternatives(fold_pattern(rule.pattern)):
            for expanded in expand(alternative, word_boundaries=word_boundaries):
                prefix = literal_prefix(expanded)
                if prefix:
                    heads[len(prefix) - 1].add(prefix)
                else:
                    everywhere = True
                (literal if _literal_head(expanded) else wild).append((expanded, rule))
    # Alternatives without a literal start come after all others, whatever their rule.
    owners: list[Rule] = []
    body = _tree([*literal, *wild], owners)
    pattern = re.compile(body if word_boundaries else f"(?=(?:{body}))")
    if pattern.groups != len(owners):  # a rule brought a capturing group of its own
        raise RuleError(f"{pattern.groups} groups for {len(owners)} alternatives")
    frozen = (frozenset(heads[0]), frozenset(heads[1]), frozenset(heads[2]))
    return Scan(pattern, tuple(owners), frozen, everywhere)


def _tree(items: Sequence[_Item], owners: list[Rule]) -> str:
    """``items`` as one alternation, the first that matches winning as in ``a|b|c``, with
    alternatives sharing a literal first character under that character: at a position only
    the alternatives that can start there are explored (a regex tries every alternative of an
    alternation in turn). An alternative may move ahead of others only past ones starting with
    a different literal, which cannot match where it does; anything else (a class, a group, a
    lookbehind, the end of the alternative) keeps its place. A run of alternatives anchored at
    the text's start shares one ``^``. ``owners`` gets each alternative's rule in the order of
    their capturing groups."""
    entries: list[tuple[str, list[_Item]]] = []  # (shared head or "", its alternatives)
    open_heads: dict[str, list[_Item]] = {}  # literal heads alternatives may still join
    for rest, rule in items:
        head = _literal_head(rest)
        if head:
            joined = open_heads.get(head)
            if joined is None:
                open_heads[head] = joined = []
                entries.append((head, joined))
            joined.append((rest[1:], rule))
            continue
        open_heads = {}
        if _anchored(rest):
            if entries and entries[-1][0] == "^":
                entries[-1][1].append((rest[1:], rule))
            else:
                entries.append(("^", [(rest[1:], rule)]))
        else:
            entries.append(("", [(rest, rule)]))
    parts: list[str] = []
    for head, group in entries:
        if not head:
            parts.append(f"{group[0][0]}()")
            owners.append(group[0][1])
        elif head == "^":
            parts.append(f"^(?:{_tree(group, owners)})")
        else:
            parts.append(f"{re.escape(head)}(?:{_tree(group, owners)})")
    return "|".join(parts)


def _anchored(alternative: str) -> bool:
    """``^rest``: an alternative that matches only at the start of the text."""
    return alternative[:1] == "^" and alternative[1:2] not in _QUANTIFIERS


def literal_prefix(alternative: str, size: int = 3) -> str:
    """Up to ``size`` leading literal characters, stopping at a space or any regex syntax."""
    out = ""
    while len(out) < size and _literal_head(alternative) and alternative[0] != " ":
        out += alternative[0]
        alternative = alternative[1:]
    return out


def _checked(rule: Rule) -> str:
    body = fold_pattern(rule.pattern)
    try:
        compiled = re.compile(body)
    except re.error as exc:
        raise RuleError(f"{rule.id}: {exc}") from exc
    if compiled.groups:
        raise RuleError(f"{rule.id}: use (?:...) groups, capturing groups break the scan")
    return body


def split_alternatives(pattern: str) -> list[str]:
    """Top-level ``|`` alternatives, respecting groups, classes and escapes."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def expand(alternative: str, *, word_boundaries: bool, budget: int = _MAX_EXPANSION) -> list[str]:
    """Rewrite a leading group or optional character until a literal comes first."""
    if word_boundaries and alternative.startswith(r"\b"):
        alternative = alternative[2:]
    if budget <= 0 or _literal_head(alternative):
        return [alternative]
    if _optional_char(alternative):
        rest = alternative[2:]
        shorter = expand(rest, word_boundaries=word_boundaries, budget=budget - 1)
        return [alternative[0] + rest, *shorter]
    letters, rest = _leading_class(alternative)
    if letters:
        # "[הו]?נמסר": one alternative per letter (and one without, when optional), so it
        # keeps its place in the scan instead of going to the last bucket.
        optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
        if optional:
            rest = rest[1:]
        elif rest[:1] in _QUANTIFIERS:
            return [alternative]
        lettered = [letter + rest for letter in letters] + ([rest] if optional else [])
        return _expand_all(alternative, lettered, word_boundaries=word_boundaries, budget=budget)
    if not alternative.startswith("(?:"):
        return [alternative]
    end = _closing(alternative)
    inner, rest = alternative[3:end], alternative[end + 1 :]
    if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
        choices = [*(a + rest[1:] for a in split_alternatives(inner)), rest[1:]]
    elif rest[:1] in _QUANTIFIERS:
        return [alternative]
    else:
        choices = [a + rest for a in split_alternatives(inner)]
    return _expand_all(alternative, choices, word_boundaries=word_boundaries, budget=budget)


def _expand_all(
    alternative: str, choices: Sequence[str], *, word_boundaries: bool, budget: int
) -> list[str]:
    """Each choice expanded in turn, or ``alternative`` itself when that makes too many."""
    out: list[str] = []
    for choice in choices:
        out.extend(expand(choice, word_boundaries=word_boundaries, budget=budget - len(choices)))
    return out if len(out) <= _MAX_EXPANSION else [alternative]


def _leading_class(alternative: str) -> tuple[str, str]:
    """``[abc]rest``: the class's letters and what follows, when the class lists plain
    letters only (no range, escape or negation); ``("", alternative)`` otherwise."""
    if not alternative.startswith("["):
        return "", alternative
    end = alternative.find("]", 1)
    letters = alternative[1:end] if end > 1 else ""
    if (
        not letters
        or any(c in _META or c in "-^" for c in letters)
        or len(set(letters)) != len(letters)
    ):
        return "", alternative
    return letters, alternative[end + 1 :]


def _optional_char(alternative: str) -> bool:
    """``s?rest``: a literal made optional (not lazy or possessive)."""
    return (
        len(alternative) > 1
        and alternative[0] not in _META
        and alternative[1] == "?"
        and alternative[2:3] not in ("?", "+")
    )


def _literal_head(alternative: str) -> str:
    """The first character when it is a plain literal not followed by a quantifier."""
    if not alternative or alternative[0] in _META:
        return ""
    if alternative[1:2] in _QUANTIFIERS:
        return ""
    return alternative[0]


def _closing(pattern: str) -> int:
    """Index of the parenthesis closing the group opened at 0."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise RuleError(f"unbalanced group in {pattern!r}")
