"""Mutation testing of the domain: run mutmut, then score each module (``make mutation``).

Every module under ``src/parceltrail/domain/`` is found and mutated (``[tool.mutmut]`` in
pyproject.toml); each mutant runs the unit tests that call the mutated function, on every core.
Then one line per module::

    mutation: domain/disputes.py score 97.3% (killed 181 of 186, 2 equivalent)

The score is killed / (mutants - equivalent). Killed counts test failures and time-outs; a
mutant no test reaches counts as surviving. Equivalent mutants (a change no test could see,
because behaviour is the same) are listed in ``equivalent.toml`` beside this file, each with its
changed line and one line of reason; an entry that no longer matches a surviving mutant is
reported as stale, so the list cannot silently hide a mutant. Survivors are written to
``mutants/survivors.txt`` with their diffs.

    python -m tests.mutation.run                 # everything, fresh
    python -m tests.mutation.run --only health   # modules whose name contains "health"
    python -m tests.mutation.run --only health --fresh   # the same, without reusing mutants/
    python -m tests.mutation.run --survivors     # after adding tests: rerun last survivors
    python -m tests.mutation.run --check-equivalents   # entries still naming their change?
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from parceltrail.compiled import PURE_ENV

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Path("src/parceltrail/domain")
COMPILED = Path("src/parceltrail/_compiled")  # the mypyc build (parceltrail/compiled.py)
EQUIVALENT_FILE = Path(__file__).with_name("equivalent.toml")
AIM_MODULE, AIM_TOTAL = 85.0, 90.0

# mutmut's exit codes (mutmut/stats.py): which mean the tests noticed the mutant.
KILLED_CODES = {1, 3}  # a test failed; pytest's internal error counts as a failure
TIMEOUT_CODES = {36, 24, -24, 152, 255, -9}  # the tests ran far longer than without the mutant
NOT_REACHED_CODES = {33, 5}  # no test calls the mutated function


@dataclass
class ModuleScore:
    module: str
    path: Path | None = None
    mutants: int = 0
    killed: int = 0
    equivalent: int = 0
    not_reached: int = 0
    not_run: int = 0  # an interrupted run leaves these; the score is then incomplete
    survivors: list[str] = field(default_factory=list)

    @property
    def counted(self) -> int:
        return self.mutants - self.equivalent

    @property
    def score(self) -> float:
        return 100.0 * self.killed / self.counted if self.counted else 100.0

    def line(self) -> str:
        return (
            f"mutation: {self.module} score {self.score:.1f}% "
            f"(killed {self.killed} of {self.counted}, {self.equivalent} equivalent)"
        )


@dataclass(frozen=True)
class Equivalent:
    name: str
    change: str  # the mutated line as ``mutmut show`` prints it, without the leading "+"
    reason: str


def load_equivalents(path: Path = EQUIVALENT_FILE) -> dict[str, Equivalent]:
    entries = tomllib.loads(path.read_text("utf-8")).get("mutant", [])
    found: dict[str, Equivalent] = {}
    for entry in entries:
        item = Equivalent(entry["name"], entry["change"].strip(), entry["reason"].strip())
        if not item.reason or "\n" in item.reason:
            raise SystemExit(f"{path}: {item.name} needs one line of reason")
        if item.name in found:
            raise SystemExit(f"{path}: {item.name} is listed twice")
        found[item.name] = item
    return found


def module_files() -> list[Path]:
    """Every domain module mutmut mutates, found on disk rather than listed by hand."""
    return sorted(p for p in DOMAIN.rglob("*.py") if p.name != "__init__.py" or p.stat().st_size)


def module_name(path: Path) -> str:
    return str(path.relative_to(DOMAIN.parent))


def dotted_module(path: Path) -> str:
    """The module as mutmut names it: a package's own module without ``__init__``."""
    return ".".join(path.relative_to("src").with_suffix("").parts).removesuffix(".__init__")


def mutant_glob(path: Path) -> str:
    """The module's mutants: its name, a dot, then a function's mangled name, which starts
    with "x" (``x_name``, ``xǁClassǁname``), so a package's glob leaves its submodules out."""
    return f"{dotted_module(path)}.x*"


