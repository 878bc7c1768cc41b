"""One explanation per tracking: the health verdict wins where it has one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from parceltrail.domain.explain import explain
from parceltrail.domain.health import Facts, assess
from parceltrail.domain.status import SubStatus

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _health(sub_status: SubStatus, silent_days: int):  # type: ignore[no-untyped-def]
    last = NOW - timedelta(days=silent_days)
    facts = Facts(sub_status.status, sub_status, last - timedelta(days=2), last)
    return assess(facts, NOW)


def test_without_a_verdict_the_quiet_time_heuristic_answers() -> None:
    last = NOW - timedelta(days=8)
    found = explain(SubStatus.IN_TRANSIT, now=NOW, dispatched_at=None, last_event_at=last)
    assert found.headline == "No updates for a while"


def test_a_verdict_of_moving_as_expected_silences_the_heuristic() -> None:
    health = _health(SubStatus.DEPARTED_ORIGIN, 8)  # air line-haul: quiet for 14 days is normal
    assert health.problem is None
    found = explain(
        SubStatus.DEPARTED_ORIGIN,
        now=NOW,
        dispatched_at=None,
        last_event_at=NOW - timedelta(days=8),
        health=health,
    )
    assert found.headline == "On its way"


def test_the_verdicts_explanation_wins() -> None:
    health = _health(SubStatus.IN_TRANSIT, 40)
    found = explain(
        SubStatus.IN_TRANSIT,
        now=NOW,
        dispatched_at=None,
        last_event_at=NOW - timedelta(days=40),
        health=health,
    )
    assert (found.headline, str(found.meaning), found.tone) == (
        "Possibly lost",
        health.explanation,
        "problem",
    )
    held = _health(SubStatus.CUSTOMS_HELD, 1)
    found = explain(
        SubStatus.CUSTOMS_HELD,
        now=NOW,
        dispatched_at=None,
        last_event_at=NOW - timedelta(days=1),
        health=held,
    )
    assert str(found.meaning) == held.explanation
