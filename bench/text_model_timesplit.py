"""Rules and model on training sources added after a commit, as they were at that commit.

    .venv/bin/python bench/text_model_timesplit.py [--before 9ef91d3d] [--rule-words yes|no]
        [--seed 0]

(about 70 s of CPU: one ``training.fit``.)

The by-source cross-validation (``training evaluate --cv-only``) cannot judge the rules or
anything built on them: the rules were written from those very sources' misses. Here the
corpus' *training* sources are split by time instead: those the corpus had at commit
``--before`` ("old"), and those added since ("new"; never a held-out source of
tests/data/carrier_texts_holdout_sources.txt, whose texts are not read). The rules, the
vocabulary and the corpus' source list are taken from that commit (``git archive``), so the
rules never saw the new sources; the model is today's code trained on the old sources' texts
and the vocabulary of then (with the words the rules of then spell, ``--rule-words``), and
both are scored on the new sources' texts. This is what a new carrier meets, on data the
project may tune on. Printed: rules alone, the model alone and both (combined as
``classify`` combines them), overall and per language; the model's calibration on the new
sources; both with lower model thresholds (the threshold question, docs/classification.md);
and both with another sure-rule level, and with the model overruling a sure rule it
contradicts when at least so confident (the combination question: ``classify`` does not ask
the model when a rule is sure, which keeps it fast).

Session 12's default commit 9ef91d3d is session 10's last before session 11's texts
(4,605 old texts of 312 sources, 601 new ones of 30 sources; 1,076 new ones of 99 sources in
session 14, with sessions 12 and 13's texts). Session 14 also split at 366e1a8d, session 12's
base (5,206 old texts of 342 sources, 475 new ones of 69 sources).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from parceltrail.domain.text import training
from parceltrail.domain.text._classifier import SURE
from parceltrail.domain.text._fold import fold
from parceltrail.domain.text._learned import ABSTAIN, LearnedModel

ROOT: Final = Path(__file__).resolve().parent.parent
DEFAULT_BEFORE: Final = "9ef91d3d"
LOWER: Final = (0.0, 0.3, 0.4)  # model thresholds under the fitted one, for both
# Other ways to combine: a sure rule's level, and the model's confidence at which it overrules
# even a sure rule that it contradicts (``classify`` never asks the model then).
SURE_LEVELS: Final = (0.85, 0.95)
OVERRULE_AT: Final = (0.85, 0.9, 0.95)
# Run under the old commit's src: its rules' answers to the texts, and its rules themselves.
_OLD_RULES: Final = """
import json, sys
from parceltrail.domain.text._classifier import classify_using
from parceltrail.domain.text.rules import LANGUAGES
texts = json.load(sys.stdin)
answers = []
for text in texts:
    c = classify_using(text, None, None)
    answers.append(None if c is None else [c.sub_status.value, c.confidence])
rules = [[r.pattern, r.sub_status.value] for lang in LANGUAGES.values() for r in lang.rules]
json.dump({"answers": answers, "rules": rules}, sys.stdout)
"""


@dataclass(frozen=True)
class Scored:
    """One new text: its row, the old rules' answer, the model's top class and confidence."""

    row: training.Row
    rule: tuple[str, float] | None
    top: str
    confidence: float  # 0 when the model knows too few of its features


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def _old_rules(commit: str, texts: Sequence[str]) -> tuple[list[object], list[list[str]]]:
    """The answers of the rules of ``commit`` to ``texts``, and those rules (pattern, status)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = _git("archive", commit, "src")
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        done = subprocess.run(
            [sys.executable, "-c", _OLD_RULES],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(Path(tmp) / "src"), "PATH": "/usr/bin:/bin"},
        )
    found = json.loads(done.stdout)
    return found["answers"], found["rules"]


def _combined(
    item: Scored, threshold: float, sure: float = SURE, overrule: float | None = None
) -> str:
    """``classify``'s combination: a sure rule (unless the model, at ``overrule`` or more,
    says otherwise), else the model above its threshold when more confident than the rule,
    else the rule, else nothing."""
    if item.rule is not None and item.rule[1] >= sure:
        if overrule is not None and item.top != ABSTAIN and item.confidence >= overrule:
            return item.top
        return item.rule[0]
    answers = item.top != ABSTAIN and item.confidence >= threshold > 0.0
    if answers and (item.rule is None or item.confidence > item.rule[1]):
        return item.top
    return item.rule[0] if item.rule else ABSTAIN


def _at(threshold: float) -> Callable[[Scored], str]:
    return lambda item: _combined(item, threshold)


def _combining(threshold: float, sure: float, overrule: float | None) -> Callable[[Scored], str]:
    return lambda item: _combined(item, threshold, sure, overrule)


def _share(items: Sequence[Scored], answer: Callable[[Scored], str]) -> float:
    return sum(answer(s) == s.row.expected for s in items) / len(items)


