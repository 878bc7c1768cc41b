"""Compare variants of the event-text model on the training sources only, split by source.

    .venv/bin/python bench/text_model_variants.py VARIANT [VARIANT ...]
    .venv/bin/python bench/text_model_variants.py --list

For each variant: 5-fold cross-validation grouped by source over the corpus' *training*
sources (the held-out sources of tests/data/carrier_texts_holdout_sources.txt are never
read), the general vocabulary trained on in every fold, one model per fold (no nested
calibration, so a variant costs 5 trainings instead of ``evaluate --cv-only``'s 25). Printed,
the model alone, out of fold:

- ``top``: share of texts whose most likely class is the label (a text with fewer than 2
  known features, or whose top class is the abstain class, counts wrong), plain and
  source-weighted as training weighs texts (no source above 40 texts), and the mean over
  sources and over languages;
- ``@0.5``: with a softmax temperature fitted on these out-of-fold scores (the same for every
  variant; optimistic in level, fair in comparison), the share of texts answered at 0.5 or
  more and right, and the weighted precision and coverage of those answers;
- the top answer's accuracy per language.

Also ``top`` per fold (source-weighted), to state how much of a difference holds fold by
fold. The ``c*`` variants add concept features (``_concepts``; docs/classification.md,
Session 10; ``ctrain`` is what ships since then); ``shipped`` adds session 11's dropout and
length-scaled sum (what ships since then), and the ``shipped_*`` variants session 12's
measured changes to it (docs/history/classification.md, Session 12).

Seeds move ``top`` by about 0.005 and ``@0.5`` by up to 0.025 (``base`` against ``base_s1``),
so differences smaller than that are noise. The figures of docs/classification.md, Session
8b, come from this script; the settings shipped are then measured with the full procedure
(``python -m parceltrail.domain.text.training evaluate --cv-only``).
"""

from __future__ import annotations

import argparse
import functools
import itertools
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final

from parceltrail.domain.text import _concepts, _features, training
from parceltrail.domain.text._fold import fold
from parceltrail.domain.text._learned import ABSTAIN, BIAS, NORM_BASE

ROOT: Final = Path(__file__).resolve().parent.parent
Features = Callable[[str], set[str]]
Trainer = Callable[..., dict[str, tuple[float, ...]]]
_HAN_KANA: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Han, kana, Thai and Hangul jamo (Korean folds to jamo).
_NO_SPACES: Final = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f\u1100-\u11ff\uac00-\ud7af]"
)


def make_features(
    *,
    grams: tuple[int, int] = (3, 5),
    inner_grams: tuple[int, ...] = (),
    inner_script: re.Pattern[str] = _NO_SPACES,
    drop_digit_words: bool = False,
    pairs: bool = True,
) -> Features:
    """Session 7's features (words, edge-marked n-grams, pairs) with the given changes:
    ``inner_grams`` are unmarked character n-grams of words in ``inner_script``."""
    low, high = grams

    def word_features(word: str) -> list[str]:
        found = [_features.WORD + word]
        marked = " " + word + " "
        for n in range(low, high + 1):
            found.extend(marked[s : s + n] for s in range(len(marked) - n + 1))
        if inner_grams and inner_script.search(word):
            for n in inner_grams:
                found.extend(word[s : s + n] for s in range(len(word) - n + 1))
        return found

    def features(folded: str) -> set[str]:
        words = _features.feature_words(folded)
        if drop_digit_words:
            words = [w for w in words if "0" not in w]
        found: set[str] = set()
        for word in words:
            found.update(word_features(word))
        if pairs:
            found.update(_features.pair_feature(a, b) for a, b in itertools.pairwise(words))
        return found

    return features


