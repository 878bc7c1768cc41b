"""Event-text classification speed (rules, model, both) and accuracy on the labelled corpora.

    .venv/bin/python bench/classify.py [--seconds S] [--errors] [--hint] [FILE.tsv ...]

Speed: texts per second on one core, uncached, cycling the corpus mix (every file given,
default the sourced carrier texts plus the two project corpora), for the rules alone, the
learned model alone (folding, features, scoring) and both as ``classify`` runs them. No
answer is remembered; the model's per-word memo (n-gram ids and weight sums of a word) is
warm after the first pass, as in a feed, and one line shows a single pass with it empty. The
baseline in the same run is a plain ``str.casefold`` plus ``in`` test over the same texts,
so the ratio says how many such trivial passes one classification costs.

Accuracy here is in-sample for the shipped model (it was trained on carrier_texts.tsv) and
leaves out the held-out sources' texts (tests/data/carrier_texts_holdout_sources.txt), so that
neither their figures nor, with ``--errors``, their texts are read while tuning; the speed mix
keeps them. The figures that count are the by-source ones of ``python -m
parceltrail.domain.text.training evaluate`` (docs/classification.md).
"""

from __future__ import annotations

import argparse
import csv
import re
import time
import timeit
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from parceltrail.domain.text import classify
from parceltrail.domain.text._classifier import _remembered, classify_rules, classify_using
from parceltrail.domain.text._engine import CompiledLanguage
from parceltrail.domain.text._fold import fold
from parceltrail.domain.text._learned import ABSTAIN, LearnedModel, default_model
from parceltrail.domain.text.rules import LANGUAGES
from parceltrail.domain.text.training import held_out_sources

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
HELD_OUT = DATA / "carrier_texts_holdout_sources.txt"
DEFAULT_FILES = (
    DATA / "carrier_texts.tsv",
    DATA / "event_texts.tsv",
    DATA / "event_texts_holdout.tsv",
)


@dataclass(frozen=True, slots=True)
class Case:
    language: str
    expected: str
    text: str
    source: str = ""


def load(path: Path) -> list[Case]:
    """Rows of a corpus file (language, expected, text, ...)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Case(r["language"], r["expected"], r["text"], r.get("source") or "") for r in rows]


def per_class(pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and support for every class seen."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for expected, got in pairs:
        if expected == got:
            tp[got] += 1
        else:
            fp[got] += 1
            fn[expected] += 1
    table = {}
    for label in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[label] = (p, r, f, tp[label] + fn[label])
    return table


def accuracy(pairs: list[tuple[str, str]]) -> float:
    return sum(e == g for e, g in pairs) / len(pairs) if pairs else 0.0


def throughput(run: Callable[[str], object], texts: list[str], seconds: float) -> float:
    """Texts per second of this process's CPU time, cycling the texts for about ``seconds``.

    CPU time (``time.process_time``), not wall time: on a shared box the wall clock also
    counts the time other processes held the core.
    """
    done, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for text in texts:
            run(text)
        done += len(texts)
    return done / (time.process_time() - start)


def _model_only(text: str) -> object:
    model = default_model()
    return model.guess(fold(text)) if model else None


def _baseline(text: str) -> object:
    return "delivered" in text.casefold()


def reference_us() -> float:
    """A fixed pure-Python loop, to compare figures across machines and loads."""
    best = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5, timer=time.process_time))
    return best / 2000 * 1e6


def _uncached(text: str) -> object:
    return classify_using(text, None, default_model())


def _repeating_stream(texts: list[str]) -> list[str]:
    """A feed where carriers repeat their wording: the corpus mix, every text 20 times."""
    return [text for text in texts for _ in range(20)]


class _PlainScoring(LearnedModel):
    """The shipped model scoring from ``features`` directly, as before the word memo."""

    def scores(self, folded: str) -> tuple[list[float], int]:
        return self.scores_of_features(folded)


@cache
def _plain_model() -> LearnedModel:
    model = default_model()
    assert model is not None
    return _PlainScoring(
        model.classes,
        model.weights,
        temperature=model.temperature,
        threshold=model.threshold,
        min_known=model.min_known,
        spread=model.spread,
        concepts=model.concepts,
        negation=model.negation,
    )


def _plain_scoring(text: str) -> object:
    return classify_using(text, None, _plain_model())


def cold_word_memo_throughput(texts: list[str]) -> float:
    """Texts per CPU second of rules plus model over one pass of the corpus mix, the model's
    word memo emptied first: every word's n-grams are built the first time it is seen."""
    model = default_model()
    assert model is not None
    model.forget_words()
    start = time.process_time()
    for text in texts:
        classify_using(text, None, model)
    return len(texts) / (time.process_time() - start)


