"""Train the event-text model and measure it on carriers it has not seen.

    python -m parceltrail.domain.text.training train [--corpus FILE] [--out FILE]
        [--vocabulary FILE|none] [--concepts none|vocabulary|texts] [--rule-words yes|no]
    python -m parceltrail.domain.text.training evaluate [--corpus FILE] [--folds 5] [--holdout-only]
        [--cv-only] [--cap N|none] [--vocabulary FILE|none] [--learner logistic|perceptron]
        [--concepts none|vocabulary|texts] [--rule-words yes|no]

``train`` writes the model the package ships (``make text-model``), from the carrier texts
and the general vocabulary (tests/data/event_texts.tsv; its phrases equal to a carrier text
left out, those without a status teaching the model when not to answer). ``evaluate`` splits the
corpus by source (a carrier's table, fixture or page: never in both training and test),
trains on the other folds, calibrates inside them the same way, and prints accuracy overall,
per language and per kind of source, for rules alone, the model alone and both, with the
confusion table and the calibration of the model's confidence (docs/classification.md);
for the held-out sources also a table per source.

Training is multinomial logistic regression by averaged stochastic gradient descent over
``_features`` (``--learner perceptron``: the averaged perceptron of earlier sessions), in plain
Python, with concept features (``_concepts``: what a text's words stand for in other
carriers' texts and the vocabulary, each training text's counted without its own source); the
temperature of the softmax and the model's threshold are chosen on out-of-fold scores, again
split by source: the temperature by log loss, the threshold as the lowest whose answers are
right at least ``PRECISION_FLOOR`` of the time. The held-out sources take no part in any
choice; their figures are for reading once, at the end.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import operator
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from parceltrail.domain.status import SubStatus
from parceltrail.domain.text._classifier import classify_rules, classify_using
from parceltrail.domain.text._concepts import (
    concept_features,
    concepts_less,
    count_keys,
    learn_concepts,
)
from parceltrail.domain.text._features import feature_words, features
from parceltrail.domain.text._fold import fold
from parceltrail.domain.text._learned import ABSTAIN, BIAS, NORM_BASE, LearnedModel
from parceltrail.domain.text._model import Language
from parceltrail.domain.text._spelled import spelled
from parceltrail.domain.text.rules import LANGUAGES

EPOCHS: Final = 12
MARGIN: Final = 1.0
# The learner (chosen on the by-source cross-validation, docs/classification.md, Session 8b):
# multinomial logistic regression, whose scores are log-odds, so that the fitted temperature
# turns them into probabilities that rank the model's right answers above its wrong ones
# better than the perceptron's margins did; the perceptron stays for comparison.
Learner = Literal["logistic", "perceptron"]
LEARNER: Final[Learner] = "logistic"
LEARNERS: Final[tuple[Learner, ...]] = ("logistic", "perceptron")
LOGISTIC_EPOCHS: Final = 10
# Each step of logistic training leaves out this share of the text's features (never the
# bias), drawn afresh every epoch from a generator seeded apart from the shuffle. A carrier's
# table names a status in several redundant ways (its own words, n-grams, pairs, concepts);
# trained on all of them at once, a few of its own quirks explain the label and the shared
# wording learns little. Left out at random, every feature has to carry the label alone now
# and then, which is what a new carrier's text asks of the few features it shares with the
# training texts (chosen on the by-source cross-validation, docs/history/classification.md,
# Session 11).
DROPOUT: Final = 0.3
# A text's feature sum is scaled by (NORM_BASE / its features) ** NORM in logistic training
# and in scoring (``LearnedModel.norm``): between summing (0) and averaging (1). Short texts
# (a status name of one or two words, a Chinese code name) otherwise never reach the
# confidence of long sentences that say no more; averaging (1) went too far the other way
# (chosen on the by-source cross-validation, docs/history/classification.md, Session 11).
NORM: Final = 0.25
LEARNER_NORMS: Final[dict[Learner, float]] = {"perceptron": 0.0, "logistic": NORM}
LEARNING_RATE: Final = 0.2  # divided by 1 + epoch / 2: big steps first, then settling
WEIGHT_DECIMALS: Final = 2
# Logistic regression moves every class a little on every step, so most weights end near zero
# rather than at it: those smaller than this are dropped, which halves the file (3.7 -> about
# 1.8 MB) and its load time, at no cost measured on the cross-validation.
MIN_WEIGHT: Final = 0.03
MIN_DOCUMENT_FREQUENCY: Final = 2  # a feature seen in one text only is a name, not wording
# Candidate thresholds, 0.50 to 0.95 and 0.99: wide, so that the choice is the objective's
# (below), not the range's (the old range ended at 0.9, where session 6b's fit stopped). None
# under one half: the temperature makes the confidence a calibrated probability, and an answer
# the model itself finds more likely wrong than right would be a guess shown as fact.
THRESHOLDS: Final = (*(round(0.05 * k, 2) for k in range(10, 20)), 0.99)
# No candidate meets the floor: a threshold above every probability, the model never answers.
NEVER: Final = 1.01
# The objective of the threshold: as many model answers as possible (a text left unclassified
# counts as wrong), provided that out of fold, on sources the model never saw, the answers it
# gives at or above the threshold are right at least this often (source-weighted). Answers
# shown as fact must be right seven times in ten as a whole, as the weak rules' answers
# (stated 0.6-0.75) are. The last answers let in are right less often than that (about 45%
# on the training sources): this objective counts an unanswered text as wrong, as the
# issue's target does; the old one (right +1, wrong -1, with the rules) would stop higher.
PRECISION_FLOOR: Final = 0.7
MIN_KNOWN: Final = 2
CALIBRATION_FOLDS: Final = 4
# Candidate temperatures, 0.05 to about 32 in steps of 10%.
_TEMPERATURES: Final = tuple(round(0.05 * 1.1**k, 4) for k in range(69))
# Candidate spreads: a text's temperature is the temperature times its number of known
# features to this power (``LearnedModel.spread``). 0 is one temperature for all texts; 0.5
# is how a sum of that many unrelated weights spreads; 1 a mean. Fitted by log loss with the
# temperature, out of fold, as the temperature alone was before.
SPREADS: Final = (0.0, 0.25, 0.5, 0.75, 1.0)
# The spread was made for the perceptron, whose margins are sums that grow with a text's
# features. Logistic regression's scores are near log-odds already: a spread fitted on them
# by log loss sharpened every short text (temperature 0.23 at spread 0.5), so one-word texts
# such as "Scan" or "12345" got a confident answer and the model outvoted sure rules. So the
# logistic learner keeps one temperature for all texts.
LEARNER_SPREADS: Final[dict[Learner, tuple[float, ...]]] = {
    "perceptron": SPREADS,
    "logistic": (0.0,),
}
# Each source weighs at most this many texts, in training and in fitting the temperature and
# threshold: a few huge tables (DHL Express 724 texts, UPS 540, PostNL 394) otherwise decide
# what "calibrated" means, while the carriers the model meets later are small and new. Chosen
# on the by-source cross-validation of the training sources (docs/classification.md).
SOURCE_CAP: Final[float | None] = 40.0
# The project's general vocabulary (tests/data/event_texts.tsv): phrases in 27 languages written
# for the rules, one or a few per wording. Training on them beside the carrier texts teaches
# the model words that many carriers use rather than one table's habits (chosen on the
# by-source cross-validation, docs/classification.md). Each phrase weighs one text; a phrase
# whose folded text is a carrier text is left out, so no carrier text, held out or not, is
# learnt from a copy of itself. Its phrases without a status ("none": "Scan", "Suivi
# indisponible pour le moment") are the model's ``ABSTAIN`` class: the carrier corpus holds
# no such texts, so without them the model would read "disponible" in "indisponible".
VOCABULARY_WEIGHT: Final = 1.0
VOCABULARY_SOURCE: Final = "vocabulary"
# Concept features (``_concepts``, docs/classification.md, Session 10): what the words of a
# text stand for in every language, counted from the general vocabulary ("vocabulary") or
# from it and the carrier texts trained on ("texts"), or none ("none").
Concepts = Literal["none", "vocabulary", "texts"]
CONCEPTS: Final[Concepts] = "texts"
CONCEPT_CHOICES: Final[tuple[Concepts, ...]] = ("none", "vocabulary", "texts")
# The rules' negation words of every language: a concept after one is a negated concept.
NEGATION: Final = frozenset(w for language in LANGUAGES.values() for w in language.negation)
# The words each rule spells (``_spelled``) counted into the concept lexicon, one witness per
# rule (``--rule-words yes``). Off: on session 12's split by time it made the model answer
# more often, but hardly more often right at the same share of texts answered, and less
# well calibrated (docs/classification.md, the learned model).
RULE_WORDS: Final = False
# A rule's words, its status and its pattern (to know the texts it matches; "" for none).
Witness = tuple[list[str], str, str]


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled text of the corpus."""

    language: str
    expected: str
    text: str
    carrier: str
    source: str
    kind: str