@dataclass(frozen=True)
class Variant:
    features: Features = field(default_factory=make_features)
    trainer: str = "perceptron"
    cap: float = 40.0
    weighting: str = "cap"  # or "sqrt", "log": a source of n texts weighs ~sqrt(n), ~1+log(n)
    vocabulary_weight: float = 1.0
    class_balance: bool = False  # rows scaled by the inverse square root of their class' weight
    epochs: int = 12
    margin: float = 1.0
    min_df: int = 2
    seed: int = 0
    # Concept features (``_concepts``) from the vocabulary: None for none; else the share a
    # concept must hold, the phrases a key must appear in, and whether the vocabulary's own
    # phrases get them in training ("self"), not ("none"), or without their own count ("loo").
    concepts: tuple[float, int, str] | None = None
    stem: int = 5  # letters of a word's stem, for concepts
    negate: bool = True  # concepts after a negation word are negated ones
    families: bool = True  # concepts of families of statuses besides the statuses
    # Session 11's logistic training settings (``training.DROPOUT``, ``training.NORM``); the
    # norm also scales the feature sum when scoring, as ``LearnedModel`` does.
    dropout: float = 0.0
    norm: float = 0.0
    # How words are looked up in the concept lexicon: "whole" (the word, else its first
    # ``stem`` letters: what ships), "tagged" (the same, a stem's concepts features of their
    # own), "short" (then also its first 4 letters), "short_tagged".
    lookup: str = "whole"


_HK: Final = make_features(inner_grams=(1, 2), inner_script=_HAN_KANA)
_SHIPPED: Final = Variant(
    _HK, trainer="logistic", concepts=(0.6, 1, "train"), dropout=0.3, norm=training.NORM
)
VARIANTS: Final = {
    "base": Variant(),
    "base_s1": Variant(seed=1),
    "ns12": Variant(make_features(inner_grams=(1, 2))),
    "ns12_s1": Variant(make_features(inner_grams=(1, 2)), seed=1),
    "ns2": Variant(make_features(inner_grams=(2,))),
    "nsHK12": Variant(_HK),
    "nodigit": Variant(make_features(drop_digit_words=True)),
    "g25": Variant(make_features(grams=(2, 5))),
    "g36": Variant(make_features(grams=(3, 6))),
    "HKg25": Variant(make_features(grams=(2, 5), inner_grams=(1,), inner_script=_HAN_KANA)),
    "nopairs": Variant(make_features(pairs=False)),
    "vw05": Variant(vocabulary_weight=0.5),
    "vw2": Variant(vocabulary_weight=2.0),
    "vw3": Variant(vocabulary_weight=3.0),
    "cap20": Variant(cap=20.0),
    "cap10": Variant(cap=10.0),
    "sqrt": Variant(weighting="sqrt"),
    "log": Variant(weighting="log"),
    "ep20": Variant(epochs=20),
    "margin3": Variant(margin=3.0),
    "df1": Variant(min_df=1),
    "labw": Variant(class_balance=True),
    "lr": Variant(trainer="logistic_unpruned"),
    "HKlr": Variant(_HK, trainer="logistic_unpruned"),
    "HKlrT": Variant(_HK, trainer="logistic"),  # the shipped settings of session 8b
    "HKlrT_s1": Variant(_HK, trainer="logistic", seed=1),
    # Session 10: concept features on top of the shipped settings.
    "cself": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "self")),
    "cnone": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "none")),
    "cloo": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "loo")),
    "cloo_s1": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "loo"), seed=1),
    "cloo2": Variant(_HK, trainer="logistic", concepts=(0.6, 2, "loo")),
    "cloo8": Variant(_HK, trainer="logistic", concepts=(0.8, 1, "loo")),
    "cloo45": Variant(_HK, trainer="logistic", concepts=(0.45, 1, "loo")),
    # Concepts counted from the vocabulary and the fold's training texts (source-weighted); a
    # training text sees the counts without its own source, a phrase without itself.
    "ctrain": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "train")),
    "ctrain2": Variant(_HK, trainer="logistic", concepts=(0.6, 2, "train")),
    "ctrain7": Variant(_HK, trainer="logistic", concepts=(0.7, 2, "train")),
    "ctrain_s1": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "train"), seed=1),
    "ctrain5": Variant(_HK, trainer="logistic", concepts=(0.5, 1, "train")),
    "ctrainS4": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "train"), stem=4),
    "ctrainS6": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "train"), stem=6),
    "ctrainNN": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "train"), negate=False),
    "ctrainNF": Variant(_HK, trainer="logistic", concepts=(0.6, 1, "train"), families=False),
    # Session 12: what ships since session 11 (dropout 0.3, length-scaled sum ** 0.25).
    "shipped": _SHIPPED,
    "shipped_s1": replace(_SHIPPED, seed=1),
    "shipped_cap20": replace(_SHIPPED, cap=20.0),
    "shipped_tag": replace(_SHIPPED, lookup="tagged"),
    "shipped_short": replace(_SHIPPED, lookup="short"),
    "shipped_short_tag": replace(_SHIPPED, lookup="short_tagged"),
}


