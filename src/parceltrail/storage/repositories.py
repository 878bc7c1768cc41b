"""Repositories over SQLAlchemy Core: domain objects in, domain objects out, no ORM rows.

The base every repository shares; each feature's repository is its own module beside it,
named ``<feature>_repository`` (``orders_repository``, ``disputes_repository``...).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
)

from parceltrail.storage.driver import Driver

# SQLite accepts 32,766 bound parameters; stay far below so every IN list fits.
CHUNK = 900
T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Repository:
    def __init__(self, connection: Connection, seen: list[Any]) -> None:
        self._db = connection
        self._seen = seen
        self._driver = Driver(connection)
