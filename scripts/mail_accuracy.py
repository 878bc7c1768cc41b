"""How well parceltrail reads real shipping mails: the number, carrier and sender of each mail
in tests/data/mails (manifest.tsv), on the development and the held-out part.

    .venv/bin/python scripts/mail_accuracy.py [--misses]

A mail's number is right when the first number found is one the manifest lists, or when the
manifest lists none and none was found; its carrier when that number's carrier is the listed
one; its sender when the shop or carrier found is the listed one.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from parceltrail.domain.mail_in import understand

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "mails"


@dataclass(frozen=True)
class Case:
    file: str
    split: str
    lang: str
    sender: str
    numbers: tuple[str, ...]
    carrier: str | None
    source: str  # repository@commit:path


@dataclass(frozen=True)
class Outcome:
    case: Case
    number: str | None
    carrier: str | None
    sender: str | None

    @property
    def number_right(self) -> bool:
        if not self.case.numbers:
            return self.number is None
        return self.number in self.case.numbers

    @property
    def carrier_right(self) -> bool:
        return not self.case.numbers or (self.number_right and self.carrier == self.case.carrier)

    @property
    def sender_right(self) -> bool:
        return self.sender == self.case.sender

    @property
    def all_right(self) -> bool:
        return self.number_right and self.carrier_right and self.sender_right


def cases(corpus: Path = CORPUS) -> list[Case]:
    lines = [line for line in (corpus / "manifest.tsv").read_text().splitlines() if line[:1] != "#"]
    rows = csv.DictReader(lines, delimiter="\t")
    return [
        Case(
            row["file"],
            row["split"],
            row["lang"],
            row["sender"],
            () if row["numbers"] == "-" else tuple(row["numbers"].split("|")),
            None if row["carrier"] == "-" else row["carrier"],
            row["source"],
        )
        for row in rows
    ]


def outcome(case: Case, corpus: Path = CORPUS) -> Outcome:
    reading = understand((corpus / case.file).read_bytes())
    first = reading.numbers[0] if reading.numbers else None
    return Outcome(
        case,
        first.number if first else None,
        first.carrier if first else None,
        reading.shop.name if reading.shop else None,
    )


def _rate(outcomes: list[Outcome], field: str) -> str:
    right = sum(getattr(o, field) for o in outcomes)
    return f"{right}/{len(outcomes)} ({100 * right / max(1, len(outcomes)):.0f}%)"


def report(outcomes: list[Outcome]) -> str:
    lines = ["part      mails  number        carrier       sender        all three"]
    for part in ("dev", "holdout", "all"):
        chosen = [o for o in outcomes if part in ("all", o.case.split)]
        rates = [
            _rate(chosen, f) for f in ("number_right", "carrier_right", "sender_right", "all_right")
        ]
        lines.append(f"{part:<9} {len(chosen):>5}  " + "  ".join(f"{r:<12}" for r in rates))
    return "\n".join(lines)


def main() -> None:
    outcomes = [outcome(case) for case in cases()]
    senders = {o.case.sender for o in outcomes}
    langs = {lang for o in outcomes for lang in o.case.lang.split(",")}
    print(f"{len(outcomes)} mails, {len(senders)} senders, languages: {', '.join(sorted(langs))}")
    print(report(outcomes))
    if "--misses" in sys.argv:
        for o in outcomes:
            if not o.all_right:
                print(
                    f"miss {o.case.file}: found {o.number} {o.carrier} {o.sender}; "
                    f"listed {'|'.join(o.case.numbers) or '-'} {o.case.carrier} {o.case.sender}"
                )


if __name__ == "__main__":
    main()
