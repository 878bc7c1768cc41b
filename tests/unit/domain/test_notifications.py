"""A subscription asked for by e-mail waits for its confirmation and records the request."""

from __future__ import annotations

from datetime import UTC, datetime

from parceltrail.domain.notifications import (
    Subscription,
    SubscriptionKind,
    SubscriptionRequested,
    SubscriptionStatus,
)

AT = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)


def test_alerts_on_a_number_start_pending_and_record_the_request() -> None:
    sub = Subscription.request_tracking(
        email="buyer@example.com",
        tracking_number="LK123456785CN",
        milestones=("delivered",),
        created_at=AT,
    )
    assert sub.id.startswith("sub_")
    assert (sub.kind, sub.status, sub.email, sub.tracking_number) == (
        SubscriptionKind.TRACKING,
        SubscriptionStatus.PENDING,
        "buyer@example.com",
        "LK123456785CN",
    )
    assert (sub.milestones, sub.created_at, sub.problems) == (("delivered",), AT, False)
    assert sub.events == [SubscriptionRequested(sub.id, "buyer@example.com", "LK123456785CN")]
    assert not sub.wants("delivered")  # nothing is sent before the confirmation
