"""The rules' written cases: what the rules must answer for wordings written down beside them.

Each file of ``tests/data/rule_cases/`` holds one branch's cases, so branches that add rules
at the same time never edit the same lines. A line is a language, an expectation and a text
(and a note saying why):

* a sub-status (``delivered``): the rules must answer exactly that;
* ``none``: the rules must stay silent (the model or "unclassified" answers);
* ``not:<sub-status>``: anything but that, for a neighbour a stem must leave alone.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from parceltrail.domain.status import SubStatus
from parceltrail.domain.text._classifier import classify_rules
from parceltrail.domain.text.rules import LANGUAGES

CASES = Path(__file__).resolve().parents[3] / "data" / "rule_cases"
COLUMNS = ["language", "expected", "text", "why"]
NOT = "not:"


def case_files() -> list[Path]:
    return sorted(CASES.glob("*.tsv"))


def read_cases(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as file:
        yield from csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE)


def all_cases() -> Iterator[object]:
    for path in case_files():
        for line, row in enumerate(read_cases(path), start=2):
            # A file without the header is reported by the well-formedness test, not here.
            values = (row.get("text", ""), row.get("language", ""), row.get("expected", ""))
            yield pytest.param(*values, id=f"{path.stem}:{line}")


def answer(text: str, language: str) -> str:
    found = classify_rules(text, language)
    return found.sub_status.value if found else "none"


@pytest.mark.parametrize(("text", "language", "expected"), list(all_cases()))
def test_the_rules_answer_each_written_case(text: str, language: str, expected: str) -> None:
    if expected.startswith(NOT):
        assert answer(text, language) != expected.removeprefix(NOT)
    else:
        assert answer(text, language) == expected


@pytest.mark.parametrize("path", case_files(), ids=lambda path: path.name)
def test_every_case_file_is_well_formed(path: Path) -> None:
    """A misspelt status or language would make its case pass or fail for the wrong reason."""
    statuses = {status.value for status in SubStatus} | {"none"}
    rows = list(read_cases(path))
    assert rows, f"{path.name} holds no case"
    for line, row in enumerate(rows, start=2):
        where = f"{path.name}:{line}"
        assert list(row) == COLUMNS, f"{where}: columns must be {COLUMNS}"
        assert row["language"] in LANGUAGES, f"{where}: unknown language {row['language']!r}"
        assert row["expected"].removeprefix(NOT) in statuses, f"{where}: {row['expected']!r}"
        assert row["expected"] != NOT + "none", f"{where}: write a sub-status after {NOT}"
        assert row["text"].strip(), f"{where}: empty text"
