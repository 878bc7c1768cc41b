"""Evaluate the event-text classifier on the labelled corpora and time it.

    .venv/bin/python bench/classify.py [--errors] [--hint] [FILE.tsv ...]

Prints per-class precision/recall/F1, accuracy per file and per language, and
descriptions per second on one core (uncached, the corpus cycled).
"""

from __future__ import annotations

import argparse
import csv
import time
import timeit
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from parceltrail.domain.text import classify

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
DEFAULT_FILES = (DATA / "event_texts.tsv", DATA / "event_texts_holdout.tsv")
NONE = "none"


@dataclass(frozen=True, slots=True)
class Case:
    language: str
    expected: str
    text: str
    note: str


def load(path: Path) -> list[Case]:
    """Rows of a corpus file (language, expected, text, note)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Case(r["language"], r["expected"], r["text"], r["note"]) for r in rows]


def predict(case: Case, *, hint: bool) -> str:
    result = classify(case.text, case.language if hint else None)
    return result.sub_status.value if result else NONE


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


def accuracy(pairs: Iterable[tuple[str, str]]) -> float:
    items = list(pairs)
    return sum(e == g for e, g in items) / len(items) if items else 0.0


def throughput(texts: list[str], seconds: float = 2.0) -> float:
    """Descriptions per second, cycling the texts for about ``seconds``."""
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in texts:
            classify(text)
        done += len(texts)
    return done / (time.perf_counter() - start)


def reference_us() -> float:
    """A fixed pure-Python loop, to compare figures across machines."""
    best = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5))
    return best / 2000 * 1e6


def report(path: Path, *, hint: bool, errors: bool) -> list[tuple[str, str]]:
    cases = load(path)
    pairs = [(c.expected, predict(c, hint=hint)) for c in cases]
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
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--hint", action="store_true", help="pass the row's language as hint")
    args = parser.parse_args()
    files = [f for f in args.files if f.exists()]
    pairs: list[tuple[str, str]] = []
    for path in files:
        pairs += report(path, hint=args.hint, errors=args.errors)
    print(f"\n{'class':<22}{'precision':>10}{'recall':>8}{'F1':>7}{'n':>5}")
    for label, (p, r, f, n) in per_class(pairs).items():
        print(f"{label:<22}{p:>10.2f}{r:>8.2f}{f:>7.2f}{n:>5}")
    print(f"{'all files':<22}{'accuracy':>10} {accuracy(pairs):.3f} on {len(pairs)} texts")
    texts = [c.text for path in files for c in load(path)]
    print(f"throughput: {throughput(texts):,.0f} descriptions/s (one core, no cache)")
    long_texts = [text * (500 // max(len(text), 1) + 1) for text in texts[:100]]
    print(f"throughput at 500 characters: {throughput(long_texts, 1.0):,.0f} descriptions/s")
    print(f"machine reference: sum(range(1000)) takes {reference_us():.1f} us (about 8-10 on a")
    print("  recent laptop core; scale the figures above by the ratio)")


if __name__ == "__main__":
    main()
