"""A guard against runaway work (catastrophic regex backtracking, unbounded loops) in tests.

It is not a speed measurement: those live in bench/. The budget is far above any honest
run on a loaded machine, and far below what exponential work on the hostile inputs costs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

HANG_BUDGET_SECONDS = 5.0


def finishes(work: Callable[[], T], budget: float = HANG_BUDGET_SECONDS) -> T:
    """Run `work` and fail the test if it used more CPU time than `budget` seconds."""
    started = time.process_time()
    result = work()
    used = time.process_time() - started
    assert used < budget, f"{used:.1f} s of CPU: runaway work, not a slow machine"
    return result
