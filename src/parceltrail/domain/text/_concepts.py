"""Concept features: words of any language mapped to the status their wording stands for.

A carrier the model never saw words its events its own way, often in a language only a few
training tables use. The project's general vocabulary (tests/data/event_texts.tsv: phrases in
27 languages, each labelled with the sub-status it says) names, for many words, what they
mean: "doručeno", "zugestellt", "entregue" and "签收" all appear in delivered phrases. Each
such word is given the *concept* of the labels it appears under (the sub-status, and the
family of statuses it belongs to: customs, a return, a failed attempt...), and a text gets a
feature per concept of its words. The model then learns one weight for "a word of the
delivered concept", from every language's carrier texts at once, instead of one per word
from the one or two tables that use it.

A word is looked up whole; a word the vocabulary does not have, by its first ``STEM`` letters
(inflections: "doručena", "doručeno"); a word of Han or kana by its character pairs ("已签收"
holds "签收"). A concept after a negation word (the rules' negation words, among the
``NEGATION_REACH`` words before it; for Han, a negation character just before the pair) is a
feature of its own: "not delivered" is not "delivered".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from parceltrail.domain.text._detect import HAN_RANGES, KANA_RANGES

CONCEPT: Final = "\x04"
NEGATED: Final = "\x05"
STEM: Final = 5  # letters a word is looked up by when the vocabulary lacks the whole word
STEM_MARK: Final = "~"
NEGATION_REACH: Final = 3  # words before a concept word that may negate it (as in the rules)
HAN_REACH: Final = 2  # characters before a Han or kana pair that may negate it
MIN_SHARE: Final = 0.6  # of a word's vocabulary phrases, those a concept must hold
MIN_COUNT: Final = 1  # vocabulary phrases a word must appear in to carry a concept
_SPACELESS: Final = re.compile(f"[{KANA_RANGES}{HAN_RANGES}]")
# Families of sub-statuses whose wording overlaps ("customs", "return", "attempt"): a word
# split among them still carries the family's concept.
FAMILIES: Final[dict[str, str]] = {
    "customs_started": "customs",
    "customs_held": "customs",
    "customs_cleared": "customs",
    "returning": "return",
    "returned": "return",
    "failed_attempt": "attempt",
    "address_issue": "attempt",
    "refused": "attempt",
    "pending": "start",
    "info_received": "start",
    "accepted": "start",
    "in_transit": "move",
    "departed_origin": "move",
    "arrived_destination": "move",
    "handed_over": "move",
    "delayed": "trouble",
    "lost": "trouble",
    "damaged": "trouble",
    "cancelled": "trouble",
    "exception": "trouble",
    "expired": "trouble",
}

Concepts = Mapping[str, tuple[str, ...]]
_FAMILY_NAMES: Final = frozenset(FAMILIES.values())


def lookup_keys(word: str) -> tuple[str, ...]:
    """The keys a word is counted under in the vocabulary: itself, and its stem (marked)
    when longer than ``STEM``; a word with Han or kana, its character pairs instead."""
    if not word.isascii() and _SPACELESS.search(word):
        return tuple(dict.fromkeys(word[i : i + 2] for i in range(len(word) - 1))) or (word,)
    if len(word) > STEM:
        return (word, word[:STEM] + STEM_MARK)
    return (word,)


def build_concepts(
    phrases: Iterable[tuple[Sequence[str], str]],
    *,
    min_share: float = MIN_SHARE,
    min_count: int = MIN_COUNT,
) -> dict[str, tuple[str, ...]]:
    """Concepts of the vocabulary's keys from (words, label) phrases.

    A key's concepts are the labels holding at least ``min_share`` of the phrases it appears
    in, and the families doing so (a label without a family is its own). A key seen in fewer
    than ``min_count`` phrases, or with no concept, maps to ``()``: known, meaning nothing
    in particular ("the", "de", "parcel"), so its stem is not asked instead. Labels "none"
    (texts without a status) count as a label of their own and give no concept.
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for words, label in phrases:
        keys = {key for word in words for key in lookup_keys(word)}
        for key in keys:
            counts[key][label] += 1
    return {key: concepts_of(by_label, min_share, min_count) for key, by_label in counts.items()}


def concepts_of(
    by_label: Mapping[str, float], min_share: float = MIN_SHARE, min_count: float = MIN_COUNT
) -> tuple[str, ...]:
    """The concepts of one key from how often (or how much) each label holds it."""
    total = sum(by_label.values())
    if total < min_count or total <= 0:
        return ()
    found: list[str] = []
    families: Counter[str] = Counter()
    for label, count in by_label.items():
        families[FAMILIES.get(label, label)] += count  # type: ignore[assignment]
        if label != "none" and count >= min_share * total:
            found.append(label)
    found += [
        "+" + family
        for family, count in families.items()
        if family in _FAMILY_NAMES and count >= min_share * total
    ]
    return tuple(sorted(found))


def word_concepts(word: str, concepts: Concepts, negation: frozenset[str]) -> tuple[str, ...]:
    """A word's concept features on its own (no negation before it): those of the whole word,
    else of its stem; in a Han or kana word those of its pairs, each negated when a negation
    character stands just before it in the word."""
    if not word.isascii() and _SPACELESS.search(word):
        found: set[str] = set()
        for i in range(len(word) - 1):
            meant = concepts.get(word[i : i + 2])
            if meant:
                before = word[max(0, i - HAN_REACH) : i]
                mark = NEGATED if any(c in negation for c in before) else CONCEPT
                found.update(mark + m for m in meant)
        return tuple(sorted(found))
    meant = concepts.get(word)
    if meant is None and len(word) > STEM:
        meant = concepts.get(word[:STEM] + STEM_MARK)
    return tuple(CONCEPT + m for m in meant) if meant else ()