_SHORT: Final = 4  # letters of the second, shorter stem of the "short" lookups
_SHIPPED_LOOKUP: Final = (_concepts.lookup_keys, _concepts.word_concepts)


def _short_keys(word: str) -> tuple[str, ...]:
    """``_concepts.lookup_keys`` plus the first ``_SHORT`` letters of a longer word."""
    keys = _SHIPPED_LOOKUP[0](word)
    if (word.isascii() or not _concepts._SPACELESS.search(word)) and len(word) > _SHORT:
        keys = (*keys, word[:_SHORT] + _concepts.STEM_MARK)
    return keys


def _lookup_concepts(tagged: bool, short: bool) -> Callable[..., tuple[str, ...]]:
    """A ``word_concepts`` that asks the whole word, its stem, then (``short``) its shorter
    stem; ``tagged``: concepts read from a stem are marked as such (features of their own)."""

    def word_concepts(
        word: str, concepts: _concepts.Concepts, negation: frozenset[str]
    ) -> tuple[str, ...]:
        if not word.isascii() and _concepts._SPACELESS.search(word):
            return _SHIPPED_LOOKUP[1](word, concepts, negation)
        tries = [(word, "")]
        if len(word) > _concepts.STEM:
            tries.append((word[: _concepts.STEM] + _concepts.STEM_MARK, "~"))
        if short and len(word) > _SHORT:
            tries.append((word[:_SHORT] + _concepts.STEM_MARK, "~~"))
        for key, mark in tries:
            meant = concepts.get(key)
            if meant is not None:
                tag = mark if tagged else ""
                return tuple(_concepts.CONCEPT + tag + m for m in meant)
        return ()

    return word_concepts


def _use_lookup(lookup: str) -> None:
    """Point ``_concepts`` at the variant's way of looking words up."""
    if lookup == "whole":
        _concepts.lookup_keys, _concepts.word_concepts = _SHIPPED_LOOKUP
        return
    short = lookup.startswith("short")
    _concepts.lookup_keys = _short_keys if short else _SHIPPED_LOOKUP[0]
    _concepts.word_concepts = _lookup_concepts("tagged" in lookup, short)


_LOWER: Final = (0.3, 0.4)


class _Lazy:
    """Concepts of keys from label counts less a part's own counts, computed on demand."""

    def __init__(
        self,
        counts: dict[str, dict[str, float]],
        own: dict[str, dict[str, float]],
        share: float,
        least: float,
        memo: dict[str, tuple[str, ...] | None],
    ) -> None:
        self.counts, self.own, self.share, self.least, self.memo = counts, own, share, least, memo

    def get(self, key: str) -> tuple[str, ...] | None:
        if key in self.memo:
            return self.memo[key]
        by_label = self.counts.get(key)
        found: tuple[str, ...] | None = None
        if by_label is not None:
            mine = self.own.get(key, {})
            left = {k: v - mine.get(k, 0.0) for k, v in by_label.items()}
            left = {k: v for k, v in left.items() if v > 1e-9}
            if left:
                found = _concepts.concepts_of(left, self.share, self.least)
        self.memo[key] = found
        return found