def load_corpus(path: Path) -> list[Row]:
    """The rows of a corpus file (language, expected, text, carrier, source, kind)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row(r["language"], r["expected"], r["text"], r["carrier"], r["source"], r["kind"])
            for r in reader
        ]


def load_vocabulary(path: Path, corpus: Iterable[Row]) -> list[Row]:
    """The vocabulary phrases to train on beside ``corpus``: those whose folded text is no
    text of the corpus (columns language, expected, text, note; "none" for no status)."""
    taken = {fold(r.text) for r in corpus}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row(r["language"], r["expected"], r["text"], "", VOCABULARY_SOURCE, VOCABULARY_SOURCE)
            for r in reader
            if fold(r["text"]) not in taken
        ]


def source_weights(rows: Sequence[Row], cap: float | None) -> list[float]:
    """Each row's weight: 1, scaled down so that no source weighs more than ``cap`` texts."""
    if cap is None:
        return [1.0] * len(rows)
    sizes = Counter(r.source for r in rows)
    return [min(1.0, cap / sizes[r.source]) for r in rows]


def rule_witnesses(languages: Iterable[Language] = LANGUAGES.values()) -> list[Witness]:
    """Each rule's words as its pattern spells them, with its status: what the rules know
    about words, for the concept lexicon. One witness per rule however many phrases it
    spells, so a rule of many alternatives weighs like a vocabulary phrase."""
    found = (witness(r.pattern, r.sub_status.value) for lang in languages for r in lang.rules)
    return [w for w in found if w[0]]