def memo_throughput(stream: list[str]) -> float:
    """Texts per CPU second of ``classify`` over one pass of ``stream``, memo empty at start."""
    _remembered.cache_clear()
    start = time.process_time()
    for text in stream:
        classify(text)
    return len(stream) / (time.process_time() - start)


def report(path: Path, *, hint: bool, errors: bool) -> list[tuple[str, str]]:
    held = held_out_sources(HELD_OUT)
    every = load(path)
    cases = [case for case in every if case.source not in held]
    if len(cases) < len(every):
        print(f"\n({path.name}: {len(every) - len(cases)} texts of held-out sources left out)")
    pairs = []
    for case in cases:
        result = classify(case.text, case.language if hint else None)
        pairs.append((case.expected, result.sub_status.value if result else ABSTAIN))
    print(f"\n== {path.name}: {len(cases)} texts, accuracy {accuracy(pairs):.3f}")
    by_lang: dict[str, list[tuple[str, str]]] = {}
    for case, pair in zip(cases, pairs, strict=True):
        by_lang.setdefault(case.language, []).append(pair)
    print("   " + "  ".join(f"{k} {accuracy(v):.2f}" for k, v in sorted(by_lang.items())))
    if errors:
        for case, (expected, got) in zip(cases, pairs, strict=True):
            if expected != got:
                print(f"   MISS [{case.language}] {expected} -> {got}: {case.text}")
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--hint", action="store_true", help="pass the row's language as hint")
    parser.add_argument("--seconds", type=float, default=3.0, help="time per speed figure")
    args = parser.parse_args()
    files = [f for f in args.files if f.exists()]
    pairs: list[tuple[str, str]] = []
    for path in files:
        pairs += report(path, hint=args.hint, errors=args.errors)
    print(f"\n{'class':<22}{'precision':>10}{'recall':>8}{'F1':>7}{'n':>6}")
    for label, (p, r, f, n) in per_class(pairs).items():
        print(f"{label:<22}{p:>10.2f}{r:>8.2f}{f:>7.2f}{n:>6}")
    print(
        f"{'all files':<22}{'accuracy':>10} {accuracy(pairs):.3f} on {len(pairs)} texts"
        " (in-sample for the model; see docs/classification.md)"
    )

    texts = [c.text for path in files for c in load(path)]
    started, cpu = time.perf_counter(), time.process_time()
    default_model.cache_clear()
    default_model()
    wall, used = time.perf_counter() - started, time.process_time() - cpu
    print(f"\nmodel load: {used * 1000:.0f} ms CPU ({wall * 1000:.0f} ms wall)")
    re.purge()  # the accuracy report compiled the same patterns: re's cache would answer
    cpu = time.process_time()
    for language in LANGUAGES.values():  # what a process pays the first time it reads each
        CompiledLanguage(language)
    print(f"rules compile, every language: {(time.process_time() - cpu) * 1000:.0f} ms CPU")
    base = throughput(_baseline, texts, args.seconds)
    print(f"speed on {len(texts)} texts, one core, no cache (baseline casefold+in: {base:,.0f}/s)")
    rates = {}
    for name, run in (("rules", classify_rules), ("model", _model_only), ("both", _uncached)):
        rates[name] = rate = throughput(run, texts, args.seconds)
        print(f"  {name:<6} {rate:>10,.0f} texts/s   {base / rate:6.1f}x the baseline's time")
    both = rates["both"]
    plain = throughput(_plain_scoring, texts, args.seconds)
    print(
        f"  both, the model summing every n-gram (no word memo): {plain:>10,.0f} texts/s;"
        f" the word memo is {both / plain:.2f}x faster"
    )
    rate = cold_word_memo_throughput(texts)
    print(f"  both, one pass with the model's word memo empty at start: {rate:,.0f} texts/s")
    long_texts = [text * (500 // max(len(text), 1) + 1) for text in texts[:200]]
    rate = throughput(_uncached, long_texts, args.seconds / 2)
    print(f"  both at 500 characters: {rate:,.0f} texts/s")
    rate = memo_throughput(_repeating_stream(texts))
    print(f"  classify() with its memo on a feed repeating each text 20 times: {rate:,.0f} texts/s")
    print(f"machine reference: sum(range(1000)) takes {reference_us():.1f} us (8-10 on a recent")
    print("  laptop core; scale the figures above by the ratio)")


if __name__ == "__main__":
    main()
