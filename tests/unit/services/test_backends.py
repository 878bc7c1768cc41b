"""The batches a page of registered numbers is fetched in (services/backends.py
``fetch_batches``, used by ``fetch_silent`` and bench/seventeentrack_tracklist.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from parceltrail.domain.backends import ORDER, Registration, RegistrationState, Timing
from parceltrail.services.backends import fetch_batches

NOW = datetime(2026, 12, 6, 15, 30, tzinfo=UTC)


def _registered(number: str, heard_hours_ago: float | None) -> Registration:
    return Registration(
        shipment_id=f"shp_{number}",
        tracking_number=number,
        carrier=None,
        backend="17track",
        state=RegistrationState.REGISTERED,
        priority=ORDER,
        created_at=NOW - timedelta(days=3),
        registered_at=NOW - timedelta(days=3),
        heard_at=None if heard_hours_ago is None else NOW - timedelta(hours=heard_hours_ago),
    )


PAGE = [
    _registered("A1", 30),  # due, heard of 30 hours ago
    _registered("B2", 2),  # heard of within the day: not due
    _registered("C3", None),  # due, never heard of
    _registered("D4", 200),  # due, the quietest heard of
]


def _numbers(batches: list[list[Registration]]) -> list[list[str]]:
    return [[r.tracking_number for r in batch] for batch in batches]


def test_a_page_is_fetched_due_numbers_only_quietest_first_in_batches_of_the_limit() -> None:
    batches = fetch_batches(PAGE, now=NOW, timing=Timing(), batch_limit=2)
    assert _numbers(batches) == [["C3", "D4"], ["A1"]]


def test_another_order_is_kept_as_given() -> None:
    batches = fetch_batches(PAGE, now=NOW, timing=Timing(), batch_limit=2, order=list)
    assert _numbers(batches) == [["A1", "C3"], ["D4"]]
    assert fetch_batches(PAGE[1:2], now=NOW, timing=Timing(), batch_limit=2) == []