def witness(pattern: str, label: str) -> Witness:
    """A pattern's words (as ``_features`` reads words), the label it stands for, and the
    pattern."""
    words = {w for phrase in spelled(pattern) for w in feature_words(fold(phrase))}
    return sorted(words), label, pattern


def _matching(witnesses: Sequence[Witness], folded: Sequence[str]) -> list[tuple[int, ...]]:
    """For each folded text, the witnesses whose rule's pattern matches it (negation and
    modality aside: a rule written from a text matches it however it then judges it)."""
    patterns = [(i, re.compile(pattern)) for i, (_, _, pattern) in enumerate(witnesses) if pattern]
    return [tuple(i for i, pattern in patterns if pattern.search(text)) for text in folded]


def fit(
    rows: Sequence[Row],
    *,
    seed: int = 0,
    cap: float | None = SOURCE_CAP,
    vocabulary: Sequence[Row] = (),
    learner: Learner = LEARNER,
    concepts: Concepts = CONCEPTS,
    witnesses: Sequence[Witness] | None = None,
) -> LearnedModel:
    """Weights from all rows; temperature and threshold from out-of-fold scores by source.

    Inside ``rows``, ``CALIBRATION_FOLDS`` models are trained with a part of the sources left
    out each, and score the texts of the sources they did not see. The temperature is the one
    with the lowest (source-weighted) log loss on those scores (``_fit_temperature``); the
    threshold the lowest whose out-of-fold answers meet ``PRECISION_FLOOR``
    (``_fit_threshold``). The rules take no part in either choice: they were written from
    these sources, so their misses here are not the misses they will have on a new carrier.
    The ``vocabulary`` phrases are in every training part and never scored: they are not a
    carrier's texts. The ``witnesses`` (default: ``rule_witnesses()`` if ``RULE_WORDS``) are
    counted into the concepts of every part; ``[]`` for none.
    """
    if witnesses is None:
        witnesses = rule_witnesses() if RULE_WORDS else []
    counted_witnesses = [(words, label) for words, label, _ in witnesses]
    matched = _matching(witnesses, [fold(r.text) for r in rows])
    classes = _classes(rows, vocabulary)
    index = {(c.value if c else ABSTAIN): i for i, c in enumerate(classes)}
    feats = [features(fold(r.text)) for r in rows]
    labels = [index[SubStatus(r.expected).value] for r in rows]
    weigh = source_weights(rows, cap)
    extra = [features(fold(r.text)) for r in vocabulary]
    extra_labels = [index[r.expected] for r in vocabulary]
    extra_weights = [VOCABULARY_WEIGHT] * len(vocabulary)
    words = [feature_words(fold(r.text)) for r in rows]
    phrase_words = [feature_words(fold(r.text)) for r in vocabulary]

    def with_concepts(part: Sequence[int]) -> tuple[dict[str, tuple[str, ...]], list[set[str]]]:
        """The concepts learnt from the rows ``part`` and the phrases, and the features to
        train on: those rows' features, then the phrases', each with its concepts."""
        part_weights = source_weights([rows[i] for i in part], cap)
        if concepts == "none":
            return {}, [feats[i] for i in part] + extra
        counted = [
            (words[i], rows[i].expected, rows[i].source, w)
            for i, w in zip(part, part_weights, strict=True)
        ]
        known, own, phrased = learn_concepts(
            counted if concepts == "texts" else [],
            list(zip(phrase_words, [r.expected for r in vocabulary], strict=True)),
            NEGATION,
            witnesses=counted_witnesses,
        )
        if concepts == "vocabulary":
            own = [concept_features(words[i], known, NEGATION) for i in part]
        return known, [feats[i] | own[k] for k, i in enumerate(part)] + [
            f | g for f, g in zip(extra, phrased, strict=True)
        ]

    def _counts_of(part: Sequence[int]) -> dict[str, dict[str, float]]:
        """The key counts ``with_concepts(part)``'s concepts come from."""
        part_weights = source_weights([rows[i] for i in part], cap)
        counted = [
            (words[i], rows[i].expected, rows[i].source, w)
            for i, w in zip(part, part_weights, strict=True)
        ]
        phrased = list(zip(phrase_words, [r.expected for r in vocabulary], strict=True))
        return count_keys(counted if concepts == "texts" else [], phrased + counted_witnesses)

    known, trained = with_concepts(range(len(rows)))
    weights = _learn(
        learner,
        trained,
        labels + extra_labels,
        len(classes),
        seed=seed,
        weights=weigh + extra_weights,
    )
    held: list[tuple[list[float], int, int, int]] = []  # scores, truth, row, known features
    for train_part, test_part in group_folds(rows, CALIBRATION_FOLDS):
        part = [rows[i] for i in train_part]
        inner_known, inner_trained = with_concepts(train_part)
        inner = _learn(
            learner,
            inner_trained,
            [labels[i] for i in train_part] + extra_labels,
            len(classes),
            seed=seed,
            weights=source_weights(part, cap) + extra_weights,
        )
        probe = LearnedModel(
            classes,
            inner,
            temperature=1.0,
            threshold=0.0,
            min_known=0,
            concepts=inner_known,
            negation=NEGATION,
            norm=LEARNER_NORMS[learner],
        )
        counts = _counts_of(train_part) if inner_known and counted_witnesses else None
        for i in test_part:
            text = fold(rows[i].text)
            if counts is not None and matched[i]:
                # Without the words of the rules that match it: those rules were written
                # from texts like it, and a new carrier's texts have no rule of their own.
                mine = [counted_witnesses[w] for w in matched[i]]
                totals, known_features = probe.scores_of_features(text, concepts_less(counts, mine))
            else:
                totals, known_features = probe.scores(text)
            if known_features >= MIN_KNOWN:
                held.append((totals, labels[i], i, known_features))
    temperature, spread = _fit_calibration(
        [(scores, truth, weigh[i], known) for scores, truth, i, known in held],
        LEARNER_SPREADS[learner],
    )
    calibrated = LearnedModel(
        classes, {}, temperature=temperature, threshold=0.0, min_known=0, spread=spread
    )
    threshold = _fit_threshold(_top_answers(calibrated, held, weigh))
    return LearnedModel(
        classes,
        weights,
        temperature=temperature,
        threshold=threshold,
        min_known=MIN_KNOWN,
        spread=spread,
        concepts=known,
        negation=NEGATION if known else frozenset(),
        norm=LEARNER_NORMS[learner],
    )


