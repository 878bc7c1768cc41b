"""Real parceltrail processes for tests: started with their own environment, killed by pid."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path


class Process:
    """One `python -m parceltrail ...` child (or another module's); its output goes to a log
    file read on failure."""

    def __init__(
        self,
        args: Sequence[str],
        env: Mapping[str, str],
        log: Path,
        *,
        module: str = "parceltrail",
    ) -> None:
        self.log = log
        merged = {k: v for k, v in os.environ.items() if not k.startswith("PARCELTRAIL_")}
        merged.update(env)
        with log.open("wb") as out:
            self._popen = subprocess.Popen(
                [sys.executable, "-m", module, *args],
                env=merged,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    @property
    def pid(self) -> int:
        return self._popen.pid

    def alive(self) -> bool:
        return self._popen.poll() is None

    def kill(self) -> None:
        """SIGKILL: no clean-up runs, as when a machine or the OOM killer takes it."""
        self._popen.kill()
        self._popen.wait(10)

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM, then SIGKILL if it does not exit in ``timeout``."""
        if not self.alive():
            return
        self._popen.send_signal(signal.SIGTERM)
        try:
            self._popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def wait_until(
    check: Callable[[], bool],
    *,
    timeout: float,
    what: str,
    processes: Sequence[Process] = (),
    state: Callable[[], str] | None = None,
) -> None:
    """Poll ``check``; on timeout fail naming ``what`` with ``state()`` (what was reached
    instead) and the processes' last output."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            logs = "\n".join(f"--- {p.log.name}\n{p.output()[-3000:]}" for p in processes)
            reached = f"; reached: {state()}" if state is not None else ""
            raise AssertionError(f"timed out waiting for {what}{reached}\n{logs}")
        time.sleep(0.1)
