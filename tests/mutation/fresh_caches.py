"""A pytest plugin for mutation runs only: every test session starts with the caches empty.

mutmut forks each mutant's test run from a process that has already run the tests, so a result
cached there (the carrier directory, classified texts, clipped fields) would be served without
running the mutated code, and the mutant would survive for no fault of the tests. Clearing every
``functools`` cache of parceltrail at session start makes the mutated code run again.

It also freezes the garbage collector's view of everything that exists when a session starts
(``gc.freeze``). A mutant's session is a forked child of a process that imported the whole
application; pytest runs full collections when a session ends (to report unraisable
exceptions), and a full collection writes to every object's header, so each child copied
every inherited page: about three quarters of a trivial mutant's CPU time. Frozen objects
are skipped; objects the tests create are still collected and checked.

And it runs each mutant's tests fastest first, by the times mutmut recorded when it ran them
unmutated (``mutants/mutmut-stats.json``). mutmut hands pytest the tests that reach the
mutated function and stops at the first failure (``-x``), but pytest runs them in file
order: a mutant of the training code ran a one-second fit from ``test_model.py`` before the
millisecond checks of ``test_training.py`` that kill it. Survivors still run every test.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import pytest

STATS_FILE = Path("mutmut-stats.json")  # mutmut runs the tests from inside mutants/
_durations: dict[str, float] | None = None


def clear_parceltrail_caches() -> int:
    """Empty each cache held by a parceltrail module; how many were emptied."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith("parceltrail."):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()
                cleared += 1
    return cleared


def pytest_sessionstart(session: pytest.Session) -> None:
    gc.freeze()
    clear_parceltrail_caches()


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