def _classes(rows: Sequence[Row], vocabulary: Sequence[Row]) -> list[SubStatus | None]:
    """The sub-statuses seen, by name, then ``ABSTAIN`` (None) if a vocabulary phrase has none."""
    seen = {SubStatus(r.expected) for r in (*rows, *vocabulary) if r.expected != ABSTAIN}
    ordered: list[SubStatus | None] = [*sorted(seen, key=lambda s: s.value)]
    if any(r.expected == ABSTAIN for r in vocabulary):
        ordered.append(None)
    return ordered


def _top_answers(
    calibrated: LearnedModel,
    held: Sequence[tuple[list[float], int, int, int]],
    weigh: Sequence[float],
) -> list[tuple[float, bool, float]]:
    """Each out-of-fold text's top answer at the ``calibrated`` model's temperature and spread:
    its probability, whether right, the row's weight (``held``: scores, truth, row, known
    features). A text whose most likely class is ``ABSTAIN`` gets no answer, so it is left out."""
    classes = calibrated.classes
    answers = []
    for scores, truth, i, known in held:
        probabilities = calibrated.probabilities(scores, known)
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        if classes[best] is not None:
            answers.append((probabilities[best], best == truth, weigh[i]))
    return answers


def _fit_threshold(answers: Sequence[tuple[float, bool, float]]) -> float:
    """The threshold under which the model answers the most while meeting ``PRECISION_FLOOR``.

    ``answers`` are the model's out-of-fold top answers: (probability, right, source weight).
    At a candidate threshold the model answers those at or above it, and the candidate
    qualifies when their weighted share of right ones reaches the floor (or there are none:
    nothing shown, nothing wrong). Of the qualifying candidates the one answering the most
    weight wins (an unanswered text counts as wrong), and of those the highest: no guess is
    made about confidences below the lowest answer seen. ``NEVER`` when none qualifies.
    """
    qualifying = []
    for threshold in THRESHOLDS:
        shown = right = 0.0
        for confidence, is_right, weight in answers:
            if confidence >= threshold:
                shown += weight
                right += weight if is_right else 0.0
        if not shown or right / shown >= PRECISION_FLOOR:
            qualifying.append((shown, threshold))
    return max(qualifying, default=(0.0, NEVER))[1]


