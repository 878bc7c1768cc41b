"""Benchmark: parceltrail's tracking-number detection against the PyPI `tracking-numbers` package.

Both run on the same mixed input: valid example numbers from parceltrail's carrier directory
(drawn with repetition, as a real batch repeats numbers) and random junk lines (all
different).  Prints detections per second for each, and the ratio.  Two parceltrail figures:
"first pass" (caches cleared before each round, so junk is always new and only repeats of a
number hit the result cache) and "cold" (caches cleared before every call: nothing cached).

    pip install tracking-numbers      # the peer package, only for this benchmark
    python bench/detect.py [--lines 20000] [--rounds 5] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from collections.abc import Callable, Sequence

from parceltrail.domain.numbers import detect, load_directory
from parceltrail.domain.numbers.detect import clear_caches

JUNK_ALPHABET = string.ascii_uppercase + string.digits + " -"


def mixed_input(lines: int, seed: int) -> list[str]:
    """Valid directory examples (as written in the sources) and random junk, shuffled."""
    rnd = random.Random(seed)
    valid = [e.number for f in load_directory().formats for e in f.examples if e.valid]
    junk_count = lines // 2
    junk = [
        "".join(rnd.choice(JUNK_ALPHABET) for _ in range(rnd.randint(4, 40)))
        for _ in range(junk_count)
    ]
    data = [rnd.choice(valid) for _ in range(lines - junk_count)] + junk
    rnd.shuffle(data)
    return data


def rate(func: Callable[[str], object], data: Sequence[str], rounds: int) -> float:
    """Best detections per second over rounds (best-of: the machine may be shared)."""
    best = 0.0
    for _ in range(rounds):
        clear_caches()
        start = time.perf_counter()
        for line in data:
            func(line)
        best = max(best, len(data) / (time.perf_counter() - start))
    return best


def cold_detect(line: str) -> object:
    clear_caches()
    return detect(line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        from tracking_numbers import get_tracking_number
    except ImportError:
        print("The peer package is missing: pip install tracking-numbers", file=sys.stderr)
        return 2
    data = mixed_input(args.lines, args.seed)
    load_directory()
    get_tracking_number("1Z5R89390357567127")  # warm imports on both sides
    peer = rate(get_tracking_number, data, args.rounds)
    ours = rate(detect, data, args.rounds)
    cold = rate(cold_detect, data, max(1, args.rounds // 2))
    print(f"input: {len(data)} lines (half directory examples, half junk), seed {args.seed}")
    print(f"tracking-numbers get_tracking_number: {peer:12,.0f} detections/s")
    print(f"parceltrail detect (first pass):      {ours:12,.0f} detections/s  "
          f"ratio {ours / peer:.2f}x")
    print(f"parceltrail detect (cold, no cache):  {cold:12,.0f} detections/s  "
          f"ratio {cold / peer:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
