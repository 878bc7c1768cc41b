"""Rules of one language compiled into a single scan, and the choice between matches."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from parceltrail.domain.status import SubStatus
from parceltrail.domain.text._compile import Scan, build_scan
from parceltrail.domain.text._model import FUTURE_NEGATED, PRIORITY, Language, Rule

CUE_WORDS: Final = 3  # negation or future cues count among this many words before a match
CUE_CHARS: Final = 3  # the same for languages without spaces (Chinese), in characters
# Languages without spaces whose cues are words (Thai "ไม่", "มิได้") look further back, to the
# clause's start at most: "ไม่ได้รับความ" stands before "เสียหาย" in "ไม่ได้รับความเสียหาย".
CUE_WORD_CHARS: Final = 15
_CLAUSE_SPLIT: Final = re.compile(r"[\s,.;:!?()/]")
# A cue counts only inside the match's clause: "niet bezorgd, adres onjuist" is an address
# issue, not a negated one, and "…, geen brievenbus. Retour afzender." is a return.
_CLAUSE_END: Final = re.compile(r"[,.;:!?()]| [-–—] ")
_NEGATION_FACTOR: Final = 0.85
_CONFLICT_FACTOR: Final = 0.9
_SPECIFIC: Final = 0.85  # rules at least this sure count as a conflict when they lose

_Found = tuple[int, float, Rule, SubStatus]  # priority, confidence, rule, status


@dataclass(frozen=True, slots=True)
class Hit:
    """The winning match of one language."""

    rule: Rule
    sub_status: SubStatus
    confidence: float


class CompiledLanguage:
    """All rules of a language as one regex, and the cues that qualify a match."""

    __slots__ = ("code", "language", "scan", "word_cues")

    def __init__(self, language: Language) -> None:
        self.code = language.code
        self.language = language
        ordered = sorted(language.rules, key=lambda r: -r.priority)
        self.scan: Scan = build_scan(ordered, word_boundaries=language.word_boundaries)
        cues = language.negation | language.irrealis | language.future
        self.word_cues = tuple(sorted(cue for cue in cues if len(cue) > 1))

    def best_at(self, text: str, positions: Sequence[int], words: Sequence[str]) -> Hit | None:
        """The best match starting at a word whose first letters can start a rule."""
        found: list[_Found] = []
        pattern, owners = self.scan.pattern, self.scan.owners
        one, two, three = self.scan.heads
        everywhere = self.scan.everywhere
        without = self.language.without
        taken: list[tuple[int, int]] = []  # (word, end) of each match, where "without" counts
        for i, word in enumerate(words):
            if not (everywhere or word[:3] in three or word[:2] in two or word[:1] in one):
                continue
            match = pattern.match(text, positions[i])
            if match is not None and match.lastindex is not None:
                first = _clause_start(text, positions, i)
                before = words[first:i]
                if without:
                    before = _unclaimed(before, first, positions[i], taken, without)
                    taken.append((i, match.end()))
                judged = self._judge(owners[match.lastindex - 1], before)
                if judged is not None:
                    found.append(judged)
        return _pick(found)

    def best_anywhere(self, text: str) -> Hit | None:
        """The best match at any position (languages without spaces)."""
        found: list[_Found] = []
        owners = self.scan.owners
        for match in self.scan.pattern.finditer(text):
            if match.lastindex is not None:
                judged = self._judge(owners[match.lastindex - 1], self._cues(text, match.start()))
                if judged is not None:
                    found.append(judged)
        return _pick(found)

    def _cues(self, text: str, start: int) -> Iterable[str]:
        """The characters before a match, less irrealis ones a realis pair makes past; or,
        where cues are words, those in the match's clause."""
        if self.word_cues:
            clause = _CLAUSE_SPLIT.split(text[max(0, start - CUE_WORD_CHARS) : start])[-1]
            return [cue for cue in self.word_cues if cue in clause]
        low = max(0, start - CUE_CHARS)
        before = text[low:start]
        realis, irrealis = self.language.realis, self.language.irrealis
        if not realis or irrealis.isdisjoint(before):
            return before
        return "".join(
            char
            for i, char in enumerate(before, low)
            if not (char in irrealis and i > 0 and text[i - 1 : i + 1] in realis)
        )

    def _judge(self, rule: Rule, before: Iterable[str]) -> _Found | None:
        """The match in its context as (priority, confidence, rule, status), or None."""
        cues = set(before)
        if cues and not self.language.negation.isdisjoint(cues):
            later = FUTURE_NEGATED.get(rule.sub_status)
            if later is not None and not self.language.future.isdisjoint(cues):
                return PRIORITY[later], rule.confidence * _NEGATION_FACTOR, rule, later
            if rule.on_negation is None:
                return None
            sub = rule.on_negation
            return PRIORITY[sub], rule.confidence * _NEGATION_FACTOR, rule, sub
        if cues and not rule.modal_ok and not self.language.irrealis.isdisjoint(cues):
            return None
        return rule.priority, rule.confidence, rule, rule.sub_status


def _clause_start(text: str, positions: Sequence[int], i: int) -> int:
    """The first of the ``CUE_WORDS`` words before word ``i`` in the same clause."""
    start = max(0, i - CUE_WORDS)
    while start < i and _CLAUSE_END.search(text, positions[start], positions[i]) is not None:
        start += 1
    return start


def _unclaimed(
    before: Sequence[str],
    first: int,
    start: int,
    taken: Sequence[tuple[int, int]],
    without: frozenset[str],
) -> Sequence[str]:
    """The cue words (word ``first`` on) of a match at ``start``, less the "without" words
    that an earlier match after them, ended before ``start``, took ("ohne Schäden zugestellt").
    A match inside an earlier one ("attempt" of "delivery attempt") is the same thing named."""
    last = max((k for k, end in taken if end <= start), default=-1)
    if last < first:
        return before
    return [word for k, word in enumerate(before, first) if k >= last or word not in without]


def _pick(found: list[_Found]) -> Hit | None:
    """Highest priority, then confidence, then the earliest; lowered on a real conflict."""
    if not found:
        return None
    best = found[0]
    for item in found[1:]:
        if item[:2] > best[:2]:
            best = item
    _, confidence, rule, sub_status = best
    rivals = {f[3] for f in found if f[2].confidence >= _SPECIFIC}
    if len(rivals - {sub_status}) > 0 and len(rivals) > 1:
        confidence *= _CONFLICT_FACTOR
    return Hit(rule, sub_status, round(confidence, 2))