def _fold_concepts(
    variant: Variant,
    dev: list[training.Row],
    vocabulary: list[training.Row],
    train: list[int],
    test: list[int],
    weights: list[float],
) -> tuple[dict[int, set[str]], list[set[str]]]:
    """Concept features of a fold's dev rows (by index) and of the vocabulary phrases."""
    assert variant.concepts is not None
    share, least, _ = variant.concepts
    negation = _negation()
    words = {i: _features.feature_words(fold(dev[i].text)) for i in (*train, *test)}
    phrase_words = [_features.feature_words(fold(r.text)) for r in vocabulary]
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    by_source: dict[str, dict[str, dict[str, float]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(float))
    )
    for i, weight in zip(train, weights, strict=True):
        for key in _keys(words[i]):
            counts[key][dev[i].expected] += weight
            by_source[dev[i].source][key][dev[i].expected] += weight
    for ws, row in zip(phrase_words, vocabulary, strict=True):
        for key in _keys(ws):
            counts[key][row.expected] += 1.0
    found: dict[int, set[str]] = {}
    memos: dict[str, dict[str, tuple[str, ...] | None]] = defaultdict(dict)
    for i in train:
        lazy = _Lazy(counts, by_source[dev[i].source], share, least, memos[dev[i].source])
        found[i] = _concepts.concept_features(words[i], lazy, negation)  # type: ignore[arg-type]
    whole = _Lazy(counts, {}, share, least, {})
    for i in test:
        found[i] = _concepts.concept_features(words[i], whole, negation)  # type: ignore[arg-type]
    phrases = []
    for ws, row in zip(phrase_words, vocabulary, strict=True):
        own = {key: {row.expected: 1.0} for key in _keys(ws)}
        lazy = _Lazy(counts, own, share, least, {})
        phrases.append(_concepts.concept_features(ws, lazy, negation))  # type: ignore[arg-type]
    return found, phrases


_SETTINGS: dict[str, bool] = {"negate": True}


def _negation() -> frozenset[str]:
    from parceltrail.domain.text.rules import LANGUAGES

    if not _SETTINGS["negate"]:
        return frozenset()
    return frozenset(w for language in LANGUAGES.values() for w in language.negation)


def _with_concepts(
    variant: Variant,
    dev: list[training.Row],
    vocabulary: list[training.Row],
    dev_features: list[set[str]],
    vocabulary_features: list[set[str]],
) -> None:
    """Add the variant's concept features to the rows' features, in place."""
    if variant.concepts is None or variant.concepts[2] == "train":
        return
    share, count, mode = variant.concepts
    negation = _negation()
    words = [_features.feature_words(fold(r.text)) for r in vocabulary]
    phrases = list(zip(words, [r.expected for r in vocabulary], strict=True))
    concepts = _concepts.build_concepts(phrases, min_share=share, min_count=count)
    for feats, row in zip(dev_features, dev, strict=True):
        feats |= _concepts.concept_features(
            _features.feature_words(fold(row.text)), concepts, negation
        )
    if mode == "none":
        return
    for i, feats in enumerate(vocabulary_features):
        own = concepts
        if mode == "loo":
            # The concepts of this phrase's keys as the other phrases alone give them.
            keys = {k for w in words[i] for k in _concepts.lookup_keys(w)}
            others = [p for j, p in enumerate(phrases) if j != i and keys & _keys(p[0])]
            own = dict(concepts)
            for key in keys:
                own.pop(key, None)
            rebuilt = _concepts.build_concepts(others, min_share=share, min_count=count)
            own.update({k: rebuilt[k] for k in keys if k in rebuilt})
        feats |= _concepts.concept_features(words[i], own, negation)


def _keys(words: Sequence[str]) -> set[str]:
    return {k for w in words for k in _concepts.lookup_keys(w)}


def _weights(part: Sequence[training.Row], variant: Variant) -> list[float]:
    if variant.weighting == "cap":
        return training.source_weights(part, variant.cap)
    sizes = Counter(r.source for r in part)
    scale = math.sqrt if variant.weighting == "sqrt" else (lambda n: 1 + math.log(n))
    unit = variant.cap / (40 if variant.weighting == "sqrt" else 10)
    return [min(1.0, scale(sizes[r.source]) * unit / sizes[r.source]) for r in part]