def group_folds(rows: Sequence[Row], k: int) -> list[tuple[list[int], list[int]]]:
    """k train/test splits where every source falls wholly into one test part.

    Sources are dealt largest first to the fold with the fewest texts so far, which keeps
    the folds close in size and the assignment deterministic.
    """
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_source[row.source].append(i)
    sizes = [0] * k
    fold_of: dict[str, int] = {}
    for source in sorted(by_source, key=lambda s: (-len(by_source[s]), s)):
        target = min(range(k), key=lambda f: (sizes[f], f))
        fold_of[source] = target
        sizes[target] += len(by_source[source])
    splits = []
    for f in range(k):
        test = [i for i, row in enumerate(rows) if fold_of[row.source] == f]
        train = [i for i, row in enumerate(rows) if fold_of[row.source] != f]
        splits.append((train, test))
    return splits


def _train(
    feats: Sequence[set[str]],
    labels: Sequence[int],
    n_classes: int,
    *,
    seed: int,
    weights: Sequence[float] | None = None,
) -> dict[str, tuple[float, ...]]:
    """Averaged multi-class perceptron with a margin, over features seen in 2+ texts.

    Weights are dense per feature (one number per class), so a score is a column sum over
    the text's feature vectors, which Python does in C through ``zip``. A row's update is
    scaled by its weight (``source_weights``): a text of a huge table moves the model less.
    """
    current, stamped, rows = _weight_tables(feats, n_classes)
    order = list(range(len(rows)))
    rng = random.Random(seed)  # noqa: S311 - a reproducible shuffle, not a secret
    step = 1
    others = [[c for c in range(n_classes) if c != t] for t in range(n_classes)]
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            truth = labels[i]
            vectors = rows[i]
            scores = [sum(column) for column in zip(*(v for v, _ in vectors), strict=True)]
            rival = max(others[truth], key=scores.__getitem__)
            if scores[truth] - scores[rival] < MARGIN:
                amount = 1.0 if weights is None else weights[i]
                stamped_amount = step * amount
                for now, stamp in vectors:
                    now[truth] += amount
                    now[rival] -= amount
                    stamp[truth] += stamped_amount
                    stamp[rival] -= stamped_amount
            step += 1
    return _averaged(current, stamped, step, 0.0)


def _train_logistic(
    feats: Sequence[set[str]],
    labels: Sequence[int],
    n_classes: int,
    *,
    seed: int,
    weights: Sequence[float] | None = None,
    dropout: float = DROPOUT,
    norm: float = NORM,
) -> dict[str, tuple[float, ...]]:
    """Multinomial logistic regression by averaged stochastic gradient descent, over
    features seen in 2+ texts, each step without a random ``dropout`` share of the text's
    features (the bias always kept), the features' part of the scores (and so of the
    gradient) scaled by ``(NORM_BASE / the features left) ** norm``.

    Every text moves its features' weights by its log-loss gradient (the class
    probabilities, minus one at the truth), scaled by its weight (``source_weights``) and a
    rate that falls each epoch; the weights returned are the average over all steps (as the
    perceptron's are), rounded to ``WEIGHT_DECIMALS``. Unlike the perceptron, a text the
    model already gets right still pulls until it is sure, so scores are log-odds and texts
    of unseen carriers get probabilities that are less often both high and wrong.
    """
    current, stamped, rows = _weight_tables(feats, n_classes)
    order = list(range(len(rows)))
    rng = random.Random(seed)  # noqa: S311 - a reproducible shuffle, not a secret
    # Its own generator, so that the shuffle is the same with or without dropout.
    leave_out = random.Random(seed + 1)  # noqa: S311
    step = 1
    for epoch in range(LOGISTIC_EPOCHS):
        rng.shuffle(order)
        rate = LEARNING_RATE / (1 + epoch / 2)
        for i in order:
            vectors = rows[i]
            if dropout:
                # The bias is the last pair of a row (``_weight_tables``).
                vectors = [
                    *(v for v in vectors[:-1] if leave_out.random() >= dropout),
                    vectors[-1],
                ]
            scores = [sum(column) for column in zip(*(v for v, _ in vectors), strict=True)]
            scale = (NORM_BASE / max(len(vectors) - 1, 1)) ** norm if norm else 1.0
            if scale != 1.0:
                bias = vectors[-1][0]
                scores = [b + scale * (s - b) for b, s in zip(bias, scores, strict=True)]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            amount = rate * (1.0 if weights is None else weights[i])
            whole = sum(exps)
            gradient = [amount * e / whole for e in exps]
            gradient[labels[i]] -= amount
            stamped_gradient = [step * g for g in gradient]
            if scale != 1.0:
                # The bias's own step unscaled, the features' scaled (the bias is last).
                now, stamp = vectors[-1]
                now[:] = map(operator.sub, now, gradient)
                stamp[:] = map(operator.sub, stamp, stamped_gradient)
                vectors = vectors[:-1]
                gradient = [scale * g for g in gradient]
                stamped_gradient = [scale * g for g in stamped_gradient]
            for now, stamp in vectors:
                now[:] = map(operator.sub, now, gradient)
                stamp[:] = map(operator.sub, stamp, stamped_gradient)
            step += 1
    return _averaged(current, stamped, step, MIN_WEIGHT)


_Vectors = list[tuple[list[float], list[float]]]


