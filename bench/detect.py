"""Benchmark: parceltrail's tracking-number detection against the PyPI `tracking-numbers` package.

Two input mixes, both run on each side in the same process (rounds alternate, best round of
each counts: the machine may be shared; parceltrail keeps no per-input result cache):

- ``examples``: the old mix, half directory examples drawn with repetition, half random junk;
- ``realistic``: half real example numbers (every carrier with a sourced, non-constructed
  example drawn equally often, then one of its examples), half junk of four kinds: 40% all
  digits of 6-34 characters, 30% letters and digits, 15% S10-shaped (two letters, eight
  digits, a random check digit, two letters), 15% free text with punctuation.

Then each mix as a command reading stdin and writing one JSON object a line:
``parceltrail detect --json`` against a minimal loop around the peer
(``json.dumps`` of its answer per line), both run as subprocesses on the same file.

Times are CPU time (the process's for calls, the child's user + system time for commands):
on a machine shared with other work, wall time moves with the load far more than CPU time.
``--ours-command`` runs another command for our side (an older checkout, for a before/after).

    pip install tracking-numbers      # the peer package, only for this benchmark
    python bench/detect.py [--lines 20000] [--rounds 7] [--seed 7] [--cli-lines 200000]

Wall time on a shared machine moves with its load; instruction counts do not.  Per detection:

    for p in 1 2; do valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        python bench/detect.py --single ours --mix realistic --lines 5000 --passes $p; done
    # (Ir of 2 passes - Ir of 1 pass) / 5000; the same with --single peer

Per line of a command: the same realistic mix written to files of 5,000 and 10,000 lines, and
(Ir of the 10,000-line run - Ir of the 5,000-line run) / 5,000 for ``parceltrail detect --json``
and for the peer loop, each run under ``PYTHONHASHSEED=0`` (start-up work varies with the hash
seed by several hundred million instructions, which would swamp the difference otherwise).
"""

from __future__ import annotations

import argparse
import random
import resource
import shlex
import string
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from parceltrail.domain.numbers import detect, detect_json_lines, load_directory

JUNK_ALPHABET = string.ascii_uppercase + string.digits + " -"
ALNUM = string.ascii_uppercase + string.digits
TEXT_WORDS = (
    "order",
    "parcel",
    "shipped",
    "tracking",
    "no.",
    "ref",
    "hello",
    "please",
    "the",
    "item",
    "colour:",
    "size",
    "qty",
    "thanks!",
    "delivery",
    "#",
    "(gift)",
)
PUNCTUATION = ".,;:!?()#/-'\""
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PEER_LOOP = (
    "import json, sys\n"
    "from tracking_numbers import get_tracking_number\n"
    "out = sys.stdout.write\n"
    "for line in sys.stdin:\n"
    "    text = line.rstrip('\\n')\n"
    "    try:\n"
    "        found = get_tracking_number(text)\n"
    "    except ValueError:  # the peer raises on some junk (a letter where a digit is due)\n"
    "        found = None\n"
    "    if found is None:\n"
    "        out(json.dumps({'input': text, 'valid': False, 'carrier': None}) + '\\n')\n"
    "    else:\n"
    "        out(json.dumps({'input': text, 'valid': found.valid, 'carrier': found.courier.code,\n"
    "                        'product': found.product.name, 'url': found.tracking_url}) + '\\n')\n"
)


def old_mix(lines: int, seed: int) -> list[str]:
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


def real_examples_by_carrier() -> dict[str, list[str]]:
    """Sourced (not constructed) valid examples of the directory, by carrier."""
    by_carrier: dict[str, list[str]] = defaultdict(list)
    for fmt in load_directory().formats:
        for example in fmt.examples:
            if example.valid and not example.constructed and fmt.carrier:
                by_carrier[fmt.carrier].append(example.number)
    return dict(sorted(by_carrier.items()))


def _digits(rnd: random.Random) -> str:
    return "".join(rnd.choice(string.digits) for _ in range(rnd.randint(6, 34)))


def _alnum(rnd: random.Random) -> str:
    return "".join(rnd.choice(ALNUM) for _ in range(rnd.randint(6, 34)))


def _s10_shaped(rnd: random.Random) -> str:
    letters = string.ascii_uppercase
    body = "".join(rnd.choice(string.digits) for _ in range(9))
    service = rnd.choice(letters) + rnd.choice(letters)
    return service + body + rnd.choice(letters) + rnd.choice(letters)


def _free_text(rnd: random.Random) -> str:
    words = [rnd.choice(TEXT_WORDS) for _ in range(rnd.randint(2, 7))]
    if rnd.random() < 0.5:
        words.insert(rnd.randrange(len(words) + 1), _alnum(rnd)[: rnd.randint(4, 12)])
    return " ".join(words) + rnd.choice(PUNCTUATION)


JUNK_KINDS: tuple[tuple[float, Callable[[random.Random], str]], ...] = (
    (0.40, _digits),
    (0.30, _alnum),
    (0.15, _s10_shaped),
    (0.15, _free_text),
)


