"""What the event-text rules alone answer on the training texts, and what changed between two runs.

    PYTHONPATH=src python scripts/rule_answers.py answers OUT.tsv   # the checkout's own src
    python scripts/rule_answers.py diff OLD.tsv NEW.tsv

``answers`` reads every carrier text of ``tests/data/carrier_texts.tsv`` whose source is not held
out (``tests/data/carrier_texts_holdout_sources.txt``), and every phrase of the general
vocabulary (``tests/data/event_texts.tsv``), with ``classify_rules(text, language)``, and writes
one line each: file, language, expected, answer, text. It prints how many training carrier texts
the rules get right. ``diff`` lists the texts whose answer changed as GAINED (now right), LOST
(was right) or CHANGED (wrong before and after), then the counts. Held-out texts are never read,
so the rules can be compared between two commits without looking at them.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from parceltrail.domain.text._classifier import classify_rules
from parceltrail.domain.text.training import held_out_sources

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
HELD_OUT = DATA / "carrier_texts_holdout_sources.txt"
Key = tuple[str, str, str, str]


def training_rows() -> Iterator[tuple[str, dict[str, str]]]:
    """(file name, row) of every training carrier text and every vocabulary phrase."""
    held = held_out_sources(HELD_OUT)
    for name in ("carrier_texts.tsv", "event_texts.tsv"):
        with (DATA / name).open(newline="", encoding="utf-8") as file:
            for row in csv.DictReader(file, delimiter="\t"):
                if name == "carrier_texts.tsv" and row.get("source", "") in held:
                    continue
                yield name, row


def answers(out: Path) -> str:
    """Write the rules' answers; say how many training carrier texts they get right."""
    right = total = 0
    with out.open("w", encoding="utf-8") as file:
        for name, row in training_rows():
            found = classify_rules(row["text"], row["language"])
            answer = found.sub_status.value if found else "none"
            if name == "carrier_texts.tsv":
                total += 1
                right += answer == row["expected"]
            fields = (name, row["language"], row["expected"], answer, row["text"])
            file.write("\t".join(fields) + "\n")
    return f"training carrier texts, rules right: {right}/{total}"


def _read(path: Path) -> dict[Key, str]:
    found: dict[Key, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name, language, expected, answer, text = line.split("\t", 4)
        found[(name, language, text, expected)] = answer
    return found


def diff(old: Path, new: Path) -> list[str]:
    """The texts of both runs whose answer changed, then the counts."""
    before, after = _read(old), _read(new)
    counts = {"gained": 0, "lost": 0, "changed": 0}
    lines: list[str] = []
    for key, answer in after.items():
        was = before.get(key)
        if was is None or was == answer:
            continue
        expected = key[3]
        kind = "gained" if answer == expected else "lost" if was == expected else "changed"
        counts[kind] += 1
        lines.append(
            f"{kind.upper()}\t{key[0]}\t{key[1]}\texpected={expected}\t{was} -> {answer}\t{key[2]}"
        )
    return [*lines, str(counts)]


def main(argv: Sequence[str]) -> int:
    if len(argv) == 2 and argv[0] == "answers":
        print(answers(Path(argv[1])))
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        print("\n".join(diff(Path(argv[1]), Path(argv[2]))))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
