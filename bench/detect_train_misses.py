"""Train rows only: the accuracy counts of ``detect_accuracy.py --split train``, and the misses.

For tuning formats on the labelled real numbers without reading the held-out side: the rows are
filtered to ``split == "train"`` before ``detect`` is called, so no held-out number is detected
and no held-out answer is printed. The counts use ``detect_accuracy``'s own rules (the IMpb
labelling rule, the China EMS / China Post group, variants over the digits the crediting check
digit covers), so they are the train figures that script prints.

    PYTHONPATH=src:bench python bench/detect_train_misses.py        # the counts
    PYTHONPATH=src:bench python bench/detect_train_misses.py -v     # and one line per miss

A miss line: RECALL (not valid for the label) or TOP1 (valid, another carrier first), the label,
the normalised number, its shape (letters kept, digit runs as dN), the status and the first four
candidates as carrier:format:score:evidence, and the source.
"""

from __future__ import annotations

import re
import sys

from detect_accuracy import (
    DATA,
    FILES,
    among,
    checking_format,
    for_carrier,
    read_rows,
    right_carriers,
    variants,
)

from parceltrail.domain.numbers import detect, normalize


def shape(value: str) -> str:
    """The number's shape: letters as they are, each run of digits as d<length>."""
    return re.sub(r"[0-9]+", lambda m: f"d{len(m.group())}", value)


def main(argv: list[str]) -> int:
    rows = [r for r in read_rows(DATA / f for f in FILES) if r.split == "train"]
    recalled = top1 = certain_wrong = checked = accepted = 0
    misses: list[tuple[str, ...]] = []
    for row in rows:
        right = right_carriers(row)
        found = detect(row.number)
        ok = for_carrier(found, right)
        first = ok and among(found.carriers[0], right)
        recalled += ok
        top1 += first
        certain_wrong += found.certain and not among(found.carriers[0], right)
        fmt = checking_format(found, right)
        if fmt is not None:
            for variant in variants(row.number, fmt):
                checked += 1
                accepted += for_carrier(detect(variant), right)
        if not first:
            value = normalize(row.number).value
            candidates = ",".join(
                f"{c.carrier}:{c.format}:{c.score}:{c.evidence}" for c in found.candidates[:4]
            )
            kind = "TOP1" if ok else "RECALL"
            status = found.status
            misses.append((kind, row.carrier, value, shape(value), status, candidates, row.source))
    total = len(rows)
    print(
        f"train rows {total}: recall {recalled} ({100 * recalled / total:.1f}%), "
        f"top-1 {top1} ({100 * top1 / total:.1f}%), "
        f"checked variants accepted {accepted}/{checked}, certain and wrong {certain_wrong}"
    )
    if "-v" in argv:
        for miss in sorted(misses, key=lambda m: (m[0], m[1], m[3])):
            print("\t".join(miss))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
