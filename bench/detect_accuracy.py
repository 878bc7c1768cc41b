"""Accuracy of carrier detection on held-out real tracking numbers, per carrier.

Reads the labelled sets in tests/data/numbers/ (``real_numbers.tsv`` and, when present,
``real_numbers_world.tsv``; columns carrier, number, source, split) and scores only the
``holdout`` rows, which are never format examples:

- recall: the number is valid and its carrier is among the candidates;
- top-1: the number is valid and its carrier is the first candidate;
- false accepts: of the number's invalid variants (its last digit changed, which alters the
  check digit where there is one, and one digit in the middle changed), how many are still
  answered valid for the same carrier.  A format without a check digit cannot reject a changed
  digit, so those are counted apart ("no check digit") from variants of numbers whose labelled
  carrier is credited by a check digit.  For those, the two digits are chosen among the ones the
  crediting format's check digit covers (its payload group, or everything before the check, and
  the check itself): a barcode's ZIP or routing field has no check digit, so a change there is
  not an error the check digit could catch;
- certain and wrong: answered ``detected`` (certain) with another carrier first.

Labelling rule (docs/numbers.md, "USPS IMpb numbers labelled with the sending company"): a row
whose number is a USPS IMpb (the directory's ``usps_impb`` format fits it, after the ``420`` +
ZIP routing prefix is stripped, and its GS1 mod 10 check digit passes) counts USPS as right
beside the company its source names (FedEx SmartPost, DHL eCommerce, Pitney Bowes...): USPS
issues the number's structure, delivers the parcel and tracks it under that number. The rule
reads only the number and is applied alike to train and held-out rows.

    python bench/detect_accuracy.py [--split holdout|train|all]   # writes a Markdown table
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from parceltrail.domain.numbers import Detection, NumberFormat, detect, load_directory, normalize
from parceltrail.domain.numbers.matching import payload_span, verify_check

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "numbers"
FILES = ("real_numbers.tsv", "real_numbers_world.tsv")
# Carriers that issue the same numbers: credit either (China Post issues ePacket/EMS numbers).
GROUPS = {"china_ems": "china_post"}
USPS = "usps"
IMPB = "usps_impb"


@dataclass(frozen=True)
class Row:
    carrier: str
    number: str
    source: str
    split: str


@dataclass
class Score:
    rows: int = 0
    recalled: int = 0
    top1: int = 0
    checked_variants: int = 0
    checked_accepts: int = 0
    unchecked_variants: int = 0
    unchecked_accepts: int = 0
    certain_wrong: int = 0
    evidence: set[str] = field(default_factory=set)


def read_rows(files: Iterable[Path]) -> list[Row]:
    """The labelled rows of every file that exists (comment lines skipped)."""
    rows: list[Row] = []
    for path in files:
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for fields in csv.reader(handle, delimiter="\t"):
                if not fields or fields[0].startswith("#"):
                    continue
                carrier, number, source, split = (f.strip() for f in fields[:4])
                rows.append(Row(carrier, number, source, split))
    return rows


def same(a: str, b: str) -> bool:
    return GROUPS.get(a, a) == GROUPS.get(b, b)


def is_impb(number: str) -> bool:
    """The number is a USPS IMpb: ``usps_impb`` fits it (routing stripped) and its check passes."""
    fmt = load_directory().formats_by_id[IMPB]
    m = fmt.regex.match(normalize(number).value)
    return m is not None and verify_check(fmt, m)[0] is True


def right_carriers(row: Row) -> tuple[str, ...]:
    """The carriers an answer may name for the row: its label, and USPS for an IMpb number."""
    if row.carrier != USPS and is_impb(row.number):
        return (row.carrier, USPS)
    return (row.carrier,)


def among(carrier: str, right: Sequence[str]) -> bool:
    return any(same(carrier, r) for r in right)


def for_carrier(found: Detection, carrier: str | Sequence[str]) -> bool:
    """Valid and one of the carriers is among the candidates."""
    right = (carrier,) if isinstance(carrier, str) else carrier
    return found.valid and any(among(c, right) for c in found.carriers)


def checking_format(found: Detection, carrier: str | Sequence[str]) -> NumberFormat | None:
    """The format whose passed check digit credits the labelled carrier, if one does.

    Until session 7 "checked" meant the answer's evidence (its best candidate's), which counted an
    SF Express number that happens to pass FedEx's check digit as a checked number although SF's
    12-digit format has none: its changed variants, still SF-shaped, were "false accepts".
    """
    right = (carrier,) if isinstance(carrier, str) else carrier
    for c in found.candidates:
        if among(c.carrier, right) and c.evidence == "check_digit" and c.warning is None:
            fmt = load_directory().formats_by_id.get(c.format)
            if fmt is None or fmt.check is None:
                raise ValueError(f"{carrier}: candidate format {c.format!r} has no check digit")
            return fmt
    return None


def covered_positions(value: str, fmt: NumberFormat) -> tuple[int, ...]:
    """Positions of value that fmt's check digit covers: its payload and the check itself.

    Read from the format's own definition by ``matching.payload_span``, the span
    ``matching.verify_check`` computes the check digit from.
    """
    m = fmt.regex.match(value)
    if m is None or fmt.check is None:
        raise ValueError(f"{value!r} does not fit the checked format {fmt.id!r}")
    start, end = payload_span(fmt, m)
    return (*range(start, end), *range(*m.span("check")))


def variants(number: str, fmt: NumberFormat | None = None) -> list[str]:
    """The number with its last digit changed, and with one middle digit changed.

    With fmt (the format whose check digit credits the labelled carrier), only digits that check
    digit covers are changed, so every variant is an error the check digit should catch.
    """
    value = normalize(number).value
    allowed = set(covered_positions(value, fmt)) if fmt else set(range(len(value)))
    digits = [i for i, ch in enumerate(value) if ch.isdigit() and i in allowed]
    out: list[str] = []
    for i in dict.fromkeys([digits[-1], digits[len(digits) // 2]] if digits else []):
        changed = str((int(value[i]) + 1) % 10)
        out.append(value[:i] + changed + value[i + 1 :])
    return out


def score(rows: Sequence[Row]) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for row in rows:
        s = scores[row.carrier]
        right = right_carriers(row)
        found = detect(row.number)
        s.rows += 1
        s.certain_wrong += found.certain and not among(found.carriers[0], right)
        if for_carrier(found, right):
            s.recalled += 1
            s.evidence.add(found.evidence or "")
            if among(found.carriers[0], right):
                s.top1 += 1
        fmt = checking_format(found, right)
        checked = fmt is not None
        for variant in variants(row.number, fmt):
            accepted = for_carrier(detect(variant), right)
            if checked:
                s.checked_variants += 1
                s.checked_accepts += accepted
            else:
                s.unchecked_variants += 1
                s.unchecked_accepts += accepted
    return dict(sorted(scores.items()))


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def table(scores: dict[str, Score]) -> list[str]:
    lines = [
        "| carrier | numbers | recall | top-1 | evidence | false accepts, checked variants "
        "| accepted variants, no check digit | certain and wrong |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    total = Score()
    for carrier, s in scores.items():
        lines.append(
            f"| {carrier} | {s.rows} | {pct(s.recalled, s.rows)} | {pct(s.top1, s.rows)} "
            f"| {', '.join(sorted(e for e in s.evidence if e)) or '-'} "
            f"| {s.checked_accepts}/{s.checked_variants} "
            f"| {s.unchecked_accepts}/{s.unchecked_variants} | {s.certain_wrong} |"
        )
        for name in (
            "rows",
            "recalled",
            "top1",
            "checked_variants",
            "checked_accepts",
            "unchecked_variants",
            "unchecked_accepts",
            "certain_wrong",
        ):
            setattr(total, name, getattr(total, name) + getattr(s, name))
    lines.append(
        f"| **all** | {total.rows} | {pct(total.recalled, total.rows)} "
        f"| {pct(total.top1, total.rows)} | | {total.checked_accepts}/{total.checked_variants} "
        f"| {total.unchecked_accepts}/{total.unchecked_variants} | {total.certain_wrong} |"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=("holdout", "train", "all"), default="holdout")
    args = parser.parse_args(argv)
    rows = read_rows(DATA / name for name in FILES)
    chosen = [r for r in rows if args.split == "all" or r.split == args.split]
    if not chosen:
        print(f"no {args.split} rows in {DATA}", file=sys.stderr)
        return 1
    files = [name for name in FILES if (DATA / name).exists()]
    print(f"{len(chosen)} {args.split} rows of {len(rows)} in {', '.join(files)}")
    print("\n".join(table(score(chosen))))
    misses = [r for r in chosen if not for_carrier(detect(r.number), right_carriers(r))]
    for row in misses:
        found = detect(row.number)
        print(f"miss: {row.carrier} {row.number}: {found.status} {list(found.carriers)[:3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
