"""Identifiers that reveal nothing about volume: a prefix and random base-32 characters.

``new_id`` is 16 random characters. ``new_sorted_id`` leads with the creation time (to the
millisecond, 9 characters) and ends with 11 random ones, so ids made later sort later: the
rows a busy day writes (shipments, and their events, whose index is led by the shipment's id)
land on the right-hand pages of each index instead of on random pages across all of history,
and the pages still being written stay in memory however large the table grows.
"""

from __future__ import annotations

import secrets
import time

_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
_TIME_CHARS = 9  # 45 bits of milliseconds: until the year 3084


def new_id(prefix: str) -> str:
    return prefix + "_" + "".join(secrets.choice(_ALPHABET) for _ in range(16))


def new_sorted_id(prefix: str, *, millis: int | None = None) -> str:
    """An id that sorts by creation time; ``millis`` (since the epoch) defaults to now."""
    moment = time.time_ns() // 1_000_000 if millis is None else millis
    shifts = range(5 * (_TIME_CHARS - 1), -1, -5)
    stamp = "".join(_ALPHABET[(moment >> shift) & 31] for shift in shifts)
    return prefix + "_" + stamp + "".join(secrets.choice(_ALPHABET) for _ in range(11))