def realistic_mix(lines: int, seed: int) -> list[str]:
    """Real examples of every carrier drawn equally, and junk of four kinds, shuffled."""
    rnd = random.Random(seed)
    by_carrier = real_examples_by_carrier()
    carriers = list(by_carrier)
    junk_count = lines // 2
    weights = [w for w, _ in JUNK_KINDS]
    makers = [m for _, m in JUNK_KINDS]
    junk = [rnd.choices(makers, weights)[0](rnd) for _ in range(junk_count)]
    real = [rnd.choice(by_carrier[rnd.choice(carriers)]) for _ in range(lines - junk_count)]
    data = real + junk
    rnd.shuffle(data)
    return data


MIXES: dict[str, Callable[[int, int], list[str]]] = {
    "examples": old_mix,
    "realistic": realistic_mix,
}


def peer_caller() -> Callable[[str], object]:
    """The peer's detection; it raises ValueError on some junk, which counts as no answer."""
    from tracking_numbers import get_tracking_number

    def peer_call(text: str) -> object:
        try:
            return get_tracking_number(text)
        except ValueError:
            return None

    return peer_call


def one_round(func: Callable[[str], object], data: Sequence[str]) -> float:
    """Calls per CPU second of func over data."""
    start = time.process_time()
    for line in data:
        func(line)
    return len(data) / (time.process_time() - start)


def bulk_round(data: Sequence[str]) -> float:
    """Lines per CPU second of detect_json_lines over data (in process)."""
    start = time.process_time()
    for _ in detect_json_lines(data):
        pass
    return len(data) / (time.process_time() - start)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def command_rate(command: list[str], path: Path, lines: int) -> float:
    """Lines per CPU second (user + system, start-up included) of a stdin-to-JSON-lines
    command over the file."""
    with path.open(encoding="utf-8") as file:
        start = _children_cpu()
        subprocess.run(command, stdin=file, stdout=subprocess.DEVNULL, check=True, cwd=ROOT)
        return lines / (_children_cpu() - start)


def commands_compared(
    mix: str, lines: int, seed: int, rounds: int, ours_cmd: list[str]
) -> tuple[float, float]:
    """(peer loop, our command) lines per CPU second, best of alternating rounds."""
    peer_cmd = [sys.executable, "-c", PEER_LOOP]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        path.write_text("\n".join(MIXES[mix](lines, seed)) + "\n", encoding="utf-8")
        peer = ours = 0.0
        for _ in range(rounds):
            peer = max(peer, command_rate(peer_cmd, path, lines))
            ours = max(ours, command_rate(ours_cmd, path, lines))
    return peer, ours


def in_process(mix: str, lines: int, seed: int, rounds: int) -> None:
    data = MIXES[mix](lines, seed)
    peer_call = peer_caller()
    peer = ours = bulk = 0.0
    for _ in range(rounds):
        peer = max(peer, one_round(peer_call, data))
        ours = max(ours, one_round(detect, data))
        bulk = max(bulk, bulk_round(data))
    print(f"[{mix}] {len(data)} lines, seed {seed}, best of {rounds} alternating rounds, CPU time")
    print(f"  tracking-numbers get_tracking_number: {peer:12,.0f} /s")
    print(f"  parceltrail detect:                   {ours:12,.0f} /s  ratio {ours / peer:.2f}x")
    print(f"  parceltrail detect_json_lines:        {bulk:12,.0f} /s  ratio {bulk / peer:.2f}x")


def single(side: str, mix: str, lines: int, seed: int, passes: int) -> int:
    """One side's calls only: instruction counts of 2 passes minus 1 pass give the cost of
    ``lines`` detections with every per-directory table warm (machine load cannot move them)."""
    data = MIXES["realistic" if mix == "all" else mix](lines, seed)
    func = detect if side == "ours" else peer_caller()
    for _ in range(passes):
        for line in data:
            func(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cli-lines", type=int, default=200_000, help="0 skips the commands")
    parser.add_argument("--cli-rounds", type=int, default=3)
    parser.add_argument("--mix", choices=(*MIXES, "all"), default="all")
    parser.add_argument(
        "--single",
        choices=("ours", "peer"),
        help="only run one side's calls, --passes times, printing nothing (for callgrind)",
    )
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument(
        "--ours-command",
        default=f"{BIN / 'parceltrail'} detect --json",
        help="our side's stdin-to-JSON-lines command (default: the console script)",
    )
    args = parser.parse_args(argv)
    if args.single:
        return single(args.single, args.mix, args.lines, args.seed, args.passes)
    try:
        from tracking_numbers import get_tracking_number
    except ImportError:
        print("The peer package is missing: pip install tracking-numbers", file=sys.stderr)
        return 2
    detect("1Z5R89390357567127")
    get_tracking_number("1Z5R89390357567127")  # warm imports on both sides
    mixes = list(MIXES) if args.mix == "all" else [args.mix]
    print(f"realistic mix: real examples of {len(real_examples_by_carrier())} carriers")
    for mix in mixes:
        in_process(mix, args.lines, args.seed, args.rounds)
    if args.cli_lines:
        for mix in mixes:
            peer, ours = commands_compared(
                mix, args.cli_lines, args.seed, args.cli_rounds, shlex.split(args.ours_command)
            )
            rounds = f"best of {args.cli_rounds}, CPU time"
            print(f"[{mix}] commands, {args.cli_lines:,} lines, {rounds}:")
            print(f"  peer loop (json.dumps per line):      {peer:12,.0f} lines/s")
            print(
                f"  parceltrail detect --json:            {ours:12,.0f} lines/s  "
                f"ratio {ours / peer:.2f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
