"""Sweeps that go on from a mark, run in rounds of one transaction each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from parceltrail.services.ports import Transaction


class Round(Protocol):
    """What one round of a sweep reports."""

    @property
    def examined(self) -> int: ...

    @property
    def more(self) -> bool: ...  # the round's limit cut the work short


U = TypeVar("U", bound=Transaction)


def in_rounds(sweep: Callable[[U], Round], *, uow_factory: Callable[[], U], rounds: int) -> int:
    """Run ``sweep`` a transaction at a time until nothing is left or ``rounds`` ran; how many
    rows were examined in all."""
    examined = 0
    for _ in range(rounds):
        with uow_factory() as uow:
            report = sweep(uow)
        examined += report.examined
        if not report.more:
            break
    return examined