def report(scored: Sequence[Scored], model: LearnedModel) -> None:
    """Print the figures of the module docstring."""
    threshold = model.threshold
    ways: dict[str, Callable[[Scored], str]] = {
        "rules": lambda s: s.rule[0] if s.rule else ABSTAIN,
        "model": lambda s: s.top if s.confidence >= threshold else ABSTAIN,
        "both": lambda s: _combined(s, threshold),
    }
    answered = sum(ways["both"](s) != ABSTAIN for s in scored) / len(scored)
    print("| | rules | model | both | answered (both) | model's top class |")
    print("|---|---|---|---|---|---|")
    cells = " | ".join(f"{_share(scored, way):.3f}" for way in ways.values())
    top = _share(scored, lambda s: s.top if s.confidence > 0 else ABSTAIN)
    print(f"| all ({len(scored)}) | {cells} | {answered:.3f} | {top:.3f} |")
    by_language: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_language[s.row.language].append(s)
    for language, part in sorted(by_language.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        cells = " | ".join(f"{_share(part, way):.3f}" for way in ways.values())
        print(f"| {language} ({len(part)}) | {cells} | | |")
    lower = ", ".join(f"{t}: {_share(scored, _at(t or 1e-9)):.3f}" for t in LOWER)
    print(f"\nboth with the model's threshold at {lower} (fitted: {threshold})")
    levels = ", ".join(
        f"{level}: {_share(scored, _combining(threshold, level, None)):.3f}"
        for level in SURE_LEVELS
    )
    over = ", ".join(
        f"{at}: {_share(scored, _combining(threshold, SURE, at)):.3f}" for at in OVERRULE_AT
    )
    print(f"both with a sure rule from {levels} (shipped: {SURE})")
    print(f"both with the model overruling a sure rule from {over}")
    shown = [s for s in scored if s.confidence >= threshold and s.top != ABSTAIN]
    print(
        f"model answers: {len(shown)}, right {_share(shown, lambda s: s.top):.3f} of them"
        f" (temperature {model.temperature})"
    )
    _calibration(scored)


def _calibration(scored: Sequence[Scored]) -> None:
    bins: dict[int, list[Scored]] = defaultdict(list)
    for s in scored:
        if s.confidence > 0:
            bins[min(int(s.confidence * 10), 9)].append(s)
    total = sum(len(v) for v in bins.values())
    error = 0.0
    cells = []
    for b in sorted(bins):
        stated = sum(s.confidence for s in bins[b]) / len(bins[b])
        right = _share(bins[b], lambda s: s.top)
        error += len(bins[b]) / total * abs(stated - right)
        cells.append(f"{stated:.2f} -> {right:.2f} ({len(bins[b])})")
    print("calibration (stated -> right):", ", ".join(cells), f"; ECE {error:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--before", default=DEFAULT_BEFORE, help="the commit to split at")
    parser.add_argument(
        "--rule-words",
        choices=("yes", "no"),
        default="yes" if training.RULE_WORDS else "no",
        help="count the rules' words into the concepts (default: as training does)",
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rows = training.load_corpus(ROOT / training.DEFAULT_CORPUS)
    held = training.held_out_sources(ROOT / training.DEFAULT_HOLDOUT)
    then = _git("show", f"{args.before}:{training.DEFAULT_CORPUS}").decode()
    old_sources = {r["source"] for r in csv.DictReader(io.StringIO(then), delimiter="\t")}
    dev = [r for r in rows if r.source not in held]
    old = [r for r in dev if r.source in old_sources]
    new = [r for r in dev if r.source not in old_sources]
    with tempfile.NamedTemporaryFile("wb", suffix=".tsv") as phrases:
        phrases.write(_git("show", f"{args.before}:{training.DEFAULT_VOCABULARY}"))
        phrases.flush()
        vocabulary = training.load_vocabulary(Path(phrases.name), rows)
    answers, rules = _old_rules(args.before, [r.text for r in new])
    witnesses = [training.witness(pattern, status) for pattern, status in rules]
    print(
        f"old: {len(old)} texts of {len({r.source for r in old})} sources; new: {len(new)} texts"
        f" of {len({r.source for r in new})} sources; rules of {args.before}: {len(rules)};"
        f" rule words: {args.rule_words}; seed {args.seed}\n"
    )
    model = training.fit(
        old,
        vocabulary=vocabulary,
        seed=args.seed,
        witnesses=[w for w in witnesses if w[0]] if args.rule_words == "yes" else [],
    )
    scored = []
    for row, answer in zip(new, answers, strict=True):
        totals, known = model.scores(fold(row.text))
        probabilities = model.probabilities(totals, known)
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        top = model.classes[best]
        scored.append(
            Scored(
                row,
                (answer[0], answer[1]) if isinstance(answer, list) else None,
                top.value if top else ABSTAIN,
                probabilities[best] if known >= model.min_known else 0.0,
            )
        )
    report(scored, model)


if __name__ == "__main__":
    main()