def _weight_tables(
    feats: Sequence[set[str]], n_classes: int
) -> tuple[dict[str, list[float]], dict[str, list[float]], list[_Vectors]]:
    """Zeroed weights and step-stamped sums for the features seen in 2+ texts and the bias,
    and each text's (weights, sums) pairs, shared by the lists so an update moves both."""
    frequency = Counter(f for fs in feats for f in fs)
    current = {f: [0.0] * n_classes for f, c in frequency.items() if c >= MIN_DOCUMENT_FREQUENCY}
    current[BIAS] = [0.0] * n_classes
    stamped = {f: [0.0] * n_classes for f in current}
    # Sorted: a set's order follows the process's string hashing, and the features dropout
    # leaves out must not (training is reproducible from one run to the next).
    rows = [[(current[f], stamped[f]) for f in (*sorted(fs), BIAS) if f in current] for fs in feats]
    return current, stamped, rows


def _averaged(
    current: dict[str, list[float]], stamped: dict[str, list[float]], step: int, smallest: float
) -> dict[str, tuple[float, ...]]:
    """The averaged weights (final minus step-weighted sum over steps), rounded, those under
    ``smallest`` in size as 0; all-zero vectors dropped."""
    averaged: dict[str, tuple[float, ...]] = {}
    for feature, now in current.items():
        stamp = stamped[feature]
        vector = tuple(
            w if abs(w) >= smallest else 0.0
            for w in (round(x - a / step, WEIGHT_DECIMALS) for x, a in zip(now, stamp, strict=True))
        )
        if any(vector):
            averaged[feature] = vector
    return averaged


def _learn(
    learner: Learner,
    feats: Sequence[set[str]],
    labels: Sequence[int],
    n_classes: int,
    *,
    seed: int,
    weights: Sequence[float] | None = None,
) -> dict[str, tuple[float, ...]]:
    """Weights by the named learner."""
    train = _train_logistic if learner == "logistic" else _train
    return train(feats, labels, n_classes, seed=seed, weights=weights)


def _fit_temperature(held: Sequence[tuple[list[float], int, float]]) -> float:
    """The softmax temperature with the lowest (source-weighted) log loss out of fold."""
    return _lowest_loss(held)[1]


def _lowest_loss(held: Sequence[tuple[list[float], int, float]]) -> tuple[float, float]:
    """The lowest log loss over ``_TEMPERATURES`` and its temperature (the smaller on ties)."""
    return min((_log_loss(held, t), t) for t in _TEMPERATURES)


def _log_loss(held: Sequence[tuple[list[float], int, float]], t: float) -> float:
    """Source-weighted log loss of (scores, truth, weight) at temperature ``t``."""
    total = 0.0
    for scores, truth, weight in held:
        top = max(scores)
        whole = sum(math.exp((s - top) / t) for s in scores)
        total -= weight * ((scores[truth] - top) / t - math.log(whole))
    return total


def _fit_calibration(
    held: Sequence[tuple[list[float], int, float, int]], spreads: Sequence[float] = SPREADS
) -> tuple[float, float]:
    """The (temperature, spread) with the lowest log loss out of fold; ``held`` is (scores,
    truth, weight, known features). A text's temperature is the temperature times its known
    features to the power spread, the same as dividing its scores by that power first; ties
    go to the smaller spread."""
    candidates = []
    for spread in spreads:
        scaled = [
            ([s / max(known, 1) ** spread for s in scores], truth, weight)
            for scores, truth, weight, known in held
        ]
        loss, temperature = _lowest_loss(scaled)
        candidates.append((loss, spread, temperature))
    _, spread, temperature = min(candidates)
    return temperature, spread


# --- evaluation -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one text got from each way of classifying it, out of fold."""

    row: Row
    rules: str
    model: str  # the answer, or "none" below the threshold
    model_top: str  # the most likely class whatever its probability
    model_confidence: float  # its probability; 0 when too few features are known
    both: str


def cross_validate(
    rows: Sequence[Row],
    folds: int,
    *,
    seed: int = 0,
    cap: float | None = SOURCE_CAP,
    vocabulary: Sequence[Row] = (),
    learner: Learner = LEARNER,
    concepts: Concepts = CONCEPTS,
    witnesses: Sequence[Witness] | None = None,
) -> list[Outcome]:
    """Every row classified by rules, model and both, the model never trained on its source
    (the ``vocabulary`` phrases are trained on in every fold; the rules' ``witnesses``, as
    ``fit`` takes them, counted in every fold: the rules were written from these sources)."""
    outcomes: list[Outcome] = []
    for train, test in group_folds(rows, folds):
        model = fit(
            [rows[i] for i in train],
            seed=seed,
            cap=cap,
            vocabulary=vocabulary,
            learner=learner,
            concepts=concepts,
            witnesses=witnesses,
        )
        outcomes += [outcome(rows[i], model) for i in test]
    return outcomes


