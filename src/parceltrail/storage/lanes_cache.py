"""What ``lane_stats`` holds, kept in this process for a short while.

Every lookup, page and ETA reads the spreads learned on its lane's levels, yet they change
only when the lanes sweep re-learns them (once a day). One ``LaneSpreadCache`` is shared by
every unit of work of an application (bootstrap builds it): a lane key read within the last
``ttl`` seconds is answered from memory, including "nothing learned on this lane yet".

A unit of work that writes lane statistics bypasses the cache for the rest of its
transaction and clears it once its commit has succeeded, so this process sees new spreads at
once. Other processes (a separate worker, ``parceltrail sweep --lanes``) see them when their
entries expire, after ``ttl`` seconds at most. A reader that started before a clear cannot
put what it read back afterwards: entries carry the generation they were read in.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping

from parceltrail.domain.eta import Spread

Spreads = Mapping[str, Spread]


class LaneSpreadCache:
    """Spreads by lane key for ``ttl`` seconds, at most ``max_keys`` keys (then it starts over)."""

    def __init__(
        self,
        ttl: float = 300.0,
        *,
        max_keys: int = 20_000,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.max_keys = max_keys
        self._timer = timer
        self._entries: dict[str, tuple[float, Spreads | None]] = {}
        self._generation = 0
        self._lock = threading.Lock()

    @property
    def generation(self) -> int:
        """Bumped by every ``clear``; pass the value read before a query to ``remember``."""
        return self._generation

    def known(self, keys: Iterable[str]) -> tuple[dict[str, Spreads], list[str]]:
        """The cached spreads of ``keys`` that have any, and the keys to read from the table."""
        now = self._timer()
        found: dict[str, Spreads] = {}
        missing: list[str] = []
        entries = self._entries
        for key in keys:
            entry = entries.get(key)
            if entry is None or entry[0] <= now:
                missing.append(key)
            elif entry[1] is not None:
                found[key] = entry[1]
        return found, missing

    def remember(self, generation: int, keys: Iterable[str], read: Mapping[str, Spreads]) -> None:
        """Keep what the table held for ``keys`` (absent: nothing learned), unless the cache
        was cleared since ``generation`` was read."""
        if self.ttl <= 0:
            return
        expires = self._timer() + self.ttl
        with self._lock:
            if generation != self._generation:
                return
            if len(self._entries) >= self.max_keys:
                self._entries.clear()
            for key in keys:
                self._entries[key] = (expires, read.get(key))

    def clear(self) -> None:
        with self._lock:
            self._generation += 1
            self._entries.clear()
