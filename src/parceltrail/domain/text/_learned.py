"""The learned model: a linear classifier over ``_features``, with a calibrated confidence.

The weights come from ``parceltrail/data/text_model.json``, written by
``python -m parceltrail.domain.text.training train`` (``make text-model``) from the labelled
carrier texts in tests/data/carrier_texts.tsv. Scores become probabilities through a softmax
whose temperature was fitted on predictions for carriers the model had not seen, so a
confidence of 0.8 means about eight in ten such answers are right. A score is a sum over the
text's known features, so it spreads wider the more features a text has: the temperature of
one text grows with the number of its known features to the power ``spread`` (fitted with the
temperature), or a short Chinese text with six known n-grams would never look as sure as a
long English one with sixty, however right. Below the model's
threshold, when too few of a text's features are known, or when its most likely class is
``ABSTAIN`` (texts that give no status, such as "Scan" or "Tracking information not
available"), it does not answer.

The logistic model's feature sum is scaled by ``(NORM_BASE / known) ** norm`` (``norm``
set by training, 0 for none), the same in training and scoring: a text of two words has a
tenth of a long sentence's features, and unscaled its few shared words could never speak as
loudly as the sentence's many (since session 11, docs/history/classification.md).
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

from parceltrail.domain.status import SubStatus
from parceltrail.domain.text._concepts import (
    NEGATION_REACH,
    concept_features,
    negated,
    word_concepts,
)
from parceltrail.domain.text._features import (
    feature_words,
    features,
    pair_words,
    word_features,
)

DATA_PACKAGE: Final = "parceltrail.data"
MODEL_FILE: Final = "text_model.json"
BIAS: Final = "\x03"
FORMAT_VERSION: Final = 1
# The class of texts that give no status, named so in the file; in the model it is None. The
# same "no status" is what an evaluation writes for a classifier that gives no answer
# (training.outcome, bench/classify.py): a text labelled "none" and left unanswered is right.
ABSTAIN: Final = "none"
# Carriers reuse a small vocabulary: a word's known feature ids and their summed weights are
# remembered, so its n-grams are built and summed once. Bounded: starts over when full.
WORD_MEMO_SIZE: Final = 50_000
# The number of known features at which a text's feature sum is taken as it is (``norm``).
NORM_BASE: Final = 40.0
_ONE: Final = 1


# A word's known feature ids, their summed weights, its concept features, the ids of those
# the model knows, as they are and negated (after a negation word), and the ids of the known
# word pairs it begins, by the word that follows (None: it begins none).
_WordPart = tuple[
    tuple[int, ...],
    tuple[float, ...],
    tuple[str, ...],
    tuple[int, ...],
    tuple[int, ...],
    Mapping[str, int] | None,
]


@dataclass(frozen=True, slots=True)
class Guess:
    """The model's answer: a sub-status and the probability that it is right."""

    sub_status: SubStatus
    confidence: float