def negated(feature: str) -> str:
    """The negated form of a concept feature (a negated one stays negated)."""
    return NEGATED + feature[1:] if feature[0] == CONCEPT else feature


def concept_features(
    words: Sequence[str], concepts: Concepts, negation: frozenset[str]
) -> set[str]:
    """The concept features of a text's words, negated after a negation word."""
    found: set[str] = set()
    for i, word in enumerate(words):
        own = word_concepts(word, concepts, negation)
        if not own:
            continue
        if any(w in negation for w in words[max(0, i - NEGATION_REACH) : i]):
            found.update(negated(f) for f in own)
        else:
            found.update(own)
    return found


class _Less:
    """Concepts of keys from label weights less one part's own, computed on demand (the
    ``get`` of a ``Concepts`` mapping, all ``word_concepts`` asks of one)."""

    __slots__ = ("_counts", "_least", "_memo", "_own", "_share")

    def __init__(
        self,
        counts: Mapping[str, Mapping[str, float]],
        own: Mapping[str, Mapping[str, float]],
        share: float,
        least: float,
    ) -> None:
        self._counts = counts
        self._own = own
        self._share = share
        self._least = least
        self._memo: dict[str, tuple[str, ...] | None] = {}

    def get(self, key: str) -> tuple[str, ...] | None:
        if key in self._memo:
            return self._memo[key]
        by_label = self._counts.get(key)
        found: tuple[str, ...] | None = None
        if by_label is not None:
            mine = self._own.get(key, {})
            left = {k: v - mine.get(k, 0.0) for k, v in by_label.items()}
            left = {k: v for k, v in left.items() if v > _EPSILON}
            if left:
                found = concepts_of(left, self._share, self._least)
        self._memo[key] = found
        return found


_EPSILON: Final = 1e-9


def _keys(words: Sequence[str]) -> set[str]:
    return {key for word in words for key in lookup_keys(word)}


def count_keys(
    texts: Sequence[tuple[Sequence[str], str, str, float]],
    phrases: Sequence[tuple[Sequence[str], str]],
) -> dict[str, dict[str, float]]:
    """How much of each label each key holds: texts (words, label, source, weight) by their
    weight, phrases (words, label) 1 each."""
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for words, label, _, weight in texts:
        for key in _keys(words):
            counts[key][label] += weight
    for words, label in phrases:
        for key in _keys(words):
            counts[key][label] += 1.0
    return counts


def concepts_less(
    counts: Mapping[str, Mapping[str, float]],
    left_out: Sequence[tuple[Sequence[str], str]],
    *,
    min_share: float = MIN_SHARE,
    min_count: float = MIN_COUNT,
) -> Concepts:
    """The concepts of ``counts`` without some phrases (words, label; 1 each) counted in
    them, computed as asked (``get`` only, as ``word_concepts`` asks)."""
    own: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for words, label in left_out:
        for key in _keys(words):
            own[key][label] += 1.0
    return _Less(counts, own, min_share, min_count)  # type: ignore[return-value]


def learn_concepts(
    texts: Sequence[tuple[Sequence[str], str, str, float]],
    phrases: Sequence[tuple[Sequence[str], str]],
    negation: frozenset[str],
    *,
    witnesses: Sequence[tuple[Sequence[str], str]] = (),
    min_share: float = MIN_SHARE,
    min_count: float = MIN_COUNT,
) -> tuple[dict[str, tuple[str, ...]], list[set[str]], list[set[str]]]:
    """Concepts counted from carrier texts (words, label, source, weight), vocabulary
    phrases (words, label; weight 1 each) and ``witnesses`` (words, label; weight 1 each:
    the words a rule spells, ``training.rule_witnesses``, counted but not trained on), and
    the concept features to train on.

    Returns the concepts of every key (for texts of carriers not counted) and, for training,
    each text's concept features as the *other sources* give them and each phrase's as the
    *other phrases and the texts* give them: counted with its own source, a text's quirky
    words would always carry the right concept, and the model would learn to trust concepts
    more than a new carrier's words deserve.
    """
    counts = count_keys(texts, (*phrases, *witnesses))
    by_source: dict[str, dict[str, dict[str, float]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(float))
    )
    for words, label, source, weight in texts:
        for key in _keys(words):
            by_source[source][key][label] += weight
    less: dict[str, _Less] = {}
    text_features = []
    for words, _, source, _ in texts:
        if source not in less:
            less[source] = _Less(counts, by_source[source], min_share, min_count)
        text_features.append(concept_features(words, less[source], negation))  # type: ignore[arg-type]
    phrase_features = []
    for words, label in phrases:
        own = {key: {label: 1.0} for key in _keys(words)}
        mine = _Less(counts, own, min_share, min_count)
        phrase_features.append(concept_features(words, mine, negation))  # type: ignore[arg-type]
    whole = {key: concepts_of(by_label, min_share, min_count) for key, by_label in counts.items()}
    return _needed(whole), text_features, phrase_features


def _needed(concepts: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The keys a model must keep: those with concepts, and whole words without any whose
    stem has some (a known word is not read by its stem)."""
    return {
        key: meant
        for key, meant in concepts.items()
        if meant
        or (
            not key.endswith(STEM_MARK) and len(key) > STEM and concepts.get(key[:STEM] + STEM_MARK)
        )
    }
