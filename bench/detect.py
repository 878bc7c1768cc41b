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
The load average is printed at the start and the end.
``--ours-command`` runs another command for our side (an older checkout, for a before/after).

Both implementations of the detection modules are measured when both are there: the compiled
one (mypyc, ``python -m parceltrail.mypyc_build``; docs/numbers.md) and pure Python
(``PARCELTRAIL_PURE_PYTHON=1``). The calls of each run in a child process of their own (a
process loads one of them), each against the peer in that same child; the commands alternate
peer, compiled and pure in each round. Without a usable build, pure Python only, and why.

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
import compileall
import json
import os
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

from parceltrail import compiled
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


def command_rate(command: list[str], path: Path, lines: int, env: dict[str, str]) -> float:
    """Lines per CPU second (user + system, start-up included) of a stdin-to-JSON-lines
    command over the file."""
    with path.open(encoding="utf-8") as file:
        start = _children_cpu()
        subprocess.run(
            command, stdin=file, stdout=subprocess.DEVNULL, check=True, cwd=ROOT, env=env
        )
        return lines / (_children_cpu() - start)


def bytecode_compiled() -> str:
    """Compile parceltrail's bytecode where it is imported from, as pip does at install.

    The peer's bytecode was compiled when pip installed it; an editable install writes ours on
    first import, unless PYTHONDONTWRITEBYTECODE is set (it is on the project's CI machines),
    and then every run of the command would compile its modules from source, a cost no user
    with a bytecode cache pays.
    """
    package = Path(compiled.__file__).resolve().parent
    compileall.compile_dir(package, quiet=1)
    return f"bytecode of {package} compiled (as pip does at install; the peer's was)"


def environment(implementation: str) -> dict[str, str]:
    """The environment that makes a process load one implementation of the detection modules."""
    return {**os.environ, compiled.PURE_ENV: "1" if implementation == "pure" else ""}