class LearnedModel:
    """Sparse per-feature class weights; scoring touches only the features a text has."""

    __slots__ = (
        "_bias",
        "_ids",
        "_negative",
        "_pairs",
        "_vectors",
        "_word_parts",
        "_zero",
        "classes",
        "concepts",
        "min_known",
        "negation",
        "norm",
        "spread",
        "temperature",
        "threshold",
        "weights",
    )

    def __init__(
        self,
        classes: Sequence[SubStatus | None],
        weights: Mapping[str, tuple[float, ...]],
        *,
        temperature: float,
        threshold: float,
        min_known: int,
        spread: float = 0.0,
        concepts: Mapping[str, tuple[str, ...]] | None = None,
        negation: frozenset[str] = frozenset(),
        norm: float = 0.0,
    ) -> None:
        self.classes = tuple(classes)
        # Words (and stems, Han pairs) to the concepts they stand for, and the negation
        # words that turn a concept into its negated form (``_concepts``); empty: none.
        self.concepts = dict(concepts or {})
        self.negation = negation
        self.weights = dict(weights)
        self.temperature = temperature
        self.threshold = threshold
        self.min_known = min_known
        self.spread = spread
        self.norm = norm
        self._zero = (0.0,) * len(self.classes)
        self._bias = self.weights.get(BIAS, self._zero)
        self._ids = {feature: i for i, feature in enumerate(self.weights)}
        self._vectors = tuple(self.weights.values())
        self._word_parts: dict[str, _WordPart] = {}
        # Negated weight vectors of features two words of a text share, made as met.
        self._negative: dict[int, tuple[float, ...]] = {}
        # Known word pairs' ids by first and second word, made with the first word memo.
        self._pairs: dict[str, dict[str, int]] | None = None

    def scores(self, folded: str) -> tuple[list[float], int]:
        """Raw class scores of a folded text and how many of its features the model knows.

        The same as summing the weights of ``features(folded)`` and its concept features
        (each feature once), built from remembered per-word sums since n-gram building and
        summing are most of the cost; a feature two words share is taken back out once per
        extra word. The vectors are summed in the same order as ever, so the scores are the
        same to the last bit (and training, which scores with this, writes the same file)."""
        words = feature_words(folded)
        memo = self._word_parts
        by_word = {word: memo.get(word) or self._word_part(word) for word in words}
        parts = [part for part in by_word.values() if part[0]]
        vectors = [self._bias]
        vectors += [part[1] for part in parts]
        ids = [part[0] for part in parts]
        shared = len(ids) > 1 and sum(map(len, ids)) - len(set().union(*ids))
        if shared:
            vectors += self._overlap(ids)
        extra_ids = {
            found
            for a, b in itertools.pairwise(words)
            if (after := by_word[a][5]) is not None and (found := after.get(b)) is not None
        }
        if self.concepts:
            self._add_concept_ids(words, by_word, extra_ids)
        if extra_ids:
            every = self._vectors
            vectors += [every[i] for i in extra_ids]
        known_features = sum(map(len, ids)) - shared + len(extra_ids)
        totals: list[float] = list(map(sum, zip(*vectors, strict=True)))
        return self._scaled(totals, known_features), known_features

    def _scaled(self, totals: list[float], known: int) -> list[float]:
        """Scores whose feature part (all but the bias) is scaled by ``(NORM_BASE / known)
        ** norm``, as in training."""
        if not self.norm:
            return totals
        scale = (NORM_BASE / max(known, 1)) ** self.norm
        return [b + scale * (t - b) for b, t in zip(self._bias, totals, strict=True)]

    def _add_concept_ids(
        self, words: list[str], by_word: dict[str, _WordPart], found: set[int]
    ) -> None:
        """Add the ids of the known concept features of a text's words (``concept_features``):
        each word's own, or their negated forms after a negation word."""
        negation = self.negation
        if negation.isdisjoint(words):
            # Each word's own, in the same order (a repeated word adds nothing new).
            for part in by_word.values():
                if part[3]:
                    found.update(part[3])
            return
        negators = [i for i, word in enumerate(words) if word in negation]
        for i, word in enumerate(words):
            part = by_word[word]
            if not part[3] and not part[4]:
                continue
            if negators and any(i - NEGATION_REACH <= j < i for j in negators):
                found.update(part[4])
            else:
                found.update(part[3])

    def _overlap(self, ids: list[tuple[int, ...]]) -> list[tuple[float, ...]]:
        """Vectors that cancel the extra counts of features several words share (``ids``:
        each word's known feature ids), in the order the features are first met."""
        every = self._vectors
        negative = self._negative
        cancel = []
        counts = Counter(itertools.chain.from_iterable(ids))
        for i in itertools.compress(counts, map(_ONE.__lt__, counts.values())):
            times = counts[i]
            if times == 2:  # -(2 - 1) * w is -w to the bit: remembered per feature
                vector = negative.get(i)
                if vector is None:
                    vector = negative[i] = tuple(-w for w in every[i])
                cancel.append(vector)
            else:
                cancel.append(tuple(-(times - 1) * w for w in every[i]))
        return cancel

    def scores_of_features(
        self, folded: str, concepts: Mapping[str, tuple[str, ...]] | None = None
    ) -> tuple[list[float], int]:
        """``scores`` the plain way, from ``features`` (the reference the fast path matches);
        with ``concepts``, those instead of the model's (in training: a map without what the
        text's own rules say, ``training.fit``)."""
        weights = self.weights
        found = features(folded)
        meaning = self.concepts if concepts is None else concepts
        if self.concepts:
            found |= concept_features(feature_words(folded), meaning, self.negation)
        vectors = [vector for f in found if (vector := weights.get(f)) is not None]
        known = len(vectors)
        vectors.append(self._bias)
        return self._scaled([sum(column) for column in zip(*vectors, strict=True)], known), known

    def forget_words(self) -> None:
        """Empty the per-word memo (for measurements)."""
        self._word_parts.clear()

    def _word_part(self, word: str) -> _WordPart:
        """A word's known feature ids, the sum of their weights and its own concept features
        (before any negation word), remembered."""
        memo = self._word_parts
        found = memo.get(word)
        if found is None:
            ids = self._ids
            known = tuple({i for i in map(ids.get, word_features(word)) if i is not None})
            every = self._vectors
            vectors = [every[i] for i in known] or [self._zero]
            meant = word_concepts(word, self.concepts, self.negation) if self.concepts else ()
            found = (
                known,
                tuple(map(sum, zip(*vectors, strict=True))),
                meant,
                tuple(i for f in meant if (i := ids.get(f)) is not None),
                tuple(i for f in meant if (i := ids.get(negated(f))) is not None),
                self._pairs_by_word().get(word),
            )
            if len(memo) >= WORD_MEMO_SIZE:
                memo.clear()
            memo[word] = found
        return found

    def _pairs_by_word(self) -> dict[str, dict[str, int]]:
        """The ids of the known word pairs (``pair_feature``) by first and second word."""
        if self._pairs is None:
            self._pairs = {}
            for feature, i in self._ids.items():
                if (pair := pair_words(feature)) is not None:
                    self._pairs.setdefault(pair[0], {})[pair[1]] = i
        return self._pairs

    def probabilities(self, totals: Sequence[float], known: int = 1) -> list[float]:
        """Softmax of the scores at the fitted temperature, times ``known ** spread``."""
        exps, whole = self._exponentials(totals, known)
        return [e / whole for e in exps]

    def _exponentials(self, totals: Sequence[float], known: int) -> tuple[list[float], float]:
        """The softmax's numerators (the top score's exactly 1.0) and their sum."""
        top = max(totals)
        temperature = self.temperature * max(known, 1) ** self.spread
        exps = [math.exp((s - top) / temperature) for s in totals]
        return exps, sum(exps)

    def guess(self, folded: str) -> Guess | None:
        """The most likely sub-status with its probability; None below the threshold or when
        the most likely class is that of texts without a status."""
        totals, known = self.scores(folded)
        if known < self.min_known:
            return None
        exps, whole = self._exponentials(totals, known)
        # ``probabilities`` without dividing every class: the top score's exp is exactly 1.0,
        # so the largest probability is 1.0 / whole, first reached at the top score unless an
        # earlier class's exp is over 0.5 (one at most 0.5 divides to at most half of it).
        best = totals.index(max(totals))
        if best and max(exps[:best]) > 0.5:
            probabilities = [e / whole for e in exps]
            best = probabilities.index(max(probabilities))
        likeliest = exps[best] / whole
        found = self.classes[best]
        if found is None or likeliest < self.threshold:
            return None
        return Guess(found, round(likeliest, 2))

    def to_json(self) -> dict[str, Any]:
        """The model as a JSON document (what ``from_json`` reads); the norm only when not 0,
        the concepts and negation words only when it has concepts."""
        doc: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "classes": [ABSTAIN if c is None else c.value for c in self.classes],
            "temperature": self.temperature,
            "spread": self.spread,
            "threshold": self.threshold,
            "min_known": self.min_known,
            # Sparse: most features move only a few classes; [class, weight, class, weight...]
            "weights": {
                feature: [x for c, w in enumerate(vector) if w for x in (c, _compact(w))]
                for feature, vector in sorted(self.weights.items())
            },
        }
        if self.norm:
            doc["norm"] = self.norm
        if self.concepts:
            doc["concepts"] = {key: list(meant) for key, meant in sorted(self.concepts.items())}
            doc["negation"] = sorted(self.negation)
        return doc

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> LearnedModel:
        """Read a model document; a wrong format is an error that says what to do."""
        if doc.get("format") != FORMAT_VERSION:
            raise ValueError(
                f"text model format {doc.get('format')!r} is not {FORMAT_VERSION}; "
                "rebuild it with `make text-model`"
            )
        classes = [None if value == ABSTAIN else SubStatus(value) for value in doc["classes"]]
        size = len(classes)
        weights = {}
        for feature, flat in doc["weights"].items():
            dense = [0.0] * size
            for i in range(0, len(flat) - 1, 2):
                dense[int(flat[i])] = float(flat[i + 1])
            weights[feature] = tuple(dense)
        return cls(
            classes,
            weights,
            temperature=float(doc["temperature"]),
            threshold=float(doc["threshold"]),
            min_known=int(doc["min_known"]),
            # Files written before the spread was fitted: one temperature for every text.
            spread=float(doc.get("spread", 0.0)),
            # Files written before session 10: no concept features.
            concepts={key: tuple(meant) for key, meant in doc.get("concepts", {}).items()},
            negation=frozenset(doc.get("negation", ())),
            # Files written before session 11: feature sums taken as they are.
            norm=float(doc.get("norm", 0.0)),
        )


def _compact(weight: float) -> float | int:
    """Whole numbers without a decimal point, so the file stays small."""
    return int(weight) if weight == int(weight) else weight


@cache
def default_model() -> LearnedModel | None:
    """The model shipped with the package, read once; None when the file is absent."""
    entry = resources.files(DATA_PACKAGE).joinpath(MODEL_FILE)
    if not entry.is_file():
        return None
    return LearnedModel.from_json(json.loads(entry.read_text(encoding="utf-8")))