def refresh_copies() -> None:
    """Copy the files mutmut does not regenerate (data, templates, the other layers) afresh.

    mutmut copies the source tree into mutants/ once and afterwards only rewrites the mutated
    modules, so a reused mutants/ would pair new code and tests with old data files. Its copy
    of tests/ is dropped for mutmut to copy again: mutmut copies over it, so a test file
    deleted or renamed since would still be collected from the old copy.
    """
    shutil.rmtree(ROOT / "mutants" / "tests", ignore_errors=True)
    shutil.rmtree(ROOT / "mutants" / COMPILED, ignore_errors=True)
    for path in Path("src").rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.is_relative_to(COMPILED):
            continue  # a compiled module would shadow its mutated source (pure_python below)
        if path.suffix == ".py" and path.is_relative_to(DOMAIN):
            continue  # mutmut regenerates these from the source when they change
        target = ROOT / "mutants" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)


def pure_python(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment of a mutation run: the pure-Python modules only. A compiled module
    (``parceltrail.compiled``) is built from the unmutated source and would run instead of
    the mutated one, so every mutant of the detection modules would survive."""
    return {**environ, PURE_ENV: "1"}


def run_mutmut(names: list[str], max_children: int) -> None:
    """Run the named mutants (globs allowed), or every mutant when no name is given."""
    command = [str(Path(sys.executable).with_name("mutmut")), "run", "--max-children"]
    command += [str(max_children), *names]
    completed = subprocess.run(command, cwd=ROOT, check=False, env=pure_python(os.environ))
    if completed.returncode != 0:
        raise SystemExit(f"mutmut run failed with exit code {completed.returncode}")


def read_results(path: Path) -> dict[str, int | None]:
    meta = ROOT / "mutants" / f"{path}.meta"
    if not meta.exists():
        return {}
    codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
    return codes


def mutated_lines(name: str, path: Path) -> list[str]:
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    diff = get_diff_for_mutant(name, path=path)
    return [
        line[1:].strip()
        for line in diff.splitlines()
        if line.startswith("+") and not line.startswith("+++")
    ]


def score(
    paths: list[Path], equivalents: dict[str, Equivalent]
) -> tuple[list[ModuleScore], list[str], dict[str, int]]:
    """Per-module scores, the stale equivalent entries, and a count of each outcome."""
    scores, stale, outcomes = [], [], Counter[str]()
    seen: set[str] = set()
    for path in paths:
        codes = read_results(path)
        if not codes:
            continue
        result = ModuleScore(module_name(path), path, mutants=len(codes))
        for name, code in codes.items():
            equivalent = equivalents.get(name)
            seen.add(name)
            if code in KILLED_CODES or code in TIMEOUT_CODES:
                outcomes["timeout" if code in TIMEOUT_CODES else "killed"] += 1
                result.killed += 1
                if equivalent:
                    stale.append(f"{name}: listed as equivalent but killed")
            elif equivalent and code == 0:
                if equivalent.change not in mutated_lines(name, path):
                    stale.append(f"{name}: its change is no longer {equivalent.change!r}")
                    result.survivors.append(name)
                else:
                    result.equivalent += 1
                    outcomes["equivalent"] += 1
            else:
                outcome = "not reached" if code in NOT_REACHED_CODES else "survived"
                outcomes[outcome if code is not None else "not run"] += 1
                result.not_reached += code in NOT_REACHED_CODES
                result.not_run += code is None
                result.survivors.append(name)
        scores.append(result)
    stale += [
        f"{name}: listed as equivalent but no such mutant"
        for name in equivalents
        if name not in seen and _in_scope(name, paths)
    ]
    return scores, stale, dict(outcomes)


def _in_scope(name: str, paths: list[Path]) -> bool:
    return any(name.startswith(mutant_glob(path)[:-1]) for path in paths)


def total_line(scores: list[ModuleScore]) -> str:
    total = ModuleScore(
        "total",
        mutants=sum(s.mutants for s in scores),
        killed=sum(s.killed for s in scores),
        equivalent=sum(s.equivalent for s in scores),
    )
    return total.line()


def current_changes(path: Path) -> dict[str, list[str]]:
    """Every mutant of a module as mutmut would make it from the code now, with its changed
    lines: generated in memory, no test run (mutant numbers move when a function changes)."""
    import libcst as cst
    from mutmut.mutation.diff_apply import read_mutant_function, read_original_function
    from mutmut.mutation.file_mutation import mutate_file_contents

    mutated = mutate_file_contents(str(path), path.read_text("utf-8"))
    module = cst.parse_module(mutated.code)
    prefix = f"{dotted_module(path)}."
    changes: dict[str, list[str]] = {}
    for short in mutated.mutant_names:
        original = module.code_for_node(read_original_function(module, short)).splitlines()
        mutant = module.code_for_node(read_mutant_function(module, short)).splitlines()
        diff = difflib.unified_diff(original, mutant, lineterm="")
        changes[prefix + short.removeprefix(prefix)] = [
            line[1:].strip() for line in diff if line.startswith("+") and not line.startswith("+++")
        ]
    return changes


def check_equivalents(paths: list[Path], equivalents: dict[str, Equivalent]) -> list[str]:
    """Entries whose mutant no longer makes their change, each with where that change is now."""
    problems = []
    for path in paths:
        module = dotted_module(path)  # a mutant's name is its module's, a dot, its function
        mine = {n: e for n, e in equivalents.items() if n.rsplit(".", 1)[0] == module}
        if not mine:
            continue
        changes = current_changes(path)
        for name, entry in mine.items():
            if entry.change in changes.get(name, []):
                continue
            function = name.rsplit("__mutmut_", 1)[0]
            now = [
                n
                for n, lines in changes.items()
                if n.startswith(function + "__mutmut_") and entry.change in lines
            ]
            problems.append(f"{name}: not {entry.change!r} any more; that change is now {now}")
    return problems


def write_survivors(scores: list[ModuleScore]) -> Path:
    out = ROOT / "mutants" / "survivors.txt"
    with out.open("w", encoding="utf-8") as file:
        for result in scores:
            for name in result.survivors:
                assert result.path is not None
                try:
                    lines = mutated_lines(name, result.path)
                except Exception as exc:  # a mutant whose diff cannot be shown is still listed
                    lines = [f"(no diff: {exc})"]
                file.write(f"{name}\n" + "".join(f"    + {line}\n" for line in lines))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", help="modules whose path contains this")
    parser.add_argument("--keep", action="store_true", help="reuse mutants/ from a last run")
    parser.add_argument(
        "--fresh", action="store_true", help="with --only: start from an empty mutants/"
    )
    parser.add_argument("--report", action="store_true", help="score the last run, run nothing")
    parser.add_argument(
        "--survivors", action="store_true", help="rerun only the last run's survivors"
    )
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--check-equivalents",
        action="store_true",
        help="only check that each equivalent entry still names its mutant's change (no run)",
    )
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    paths = module_files()
    if args.only:
        paths = [p for p in paths if any(part in str(p) for part in args.only)]
    equivalents = load_equivalents()
    if args.check_equivalents:
        problems = check_equivalents(paths, equivalents)
        for problem in problems:
            print(f"mutation: stale equivalent entry {problem}")
        print(f"mutation: equivalent entries checked, {len(problems)} stale")
        return 1 if problems else 0
    started = time.monotonic()
    if args.survivors:
        names = [name for result in score(paths, equivalents)[0] for name in result.survivors]
        if names:
            refresh_copies()
            run_mutmut(names, args.max_children)
    elif not args.report:
        if args.keep or (args.only and not args.fresh):
            refresh_copies()
        else:
            shutil.rmtree(ROOT / "mutants", ignore_errors=True)
        run_mutmut([mutant_glob(path) for path in paths] if args.only else [], args.max_children)
    elapsed = time.monotonic() - started
    scores, stale, outcomes = score(paths, equivalents)
    for result in scores:
        marker = "" if result.score >= AIM_MODULE else f"  (below {AIM_MODULE:.0f}%)"
        if result.not_run:
            marker += f"  (incomplete: {result.not_run} not run)"
        print(result.line() + marker)
    print(total_line(scores))
    print("mutation: outcomes " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    if not args.report:
        print(f"mutation: {elapsed / 60:.1f} minutes on {args.max_children} workers")
    survivors = write_survivors(scores)
    print(f"mutation: survivors with their changes in {survivors.relative_to(ROOT)}")
    for entry in stale:
        print(f"mutation: stale equivalent entry {entry}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
