"""Benchmark: parceltrail's tracking-number detection against the PyPI `tracking-numbers` package.

Both run on the same mixed input in the same process: valid example numbers from
parceltrail's carrier directory (drawn with repetition, as a real batch repeats numbers) and
random junk lines (all different).  parceltrail keeps no per-input result cache, so every call
normalises, matches and checks afresh: the figure is the honest "new input" one.  Rounds of
the two alternate and the best round of each counts (the machine may be shared).

Then the real CLI: 1,000,000 mixed lines through `parceltrail detect --json` (stdin to
/dev/null), timed as a subprocess; if the CLI has no `detect` command yet, the same lines go
through `detect_json_lines` in a `python -c` subprocess instead, and the output says so.

    pip install tracking-numbers      # the peer package, only for this benchmark
    python bench/detect.py [--lines 20000] [--rounds 7] [--seed 7] [--cli-lines 1000000]
"""

from __future__ import annotations

import argparse
import random
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from parceltrail.domain.numbers import detect, detect_json_lines, load_directory

JUNK_ALPHABET = string.ascii_uppercase + string.digits + " -"
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
FALLBACK = (
    "import sys\n"
    "from parceltrail.domain.numbers import detect_json_lines\n"
    "out = sys.stdout.write\n"
    "lines = (l.rstrip('\\n') for l in sys.stdin)\n"
    "for line in detect_json_lines(lines):\n"
    "    out(line + '\\n')\n"
)


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


def one_round(func: Callable[[str], object], data: Sequence[str]) -> float:
    """Calls per second of func over data."""
    start = time.perf_counter()
    for line in data:
        func(line)
    return len(data) / (time.perf_counter() - start)


def bulk_round(data: Sequence[str]) -> float:
    """Lines per second of detect_json_lines over data (in process)."""
    start = time.perf_counter()
    for _ in detect_json_lines(data):
        pass
    return len(data) / (time.perf_counter() - start)


def cli_rate(lines: int, seed: int) -> tuple[float, str]:
    """Lines per second through the CLI (or its stand-in), and what was timed."""
    command = [str(BIN / "parceltrail"), "detect", "--json"]
    probe = subprocess.run(command, input="1Z5R89390357567127\n", capture_output=True,
                           text=True, check=False)
    if probe.returncode != 0 or '"carriers"' not in probe.stdout:
        command = [sys.executable, "-c", FALLBACK]
    what = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command[:3]))
    with tempfile.TemporaryFile("w+", encoding="utf-8") as file:
        file.write("\n".join(mixed_input(lines, seed)) + "\n")
        file.seek(0)
        start = time.perf_counter()
        subprocess.run(command, stdin=file, stdout=subprocess.DEVNULL, check=True, cwd=ROOT)
        elapsed = time.perf_counter() - start
    return lines / elapsed, what


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cli-lines", type=int, default=1_000_000, help="0 skips the CLI run")
    args = parser.parse_args(argv)
    try:
        from tracking_numbers import get_tracking_number
    except ImportError:
        print("The peer package is missing: pip install tracking-numbers", file=sys.stderr)
        return 2
    data = mixed_input(args.lines, args.seed)
    detect("1Z5R89390357567127")
    get_tracking_number("1Z5R89390357567127")  # warm imports on both sides
    peer = ours = bulk = 0.0
    for _ in range(args.rounds):
        peer = max(peer, one_round(get_tracking_number, data))
        ours = max(ours, one_round(detect, data))
        bulk = max(bulk, bulk_round(data))
    print(f"input: {len(data)} lines (half directory examples, half junk), seed {args.seed}, "
          f"best of {args.rounds} alternating rounds, no per-input cache")
    print(f"tracking-numbers get_tracking_number: {peer:12,.0f} detections/s")
    print(f"parceltrail detect (uncached):        {ours:12,.0f} detections/s  "
          f"ratio {ours / peer:.2f}x")
    print(f"parceltrail detect_json_lines:        {bulk:12,.0f} lines/s       "
          f"ratio {bulk / peer:.2f}x")
    if args.cli_lines:
        rate, what = cli_rate(args.cli_lines, args.seed)
        print(f"CLI `{what}` on {args.cli_lines:,} lines: {rate:12,.0f} lines/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