def _balanced(labels: Sequence[int], weights: Sequence[float]) -> list[float]:
    total: defaultdict[int, float] = defaultdict(float)
    for label, weight in zip(labels, weights, strict=True):
        total[label] += weight
    mean = sum(total.values()) / len(total)
    return [w * math.sqrt(mean / total[y]) for y, w in zip(labels, weights, strict=True)]


def _trainer(variant: Variant) -> Trainer:
    if variant.trainer == "perceptron":
        return training._train
    if variant.trainer == "logistic":
        # Session 11's dropout and norm only where the variant names them, so the earlier
        # variants stay the ones their recorded figures were measured on.
        return functools.partial(
            training._train_logistic, dropout=variant.dropout, norm=variant.norm
        )
    return _unpruned_logistic


def _unpruned_logistic(*args: object, **kwargs: object) -> dict[str, tuple[float, ...]]:
    saved = training.MIN_WEIGHT
    training.MIN_WEIGHT = 0.0  # type: ignore[misc]
    try:
        return training._train_logistic(*args, dropout=0.0, norm=0.0, **kwargs)  # type: ignore[arg-type]
    finally:
        training.MIN_WEIGHT = saved  # type: ignore[misc]


def _scores(
    weights: dict[str, tuple[float, ...]], n: int, feats: set[str], norm: float = 0.0
) -> tuple[list[float], int]:
    """A text's class scores and known features; the feature part scaled as
    ``LearnedModel`` scales it when ``norm`` is not 0."""
    vectors = [v for f in feats if (v := weights.get(f)) is not None]
    known = len(vectors)
    bias = weights.get(BIAS, (0.0,) * n)
    totals = [sum(column) for column in zip(*vectors, bias, strict=True)]
    if not norm:
        return totals, known
    scale = (NORM_BASE / max(known, 1)) ** norm
    return [b + scale * (s - b) for b, s in zip(bias, totals, strict=True)], known


def run(
    name: str, variant: Variant, dev: list[training.Row], vocabulary: list[training.Row]
) -> None:
    """Train and score one variant out of fold and print its line."""
    training.EPOCHS = variant.epochs  # type: ignore[misc]
    training.MARGIN = variant.margin  # type: ignore[misc]
    training.MIN_DOCUMENT_FREQUENCY = variant.min_df  # type: ignore[misc]
    _concepts.STEM = variant.stem  # type: ignore[misc]
    _SETTINGS["negate"] = variant.negate
    families = frozenset(_concepts.FAMILIES.values()) if variant.families else frozenset()
    _concepts._FAMILY_NAMES = families  # type: ignore[misc]
    _use_lookup(variant.lookup)
    started = time.process_time()
    classes = training._classes(dev, vocabulary)
    index = {(c.value if c else ABSTAIN): i for i, c in enumerate(classes)}
    n = len(classes)
    dev_features = [variant.features(fold(r.text)) for r in dev]
    vocabulary_features = [variant.features(fold(r.text)) for r in vocabulary]
    dev_labels = [index[r.expected] for r in dev]
    vocabulary_labels = [index[r.expected] for r in vocabulary]
    _with_concepts(variant, dev, vocabulary, dev_features, vocabulary_features)
    weigh = training.source_weights(dev, 40.0)
    out_of_fold: list[tuple[list[float], int, int, int]] = []
    folds: list[float] = []
    for train, test in training.group_folds(dev, 5):
        labels = [dev_labels[i] for i in train] + vocabulary_labels
        weights = _weights([dev[i] for i in train], variant)
        fold_dev, fold_vocabulary = dev_features, vocabulary_features
        if variant.concepts is not None and variant.concepts[2] == "train":
            extra, phrases = _fold_concepts(variant, dev, vocabulary, train, test, weights)
            fold_dev = [f | extra[i] if i in extra else f for i, f in enumerate(dev_features)]
            fold_vocabulary = [f | g for f, g in zip(vocabulary_features, phrases, strict=True)]
        weights += [variant.vocabulary_weight] * len(vocabulary)
        if variant.class_balance:
            weights = _balanced(labels, weights)
        model = _trainer(variant)(
            [fold_dev[i] for i in train] + fold_vocabulary,
            labels,
            n,
            seed=variant.seed,
            weights=weights,
        )
        right = total = 0.0
        for i in test:
            scores, known = _scores(model, n, fold_dev[i], variant.norm)
            out_of_fold.append((scores, known, dev_labels[i], i))
            ok = known >= training.MIN_KNOWN and scores.index(max(scores)) == dev_labels[i]
            right += weigh[i] * ok
            total += weigh[i]
        folds.append(right / total)
    _print(name, dev, out_of_fold, weigh, index.get(ABSTAIN), time.process_time() - started)
    print("    top srcw by fold:", " ".join(f"{f:.3f}" for f in folds), flush=True)


