"""Did some added training sources make the learned model worse on the others' texts?

A by-source cross-validation of the model alone (no rules) over the training sources of a
corpus, where the sources listed in ``--added`` are never tested: they join the training side
of every fold. Run it once on the corpus without the added sources (A) and once with them (B):
the folds come from ``group_folds`` over the other training sources, the same in both runs,
so the test texts are identical and only the training side differs. Each fold is trained as
``training.cross_validate`` trains it (``fit`` with the shipped source cap, and the general
vocabulary left out by text against the whole corpus file, as ``training train`` does).
Held-out sources (``--holdout``) take no part: they are dropped before anything is split.

    cd REPO && PYTHONPATH=$PWD/src nice -n 19 .venv/bin/python bench/text_model_added.py run \\
        --corpus A.tsv --added ADDED.txt --folds 3 --seed 0 --out A.out.tsv
    (the same with --corpus B.tsv --out B.out.tsv), then
    .venv/bin/python bench/text_model_added.py compare A.out.tsv B.out.tsv

``run`` writes one line per test text (fold, source, language, kind, expected, answer; not the
text); ``compare`` prints, per run and B - A, the model's accuracy (right / all, an unanswered
text counting wrong) and answered share, overall, per kind and for the languages with most
texts. Training a fold takes minutes; the two runs can go side by side.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from parceltrail.domain.text._learned import ABSTAIN
from parceltrail.domain.text.training import (
    DEFAULT_HOLDOUT,
    DEFAULT_VOCABULARY,
    SOURCE_CAP,
    fit,
    group_folds,
    held_out_sources,
    load_corpus,
    load_vocabulary,
    outcome,
)

COLUMNS: Final = ("fold", "source", "language", "kind", "expected", "model")
TOP_LANGUAGES: Final = 12


def run(corpus: Path, added: Path, holdout: Path, folds: int, seed: int, out: Path) -> None:
    """Cross-validate the model on the corpus's training sources not in ``added``."""
    rows = load_corpus(corpus)
    # As ``training train`` does: phrases equal to any text of the file, held out or not, left out.
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY, rows)
    held = held_out_sources(holdout)
    extra_sources = held_out_sources(added)
    dev = [r for r in rows if r.source not in held]
    common = [r for r in dev if r.source not in extra_sources]
    extra = [r for r in dev if r.source in extra_sources]
    print(
        f"{corpus}: {len(dev)} training texts, {len(common)} tested, {len(extra)} added to "
        f"every fold's training side; {len(vocabulary)} vocabulary phrases",
        file=sys.stderr,
    )
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writerow(COLUMNS)
        for number, (train, test) in enumerate(group_folds(common, folds)):
            model = fit(
                [common[i] for i in train] + extra, seed=seed, cap=SOURCE_CAP, vocabulary=vocabulary
            )
            for i in test:
                row = common[i]
                answer = outcome(row, model).model
                writer.writerow((number, row.source, row.language, row.kind, row.expected, answer))
            handle.flush()
            print(
                f"fold {number}: {len(train)} + {len(extra)} trained, {len(test)} tested",
                file=sys.stderr,
            )


Line = dict[str, str]


def _read(path: Path) -> list[Line]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _figures(lines: Sequence[Line]) -> tuple[float, float]:
    """Accuracy (an unanswered text counts wrong) and answered share."""
    right = sum(line["model"] == line["expected"] for line in lines)
    answered = sum(line["model"] != ABSTAIN for line in lines)
    return right / len(lines), answered / len(lines)


def _key(line: Line) -> tuple[str, str, str]:
    return line["fold"], line["source"], line["expected"]


def compare(a_path: Path, b_path: Path) -> None:
    """Print both runs' figures on their shared test texts, and B - A."""
    a, b = _read(a_path), _read(b_path)
    if [_key(x) for x in a] != [_key(x) for x in b]:
        raise SystemExit("the two runs did not test the same texts in the same folds")
    groups: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(a):
        groups["all"].append(i)
        groups[f"kind {line['kind']}"].append(i)
    languages: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(a):
        languages[line["language"]].append(i)
    top = sorted(languages, key=lambda lang: (-len(languages[lang]), lang))[:TOP_LANGUAGES]
    for language in top:
        groups[f"lang {language}"] = languages[language]
    changed = sum(x["model"] != y["model"] for x, y in zip(a, b, strict=True))
    print(
        f"{len(a)} test texts, {len({x['source'] for x in a})} sources; "
        f"{changed} answers differ between A and B\n"
    )
    print("| texts | n | A acc | B acc | B-A acc | A answered | B answered | B-A answered |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, indices in groups.items():
        acc_a, ans_a = _figures([a[i] for i in indices])
        acc_b, ans_b = _figures([b[i] for i in indices])
        print(
            f"| {name} | {len(indices)} | {acc_a:.3f} | {acc_b:.3f} | {acc_b - acc_a:+.3f} "
            f"| {ans_a:.3f} | {ans_b:.3f} | {ans_b - ans_a:+.3f} |"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    runner = commands.add_parser("run", help="cross-validate one corpus")
    runner.add_argument("--corpus", type=Path, required=True)
    runner.add_argument("--added", type=Path, required=True, help="added sources, one a line")
    runner.add_argument("--holdout", type=Path, default=DEFAULT_HOLDOUT)
    runner.add_argument("--folds", type=int, default=3)
    runner.add_argument("--seed", type=int, default=0)
    runner.add_argument("--out", type=Path, required=True)
    comparer = commands.add_parser("compare", help="figures of two runs on the same folds")
    comparer.add_argument("a", type=Path)
    comparer.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.command == "run":
        run(args.corpus, args.added, args.holdout, args.folds, args.seed, args.out)
    else:
        compare(args.a, args.b)


if __name__ == "__main__":
    main()
