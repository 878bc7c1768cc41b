"""API v1: events, a batch of tracking events pushed by a seller or an integration."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import Field

from parceltrail.domain.errors import ValidationFailed
from parceltrail.services import tracking as tracking_service
from parceltrail.web.api.deps import AppDep, BodyIn, UowDep, UserDep
from parceltrail.web.api.schemas import IngestOut
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")

EVENT_EXAMPLE: dict[str, Any] = {
    "tracking_number": "LK123456785CN",
    "occurred_at": "2026-11-20T14:05:00+08:00",
    "description": "Departed from the origin country",
    "status": "departed_origin",
    "location": {"city": "Shenzhen", "country": "CN"},
    "carrier": "china_post",
    "code": "DEP",
    "id": "evt-1",
}


class EventsIn(BodyIn):
    """Events are checked one by one, so one bad event does not lose the rest of the batch."""

    events: list[Any] = Field(
        description="Each: tracking_number, occurred_at (ISO 8601 with offset), description, "
        "and optionally status, code, location {city, country, postal_code}, carrier, id",
        examples=[[EVENT_EXAMPLE]],
    )


@router.post(
    "/events",
    tags=["events"],
    response_model=IngestOut,
    responses=answers(400, 401, 403, 413, 422),
)
def post_events(body: EventsIn, app: AppDep, uow: UowDep, user: UserDep) -> dict[str, Any]:
    """Ingest a batch; answers how many were accepted, duplicates, and each rejection's reason."""
    limit = app.settings.max_events_per_request
    if len(body.events) > limit:
        raise ValidationFailed(f"a batch holds at most {limit} events; split it", limit=limit)
    now = app.clock()
    valid, rejected = tracking_service.parse_events(body.events, now=now)
    result = tracking_service.ingest(uow=uow, actor=user, events=valid, now=now)
    result.rejected = sorted(rejected + result.rejected, key=lambda r: r.index)
    return result.to_json()
