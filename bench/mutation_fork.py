"""CPU time of one mutant's test session, as mutmut's fork server runs it (docs/testing.md).

The parent imports and collects the unit tests once (mutmut's warm-up), then forks children
that each run one pytest session on a few tests, and reads each child's CPU time from the
kernel. Baseline: the session emptying the caches as the plugin did before it froze the heap;
then with the plugin as it is (gc.freeze, then the caches emptied). Prints both medians and
their ratio; run from the repository root:

    .venv/bin/python bench/mutation_fork.py [TEST_ID ...]
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.mutation.fresh_caches import clear_parceltrail_caches

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TESTS = ["tests/unit/domain/numbers/test_ranking.py::test_no_match_no_candidate"]
RUNS = 10
BASE = ["--rootdir=.", "--tb=native", "-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
# the plugin module is imported here before pytest loads it, so pytest cannot rewrite it
BASE += ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
PLUGIN = ["-p", "tests.mutation.fresh_caches"]


class CachesOnly:
    """The plugin before the heap was frozen: it only emptied the caches."""

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        clear_parceltrail_caches()


def child_cpu_ms(args: list[str], plugins: list[object]) -> float:
    """CPU milliseconds (user + system) of one forked pytest session."""
    pid = os.fork()
    if pid == 0:
        with open(os.devnull, "w") as sink:
            sys.stdout = sys.stderr = sink
            code = pytest.main(args, plugins=plugins)
        os._exit(int(code))
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the tests failed in a child: {' '.join(args)}")
    return 1000 * (usage.ru_utime + usage.ru_stime)


def median_ms(args: list[str], plugins: list[object]) -> float:
    return statistics.median(child_cpu_ms(args, plugins) for _ in range(RUNS))


def main() -> None:
    os.chdir(ROOT)
    tests = sys.argv[1:] or DEFAULT_TESTS
    with contextlib.redirect_stdout(io.StringIO()):
        pytest.main([*BASE, "--collect-only", "tests/unit"], plugins=[CachesOnly()])
    baseline = median_ms(BASE + tests, [CachesOnly()])
    frozen = median_ms(BASE + tests + PLUGIN, [])
    print(f"mutant session, caches emptied:              {baseline:.0f} ms CPU (median of {RUNS})")
    print(f"mutant session, heap frozen, caches emptied: {frozen:.0f} ms CPU (median of {RUNS})")
    print(f"ratio: {baseline / frozen:.1f}x less CPU per mutant")


if __name__ == "__main__":
    main()
