"""Rules and model on training sources added after a commit, as they were at that commit.

    .venv/bin/python bench/text_model_timesplit.py [--before 9ef91d3d] [--rule-words yes|no]
        [--seed 0] [--save FILE.jsonl]
    .venv/bin/python bench/text_model_timesplit.py --load FILE.jsonl

(one ``training.fit``: 3-11 minutes wall at load 5-10 in session 17, longer the later the
split; ``--load`` reports from a ``--save`` file, to score another combination without it.)

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
contradicts when at least so confident, any sure rule or only one of an ``OVERRULABLE``
status (the combination question: ``classify`` asks the model about a sure rule only then,
which keeps it fast), with the contradicted sure rules per status.

Session 12's default commit 9ef91d3d is session 10's last before session 11's texts
(4,605 old texts of 312 sources, 601 new ones of 30 sources; 1,076 new ones of 99 sources in
session 14, with sessions 12 and 13's texts). Session 14 also split at 366e1a8d, session 12's
base (5,206 old texts of 342 sources, 475 new ones of 69 sources). In session 17 those two
had 1,688 new texts of 130 sources and 1,087 of 100, and two later splits were added:
cf53f50b, the last commit before session 15's texts (5,804 old texts of 426 sources, 489 new
ones of 16), and d1bc9837, before session 16's (6,072 old of 435, 221 new of 7).
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
from parceltrail.domain.text._classifier import OVERRULABLE, OVERRULE_AT, SURE
from parceltrail.domain.text._fold import fold
from parceltrail.domain.text._learned import ABSTAIN, LearnedModel

ROOT: Final = Path(__file__).resolve().parent.parent
DEFAULT_BEFORE: Final = "9ef91d3d"
LOWER: Final = (0.0, 0.3, 0.4)  # model thresholds under the fitted one, for both
# Other ways to combine: a sure rule's level, and the model's confidence at which it overrules
# a sure rule that it contradicts (``classify``: only one of an ``OVERRULABLE`` status).
SURE_LEVELS: Final = (0.85, 0.95)
OVERRULE_LEVELS: Final = (0.85, 0.9, 0.95)
SHIPPED: Final = frozenset(status.value for status in OVERRULABLE)
# Run under the old commit's src: its rules' answers to the texts, and its rules themselves.
_OLD_RULES: Final = """
import json, sys
from parceltrail.domain.text._classifier import classify_using
from parceltrail.domain.text.rules import LANGUAGES
texts = json.load(sys.stdin)
answers = []
for text in texts:
    c = classify_using(text, None, None)
    answers.append(None if c is None else [c.sub_status.value, c.confidence, c.rule_id])
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
    rule_id: str = ""


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
    item: Scored,
    threshold: float,
    sure: float = SURE,
    overrule: float | None = OVERRULE_AT,
    statuses: frozenset[str] | None = SHIPPED,
) -> str:
    """``classify``'s combination: a sure rule (unless its status is one of ``statuses``,
    any status when None, and the model at ``overrule`` or more says otherwise), else the
    model above its threshold when more confident than the rule, else the rule, else nothing."""
    if item.rule is not None and item.rule[1] >= sure:
        overrules = overrule is not None and round(item.confidence, 2) >= overrule
        if overrules and item.top != ABSTAIN and (statuses is None or item.rule[0] in statuses):
            return item.top
        return item.rule[0]
    answers = item.top != ABSTAIN and item.confidence >= threshold > 0.0
    if answers and (item.rule is None or item.confidence > item.rule[1]):
        return item.top
    return item.rule[0] if item.rule else ABSTAIN


def _at(threshold: float) -> Callable[[Scored], str]:
    return lambda item: _combined(item, threshold)


def _combining(
    threshold: float, sure: float, overrule: float | None, statuses: frozenset[str] | None = None
) -> Callable[[Scored], str]:
    return lambda item: _combined(item, threshold, sure, overrule, statuses)