def commands_compared(
    mix: str, lines: int, seed: int, rounds: int, ours_cmd: list[str], implementations: list[str]
) -> dict[str, float]:
    """Lines per CPU second of the peer loop ("peer") and of our command under each
    implementation, best of rounds that alternate them all."""
    peer_cmd = [sys.executable, "-c", PEER_LOOP]
    best = dict.fromkeys(["peer", *implementations], 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        path.write_text("\n".join(MIXES[mix](lines, seed)) + "\n", encoding="utf-8")
        for _ in range(rounds):
            best["peer"] = max(best["peer"], command_rate(peer_cmd, path, lines, environment("")))
            for name in implementations:
                rate = command_rate(ours_cmd, path, lines, environment(name))
                best[name] = max(best[name], rate)
    return best


def in_process(mix: str, lines: int, seed: int, rounds: int) -> dict[str, float]:
    """Calls per CPU second of the peer, ``detect`` and ``detect_json_lines`` in this process
    (whichever implementation it loaded), best of alternating rounds."""
    data = MIXES[mix](lines, seed)
    peer_call = peer_caller()
    peer = ours = bulk = 0.0
    for _ in range(rounds):
        peer = max(peer, one_round(peer_call, data))
        ours = max(ours, one_round(detect, data))
        bulk = max(bulk, bulk_round(data))
    loaded = compiled.implementation()
    print(
        f"[{mix}] {len(data)} lines, seed {seed}, best of {rounds} alternating rounds, CPU time,"
        f" {loaded.name}"
    )
    print(f"  tracking-numbers get_tracking_number: {peer:12,.0f} /s")
    print(f"  parceltrail detect:                   {ours:12,.0f} /s  ratio {ours / peer:.2f}x")
    print(f"  parceltrail detect_json_lines:        {bulk:12,.0f} /s  ratio {bulk / peer:.2f}x")
    return {"peer": peer, "detect": ours, "detect_json_lines": bulk}


def calls_in_child(implementation: str, mix: str, args: argparse.Namespace) -> dict[str, float]:
    """``in_process`` in a child process that loads the given implementation."""
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "result.json"
        command = [sys.executable, __file__, "--calls-only", implementation, "--mix", mix]
        command += ["--lines", str(args.lines), "--rounds", str(args.rounds)]
        command += ["--seed", str(args.seed), "--result", str(result)]
        subprocess.run(command, check=True, env=environment(implementation))
        rates: dict[str, float] = json.loads(result.read_text("utf-8"))
    return rates


def calls_only(implementation: str, mix: str, args: argparse.Namespace) -> int:
    loaded = compiled.implementation()
    if loaded.compiled != (implementation == "compiled"):
        print(f"asked for {implementation}, loaded {loaded.describe()}", file=sys.stderr)
        return 2
    detect("1Z5R89390357567127")
    peer_caller()("1Z5R89390357567127")  # warm imports on both sides
    rates = in_process(mix, args.lines, args.seed, args.rounds)
    Path(args.result).write_text(json.dumps(rates), encoding="utf-8")
    return 0


def available() -> list[str]:
    """The implementations this checkout can load: the compiled one only when its build is
    usable (``parceltrail.compiled``), and pure Python always."""
    loaded = compiled.implementation()
    print(f"detection modules in this process: {loaded.describe()}")
    if loaded.compiled or (compiled.stale_sources() is None and compiled.forced_pure()):
        return ["compiled", "pure"]
    return ["pure"]


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} {five:.1f} {fifteen:.1f} on {os.cpu_count()} CPUs"


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
    parser.add_argument(
        "--implementations",
        default="available",
        help="compiled,pure / pure / compiled (default: every one available)",
    )
    parser.add_argument("--calls-only", choices=("compiled", "pure"), help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.single:
        return single(args.single, args.mix, args.lines, args.seed, args.passes)
    try:
        peer_caller()
    except ImportError:
        print("The peer package is missing: pip install tracking-numbers", file=sys.stderr)
        return 2
    if args.calls_only:
        return calls_only(args.calls_only, args.mix, args)
    print(load())
    implementations = (
        available() if args.implementations == "available" else args.implementations.split(",")
    )
    print(f"measuring: {', '.join(implementations)}")
    mixes = list(MIXES) if args.mix == "all" else [args.mix]
    print(f"realistic mix: real examples of {len(real_examples_by_carrier())} carriers")
    ratios: dict[tuple[str, str, str], float] = {}
    for mix in mixes:
        for name in implementations:
            rates = calls_in_child(name, mix, args)
            ratios[(mix, name, "detect")] = rates["detect"] / rates["peer"]
            ratios[(mix, name, "detect_json_lines")] = rates["detect_json_lines"] / rates["peer"]
    if args.cli_lines:
        print(bytecode_compiled())
        for mix in mixes:
            best = commands_compared(
                mix,
                args.cli_lines,
                args.seed,
                args.cli_rounds,
                shlex.split(args.ours_command),
                implementations,
            )
            rounds = f"best of {args.cli_rounds} alternating rounds, CPU time"
            print(f"[{mix}] commands, {args.cli_lines:,} lines, {rounds}:")
            print(f"  peer loop (json.dumps per line):      {best['peer']:12,.0f} lines/s")
            for name in implementations:
                ratios[(mix, name, "command")] = best[name] / best["peer"]
                print(
                    f"  parceltrail detect --json, {name:9}  {best[name]:12,.0f} lines/s  "
                    f"ratio {best[name] / best['peer']:.2f}x"
                )
    print(f"ratios to tracking-numbers in the same run (CPU time), {load()}:")
    print(f"  {'mix':10} {'implementation':15} {'detect':>8} {'json_lines':>11} {'command':>8}")
    for mix in mixes:
        for name in implementations:
            cells = [ratios.get((mix, name, what)) for what in WHAT]
            shown = [f"{cell:.2f}x" if cell is not None else "-" for cell in cells]
            print(f"  {mix:10} {name:15} {shown[0]:>8} {shown[1]:>11} {shown[2]:>8}")
    return 0


WHAT = ("detect", "detect_json_lines", "command")


if __name__ == "__main__":
    raise SystemExit(main())