def _print(
    name: str,
    dev: list[training.Row],
    out_of_fold: list[tuple[list[float], int, int, int]],
    weigh: list[float],
    abstain: int | None,
    cpu: float,
) -> None:
    right = right_weight = total_weight = 0.0
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for scores, known, truth, i in out_of_fold:
        ok = (
            known >= training.MIN_KNOWN and max(range(len(scores)), key=scores.__getitem__) == truth
        )
        right += ok
        right_weight += weigh[i] * ok
        total_weight += weigh[i]
        for table, key in ((by_source, dev[i].source), (by_language, dev[i].language)):
            table[key][0] += ok
            table[key][1] += 1
    held = [(s, t, weigh[i]) for s, k, t, i in out_of_fold if k >= training.MIN_KNOWN]
    temperature = training._fit_temperature(held)
    shown = shown_right = answered_right = 0.0
    lower = dict.fromkeys(_LOWER, 0)  # right answers at thresholds under 0.5
    for scores, known, truth, i in out_of_fold:
        if known < training.MIN_KNOWN:
            continue
        top = max(scores)
        exps = [math.exp((s - top) / temperature) for s in scores]
        best = max(range(len(scores)), key=scores.__getitem__)
        sure = exps[best] / sum(exps)
        for threshold in lower:
            lower[threshold] += best != abstain and best == truth and sure >= threshold
        if best != abstain and sure >= 0.5:
            shown += weigh[i]
            shown_right += weigh[i] * (best == truth)
            answered_right += best == truth
    sources = sum(a / b for a, b in by_source.values()) / len(by_source)
    languages = sum(a / b for a, b in by_language.values()) / len(by_language)
    print(
        f"{name}: top plain {right / len(out_of_fold):.3f} | top srcw "
        f"{right_weight / total_weight:.3f} | src-macro {sources:.3f} | lang-macro "
        f"{languages:.3f} | T {temperature} | @0.5 right(plain) "
        f"{answered_right / len(out_of_fold):.3f} prec(w) {shown_right / max(shown, 1e-9):.3f} "
        f"cov(w) {shown / total_weight:.3f} | cpu {cpu:.0f}s",
        flush=True,
    )
    print(
        "    right(plain) at",
        " ".join(f"{t}: {r / len(out_of_fold):.3f}" for t, r in lower.items()),
        flush=True,
    )
    ordered = sorted(by_language.items(), key=lambda kv: -kv[1][1])
    print("   ", " ".join(f"{lang}:{a / b:.2f}" for lang, (a, b) in ordered), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("variants", nargs="*", help="names of --list")
    parser.add_argument("--list", action="store_true", help="name the variants and stop")
    args = parser.parse_args()
    if args.list or not args.variants:
        print(" ".join(VARIANTS))
        return
    rows = training.load_corpus(ROOT / training.DEFAULT_CORPUS)
    held = training.held_out_sources(ROOT / training.DEFAULT_HOLDOUT)
    vocabulary = training.load_vocabulary(ROOT / training.DEFAULT_VOCABULARY, rows)
    dev = [r for r in rows if r.source not in held]
    sources = len({r.source for r in dev})
    print(f"{len(dev)} training texts, {sources} sources; vocabulary {len(vocabulary)}")
    unknown = [name for name in args.variants if name not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant(s) {', '.join(unknown)}; use one of: {' '.join(VARIANTS)}")
    for name in args.variants:
        run(name, VARIANTS[name], dev, vocabulary)


if __name__ == "__main__":
    main()
