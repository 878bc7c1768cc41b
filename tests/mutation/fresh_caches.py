"""A pytest plugin for mutation runs only: every test session starts with the caches empty
that the mutated code could have filled.

mutmut forks each mutant's test run from a process that has already run the tests, so a result
cached there (the carrier directory, classified texts, clipped fields) would be served without
running the mutated code, and the mutant would survive for no fault of the tests. So each
``functools`` cache of parceltrail whose value the mutated module could have computed is
emptied at session start, and the mutated code runs again. Which those are: a cache's value is
computed by its function, which runs only code of its own module and of the modules that
module imports, directly or through others (imports inside functions count; parceltrail
imports nothing by a computed name). A cache whose module cannot reach the mutated module was
filled without running one line of it, so it holds exactly what the mutant would compute, and
is kept: the text model, classified texts and the carrier directory are not rebuilt for a
mutant of the dispute rules. A session with no mutant (mutmut's recording and clean runs)
empties every cache, as before.

It also freezes the garbage collector's view of everything that exists when a session starts
(``gc.freeze``). A mutant's session is a forked child of a process that imported the whole
application; pytest runs full collections when a session ends (to report unraisable
exceptions), and a full collection writes to every object's header, so each child copied
every inherited page: about three quarters of a trivial mutant's CPU time. Frozen objects
are skipped; objects the tests create are still collected and checked.

It makes the run test the pure-Python modules: a compiled detection module
(``parceltrail.compiled``) is built from the unmutated source and would run instead of the
mutated one. ``PARCELTRAIL_PURE_PYTHON`` is set before the first conftest imports parceltrail
(``make mutation`` sets it too, this covers ``mutmut run`` by hand), and a session that finds
a compiled module loaded all the same stops.

And it runs each mutant's tests fastest first, by the times mutmut recorded when it ran them
unmutated (``mutants/mutmut-stats.json``). mutmut hands pytest the tests that reach the
mutated function and stops at the first failure (``-x``), but pytest runs them in file
order: a mutant of the training code ran a one-second fit from ``test_model.py`` before the
millisecond checks of ``test_training.py`` that kill it. Survivors still run every test.
"""

from __future__ import annotations

import ast
import gc
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from parceltrail.compiled import PURE_ENV, loaded

STATS_FILE = Path("mutmut-stats.json")  # mutmut runs the tests from inside mutants/
_durations: dict[str, float] | None = None


PACKAGE = "parceltrail"
_reach: dict[str, frozenset[str]] = {}  # module -> every parceltrail module it can run
_caches: dict[int, list[tuple[str, Callable[[], None]]]] = {}  # by len(sys.modules)


def clear_parceltrail_caches(mutated: str | None = None) -> int:
    """Empty each cache held by a parceltrail module whose code can reach the ``mutated``
    module (every cache when it is None); how many were emptied."""
    cleared = 0
    for owner, clear in parceltrail_caches():
        if mutated is None or mutated in reach(owner):
            clear()
            cleared += 1
    return cleared


def parceltrail_caches() -> list[tuple[str, Callable[[], None]]]:
    """Each cache held by a parceltrail module: the module defining its function, and its
    ``cache_clear``. Listed again whenever a module has been imported since (a mutant's
    session, forked after mutmut's own, finds the list made and does not walk every module)."""
    modules = len(sys.modules)
    if modules not in _caches:
        _caches.clear()
        _caches[modules] = _list_caches()
    return _caches[modules]


def _list_caches() -> list[tuple[str, Callable[[], None]]]:
    found: dict[int, tuple[str, Callable[[], None]]] = {}
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(PACKAGE + "."):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear):  # where its function is defined, not where it was imported
                found[id(value)] = (getattr(value, "__module__", None) or name, clear)
    return list(found.values())


def mutated_module(mutant: str | None = None) -> str | None:
    """The module of the mutant this session tests (``MUTANT_UNDER_TEST``, as mutmut names
    it), or None when it tests none (mutmut's "stats", "fail" and clean runs)."""
    if mutant is None:
        mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    module, _, function = mutant.rpartition(".")
    return module if module and "__mutmut_" in function else None


def reach(module: str) -> frozenset[str]:
    """The module, its packages, and every parceltrail module it imports, transitively."""
    if not _reach:
        _reach.update(import_closures(_source_files()))
    # A module not found among the sources (none should be) reaches everything: kept safe.
    return _reach.get(module) or frozenset(_reach) | {module}


def _source_files() -> dict[str, Path]:
    root = Path(sys.modules[PACKAGE].__file__ or "").parent
    return {_dotted(path.relative_to(root.parent)): path for path in root.rglob("*.py")}


def _dotted(relative: Path) -> str:
    parts = relative.with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_closures(files: dict[str, Path]) -> dict[str, frozenset[str]]:
    """Each module's reach (``reach``), from the import statements of the source files."""
    direct = {name: _imported(name, path, files) for name, path in files.items()}
    closures: dict[str, frozenset[str]] = {}
    for name in files:
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            for found in _with_packages(current, files):
                if found not in seen:
                    seen.add(found)
                    todo.extend(direct.get(found, ()))
        closures[name] = frozenset(seen)
    return closures


def _imported(name: str, path: Path, files: dict[str, Path]) -> set[str]:
    """The parceltrail modules one file imports, anywhere in it (inside functions too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # submodules
    return {module for module in found if module in files}


def _with_packages(module: str, files: dict[str, Path]) -> Iterable[str]:
    """A module and the packages above it: importing it runs their ``__init__`` too."""
    parts = module.split(".")
    return (".".join(parts[:n]) for n in range(1, len(parts) + 1) if ".".join(parts[:n]) in files)


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests() -> None:
    os.environ[PURE_ENV] = "1"


def pytest_sessionstart(session: pytest.Session) -> None:
    compiled_modules = [name for name, native in loaded().items() if native]
    if compiled_modules:
        pytest.exit(f"mutation run on compiled modules: {', '.join(compiled_modules)}", 4)
    gc.freeze()
    # Read the imports and list the caches in mutmut's own sessions (no mutant), so that its
    # forked children inherit both.
    reach(PACKAGE)
    parceltrail_caches()
    clear_parceltrail_caches(mutated_module())


def recorded_durations(path: Path = STATS_FILE) -> dict[str, float]:
    """Each test's unmutated run time as mutmut recorded it; empty before it has run them.

    Read once per process: the mutants' test runs are forked from mutmut's process, which
    read it for its own clean run, so they inherit it parsed."""
    global _durations
    if _durations is None:
        if not path.is_file():
            return {}  # the first, recording run: nothing to order by yet
        stats = json.loads(path.read_text("utf-8"))
        _durations = {name: float(t) for name, t in stats.get("duration_by_test", {}).items()}
    return _durations


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    durations = recorded_durations()
    if durations:
        # Stable: tests of equal (or unrecorded, 0) time keep their file order.
        items.sort(key=lambda item: durations.get(item.nodeid, 0.0))