def _share(items: Sequence[Scored], answer: Callable[[Scored], str]) -> float:
    return sum(answer(s) == s.row.expected for s in items) / len(items)


def report(scored: Sequence[Scored], threshold: float, temperature: float) -> None:
    """Print the figures of the module docstring (the model's fitted threshold and
    temperature)."""
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
    print(f"both with a sure rule from {levels}, the model never overruling it (shipped: {SURE})")
    never = _share(scored, _combining(threshold, SURE, None))
    print(f"both with a sure rule never overruled (before session 17): {never:.3f}")
    for name, statuses in (("any", None), ("an OVERRULABLE", SHIPPED)):
        over = ", ".join(
            f"{at}: {_share(scored, _combining(threshold, SURE, at, statuses)):.3f}"
            for at in OVERRULE_LEVELS
        )
        print(f"both with the model overruling {name} sure rule from {over}")
    _contradicted(scored)
    shown = [s for s in scored if s.confidence >= threshold and s.top != ABSTAIN]
    print(
        f"model answers: {len(shown)}, right {_share(shown, lambda s: s.top):.3f} of them"
        f" (temperature {temperature})"
    )
    _calibration(scored)


def _contradicted(scored: Sequence[Scored]) -> None:
    """Per status, sure rules the model contradicts at ``OVERRULE_AT`` or more: how often
    each side is right (what ``OVERRULABLE`` was chosen on)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for s in scored:
        rule = s.rule
        if rule is None or rule[1] < SURE or s.top in (ABSTAIN, rule[0]):
            continue
        if round(s.confidence, 2) >= OVERRULE_AT:
            count = counts[rule[0]]
            count[0] += 1
            count[1] += rule[0] == s.row.expected
            count[2] += s.top == s.row.expected
    cells = ", ".join(
        f"{status} {n} ({rule} / {model})"
        for status, (n, rule, model) in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0]))
    )
    print(f"sure rules the model contradicts at {OVERRULE_AT}+ (rule / model right): {cells}")


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
    parser.add_argument(
        "--save", type=Path, help="also write each new text's scores here (JSON lines)"
    )
    parser.add_argument(
        "--load", type=Path, help="report from a --save file instead of fitting (no --before)"
    )
    args = parser.parse_args()
    if args.load:
        _report_saved(args.load)
        return
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
                answer[2] if isinstance(answer, list) else "",
            )
        )
    if args.save:
        _save(args.save, scored, model, args.before, args.seed)
    report(scored, model.threshold, model.temperature)


def _save(
    path: Path, scored: Sequence[Scored], model: LearnedModel, before: str, seed: int
) -> None:
    """One line per new text: enough to score another combination without refitting."""
    with path.open("w", encoding="utf-8") as out:
        head = {
            "before": before,
            "seed": seed,
            "threshold": model.threshold,
            "temperature": model.temperature,
        }
        out.write(json.dumps(head) + "\n")
        for s in scored:
            line = {
                "language": s.row.language,
                "source": s.row.source,
                "expected": s.row.expected,
                "text": s.row.text,
                "carrier": s.row.carrier,
                "kind": s.row.kind,
                "rule": s.rule,
                "rule_id": s.rule_id,
                "top": s.top,
                "confidence": s.confidence,
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def _report_saved(path: Path) -> None:
    with path.open(encoding="utf-8") as lines:
        head = json.loads(next(lines))
        found = [json.loads(line) for line in lines]
    scored = [
        Scored(
            training.Row(
                d["language"], d["expected"], d["text"], d["carrier"], d["source"], d["kind"]
            ),
            (d["rule"][0], d["rule"][1]) if d["rule"] else None,
            d["top"],
            d["confidence"],
            d["rule_id"],
        )
        for d in found
    ]
    print(f"{path}: split at {head['before']}, seed {head['seed']}; {len(scored)} new texts\n")
    report(scored, head["threshold"], head["temperature"])


if __name__ == "__main__":
    main()