def outcome(row: Row, model: LearnedModel) -> Outcome:
    """How rules, the model and both classify one row (no language hint)."""
    rule = classify_rules(row.text)
    folded = fold(row.text)
    totals, known = model.scores(folded)
    probabilities = model.probabilities(totals, known)
    best = max(range(len(probabilities)), key=probabilities.__getitem__)
    guess = model.guess(folded)
    both = classify_using(row.text, None, model)
    return Outcome(
        row=row,
        rules=rule.sub_status.value if rule else ABSTAIN,
        model=guess.sub_status.value if guess else ABSTAIN,
        model_top=top.value if (top := model.classes[best]) else ABSTAIN,
        model_confidence=probabilities[best] if known >= model.min_known else 0.0,
        both=both.sub_status.value if both else ABSTAIN,
    )


def held_out_sources(path: Path) -> frozenset[str]:
    """Sources listed in a held-out file (one per line, # comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _accuracy(pairs: Iterable[tuple[str, str]]) -> tuple[float, int]:
    items = list(pairs)  # never empty: report divides by the number of outcomes first
    return sum(e == g for e, g in items) / len(items), len(items)


def report(outcomes: Sequence[Outcome], folds: int) -> str:
    """The evaluation as Markdown: accuracy tables, calibration and confusion."""
    lines: list[str] = []
    ways: dict[str, Callable[[Outcome], str]] = {
        "rules": lambda o: o.rules,
        "model": lambda o: o.model,
        "both": lambda o: o.both,
    }
    n_sources = len({o.row.source for o in outcomes})
    split = f"{folds} folds split by source" if folds else "held-out sources"
    lines.append(
        f"{len(outcomes)} texts, {len({o.row.language for o in outcomes})} languages, "
        f"{n_sources} sources, {split}."
    )
    lines += ["", "| | rules | model | both | answered (both) |", "|---|---|---|---|---|"]
    answered = sum(o.both != ABSTAIN for o in outcomes) / len(outcomes)
    accs = [_accuracy((o.row.expected, way(o)) for o in outcomes)[0] for way in ways.values()]
    lines.append(f"| all | {accs[0]:.3f} | {accs[1]:.3f} | {accs[2]:.3f} | {answered:.3f} |")
    for kind in sorted({o.row.kind for o in outcomes}):
        part = [o for o in outcomes if o.row.kind == kind]
        accs = [_accuracy((o.row.expected, way(o)) for o in part)[0] for way in ways.values()]
        lines.append(
            f"| kind={kind} ({len(part)}) | " + " | ".join(f"{a:.3f}" for a in accs) + " | |"
        )
    lines += [
        "",
        "| language | texts | sources | rules | model | both |",
        "|---|---|---|---|---|---|",
    ]
    by_language: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_language[o.row.language].append(o)
    for language, part in sorted(by_language.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        accs = [_accuracy((o.row.expected, way(o)) for o in part)[0] for way in ways.values()]
        sources = len({o.row.source for o in part})
        lines.append(
            f"| {language} | {len(part)} | {sources} | "
            + " | ".join(f"{a:.3f}" for a in accs)
            + " |"
        )
    if not folds:
        lines += ["", _by_source(outcomes)]
    lines += ["", _calibration(outcomes), "", _confusion(outcomes)]
    return "\n".join(lines)


def _by_source(outcomes: Sequence[Outcome]) -> str:
    """Accuracy per held-out source, so sources added later (and never looked at before the
    figures) can be read apart from those whose misses were studied."""
    by_source: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_source[o.row.source].append(o)
    lines = ["| source | language | texts | rules | model | both |", "|---|---|---|---|---|---|"]
    for source, part in sorted(by_source.items(), key=lambda kv: (kv[1][0].row.language, kv[0])):
        accs = [
            _accuracy((o.row.expected, answer) for o, answer in zip(part, column, strict=True))[0]
            for column in ([o.rules for o in part], [o.model for o in part], [o.both for o in part])
        ]
        name = source.split("@", 1)[0].removeprefix("github:")
        lines.append(
            f"| {name} | {part[0].row.language} | {len(part)} | "
            + " | ".join(f"{a:.3f}" for a in accs)
            + " |"
        )
    return "\n".join(lines)


def _calibration(outcomes: Sequence[Outcome]) -> str:
    """Reliability of the model's top probability in bins: stated against observed right."""
    bins: dict[int, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.model_confidence > 0:
            bins[min(int(o.model_confidence * 10), 9)].append(o)
    total = sum(len(v) for v in bins.values())
    lines = ["| model confidence | texts | mean stated | observed right |", "|---|---|---|---|"]
    error = 0.0
    for b in sorted(bins):
        part = bins[b]
        stated = sum(o.model_confidence for o in part) / len(part)
        observed = sum(o.model_top == o.row.expected for o in part) / len(part)
        error += len(part) / total * abs(stated - observed)
        lines.append(
            f"| {b / 10:.1f}-{(b + 1) / 10:.1f} | {len(part)} | {stated:.2f} | {observed:.2f} |"
        )
    lines.append(f"\nExpected calibration error: {error:.3f}")
    return "\n".join(lines)


def _confusion(outcomes: Sequence[Outcome]) -> str:
    """Expected (rows) against what rules plus model said (columns), counts."""
    labels = sorted({o.row.expected for o in outcomes} | {o.both for o in outcomes})
    counts = Counter((o.row.expected, o.both) for o in outcomes)
    short = {label: label[:8] for label in labels}
    head = "| expected \\ got | " + " | ".join(short[g] for g in labels) + " |"
    lines = [head, "|" + "---|" * (len(labels) + 1)]
    for e in labels:
        if not any(counts[(e, g)] for g in labels):
            continue
        cells = [str(counts[(e, g)]) if counts[(e, g)] else "" for g in labels]
        lines.append(f"| {e} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# --- command line -----------------------------------------------------------------------

DEFAULT_CORPUS: Final = Path("tests/data/carrier_texts.tsv")
DEFAULT_HOLDOUT: Final = Path("tests/data/carrier_texts_holdout_sources.txt")
DEFAULT_OUT: Final = Path("src/parceltrail/data/text_model.json")
DEFAULT_VOCABULARY: Final = Path("tests/data/event_texts.tsv")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["train", "evaluate"])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--holdout", type=Path, default=DEFAULT_HOLDOUT)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--vocabulary",
        type=_vocabulary,
        default=DEFAULT_VOCABULARY,
        help="general vocabulary phrases to train on beside the carrier texts ('none': not any)",
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--holdout-only",
        action="store_true",
        help="evaluate: only the held-out sources, without the cross-validation",
    )
    parser.add_argument(
        "--cv-only",
        action="store_true",
        help="evaluate: only the cross-validation over the training sources (to choose settings "
        "without reading the held-out sources)",
    )
    parser.add_argument(
        "--cap",
        type=_cap,
        default=SOURCE_CAP,
        help="texts a source may weigh at most ('none': no cap); default the shipped setting",
    )
    parser.add_argument(
        "--learner",
        choices=LEARNERS,
        default=LEARNER,
        help="the linear classifier to train; default the shipped setting",
    )
    parser.add_argument(
        "--concepts",
        choices=CONCEPT_CHOICES,
        default=CONCEPTS,
        help="where concept features are counted from; default the shipped setting",
    )
    parser.add_argument(
        "--rule-words",
        choices=("yes", "no"),
        default="yes" if RULE_WORDS else "no",
        help="count the words the rules spell into the concept lexicon; default the shipped "
        "setting",
    )
    args = parser.parse_args(argv)
    witnesses = rule_witnesses() if args.rule_words == "yes" else []
    for path in (args.corpus, args.holdout, args.vocabulary):
        if path is not None and not path.is_file():
            parser.error(f"no file at {path}; run from the repository root or pass the path")
    rows = load_corpus(args.corpus)
    # Left out by text against the whole corpus, held-out sources included.
    vocabulary = load_vocabulary(args.vocabulary, rows) if args.vocabulary else []
    if args.command == "train":
        model = fit(
            rows,
            cap=args.cap,
            vocabulary=vocabulary,
            learner=args.learner,
            concepts=args.concepts,
            witnesses=witnesses,
        )
        text = json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":"))
        args.out.write_text(text + "\n", encoding="utf-8")
        print(
            f"wrote {args.out}: {len(model.weights)} features, {len(model.classes)} classes, "
            f"temperature {model.temperature}, spread {model.spread}, threshold {model.threshold}"
        )
        return
    held = held_out_sources(args.holdout)
    dev = [r for r in rows if r.source not in held]
    test = [r for r in rows if r.source in held]
    if not args.cv_only:
        model = fit(
            dev,
            cap=args.cap,
            vocabulary=vocabulary,
            learner=args.learner,
            concepts=args.concepts,
            witnesses=witnesses,
        )
        print("## Held-out sources (model trained on the other sources)\n")
        print(report([outcome(r, model) for r in test], 0))
    if args.holdout_only:
        return
    print(f"\n## The other sources, {args.folds}-fold cross-validation split by source\n")
    outcomes = cross_validate(
        dev,
        args.folds,
        cap=args.cap,
        vocabulary=vocabulary,
        learner=args.learner,
        concepts=args.concepts,
        witnesses=witnesses,
    )
    print(report(outcomes, args.folds))


def _vocabulary(value: str) -> Path | None:
    """``--vocabulary``: a file of phrases, or 'none'."""
    return None if value.lower() == "none" else Path(value)


def _cap(value: str) -> float | None:
    """``--cap``: a positive number of texts, or 'none'."""
    if value.lower() == "none":
        return None
    number = float(value)
    if number <= 0:
        raise argparse.ArgumentTypeError("the cap must be a positive number of texts or 'none'")
    return number


if __name__ == "__main__":
    main()
