"""A pytest plugin for mutation runs only: every test session starts with the caches empty.

mutmut forks each mutant's test run from a process that has already run the tests, so a result
cached there (the carrier directory, classified texts, clipped fields) would be served without
running the mutated code, and the mutant would survive for no fault of the tests. Clearing every
``functools`` cache of parceltrail at session start makes the mutated code run again.
"""

from __future__ import annotations

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
    clear_parceltrail_caches()
