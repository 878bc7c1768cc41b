"""My parcels on a real database: a delivered parcel leaves the active list by itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.jobs.runner import InProcessRunner
from parceltrail.services import parcels
from parceltrail.services import tracking as tracking_service
from parceltrail.services.parcels import ParcelCaps, Wanted
from tests import factories
from tests.conftest import FrozenClock

DELIVERED = factories.s10(5)
UNDERWAY = factories.s10(6)


def test_delivered_parcels_are_archived_some_days_after_delivery(
    app: App, clock: FrozenClock
) -> None:
    user = factories.user(app, "me@example.com", Role.BUYER)
    with app.uow() as uow:
        for number in (DELIVERED, UNDERWAY):
            parcels.track(
                uow=uow,
                user_id=user.id,
                wanted=Wanted(number),
                source="number",
                pollable=app.pollers,
                caps=ParcelCaps(10, 10),
                now=clock(),
            )
        start = datetime(2026, 11, 10, 8, tzinfo=UTC)  # delivered 296 h later: 22 Nov
        for raw in (
            factories.raw_journey(DELIVERED, start),
            factories.raw_journey(UNDERWAY, start)[:4],
        ):
            events, _ = tracking_service.parse_events(raw, now=clock())
            tracking_service.ingest(uow=uow, actor=None, events=events, now=clock())
    after = timedelta(days=app.settings.parcels_archive_after_days)
    with app.uow() as uow:
        assert parcels.archive_delivered(uow=uow, now=clock(), after=after) == 0  # 6 days on
    clock.now = datetime(2026, 11, 23, 0, tzinfo=UTC) + after  # delivered 22 Nov, 22:00 UTC
    InProcessRunner(app.jobs).run_once()  # the parcels-archive sweep
    with app.uow() as uow:
        active = [p.tracking_number for p in uow.parcels.list_for(user.id, archived=False, limit=9)]
        archived = uow.parcels.list_for(user.id, archived=True, limit=9)
    assert active == [UNDERWAY]
    assert [(p.tracking_number, p.archived_at) for p in archived] == [(DELIVERED, clock.now)]
