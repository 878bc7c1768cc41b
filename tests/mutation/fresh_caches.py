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
"""

from __future__ import annotations

import gc
import sys

import pytest


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
