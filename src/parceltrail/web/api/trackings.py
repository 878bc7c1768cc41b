"""API v1: trackings, a tracking number's status and events, and tracking a number on its own."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import Field
from starlette.concurrency import run_in_threadpool

from parceltrail.bootstrap import App
from parceltrail.services import backends
from parceltrail.services import tracking as tracking_service
from parceltrail.services.ports import UnitOfWork
from parceltrail.services.standalone import StandaloneCaps
from parceltrail.services.standalone import start as start_standalone
from parceltrail.services.views import TrackingView
from parceltrail.web.api.deps import (
    AppDep,
    BearerDep,
    BodyIn,
    NonBlank,
    UowDep,
    UserDep,
    identify_reader,
    token_secret,
)
from parceltrail.web.api.schemas import StartedTrackingOut, TrackingOut
from parceltrail.web.errors import answers
from parceltrail.web.limits import limit_api_lookup

router = APIRouter(prefix="/api/v1")


class TrackingIn(BodyIn):
    tracking_number: NonBlank = Field(min_length=1, max_length=100, examples=["LK123456785CN"])
    carrier: str | None = Field(
        None,
        max_length=64,
        description="The carrier, when detection cannot tell it",
        examples=["china_post"],
    )


# First in the router, and this router first in the app: FastAPI tries the routes in order, at
# a real cost for each, and this is the most frequent request by far.
@router.get(
    "/trackings/{tracking_number}",
    tags=["trackings"],
    dependencies=[Depends(limit_api_lookup)],
    response_model=TrackingOut,
    responses=answers(401, 404, 422, 429),
)
async def get_tracking(tracking_number: str, app: AppDep, credentials: BearerDep) -> JSONResponse:
    """Status, milestones, health, ETA and events (newest first) of a tracking number."""
    # The hottest read: the caller and the tracking come from one read-only transaction in
    # one worker thread, not one thread hop per dependency (docs/web.md: the API lookup).
    secret = token_secret(credentials)
    answer = await run_in_threadpool(_tracking_answer, app, secret, tracking_number)
    return JSONResponse(answer)


def _tracking_answer(app: App, secret: str, tracking_number: str) -> dict[str, Any]:
    with app.reader() as uow:
        user = identify_reader(app, uow, secret)
        view = tracking_service.get_tracking(
            uow=uow, tracking_number=tracking_number, viewer=user, now=app.clock()
        )
        return {**view.to_json(), "tracking_backend": _backend(app, uow, view, app.clock())}


def _backend(app: App, uow: UnitOfWork, view: TrackingView, now: datetime) -> dict[str, Any] | None:
    """Which aggregator tracks the number (no query at all where none is configured: this is
    the hottest read)."""
    if not app.jobs.backends.aggregators:
        return None
    found = backends.tracking_backend(
        uow=uow, tracking_number=view.shipment.tracking_number, now=now
    )
    return dict(found.to_json()) if found else None


@router.post(
    "/trackings",
    tags=["trackings"],
    status_code=201,
    dependencies=[Depends(limit_api_lookup)],
    response_model=StartedTrackingOut,
    responses={
        200: {"model": StartedTrackingOut, "description": "parceltrail already knew the number"},
        **answers(400, 401, 413, 422, 429),
    },
)
def start_tracking(body: TrackingIn, app: AppDep, uow: UowDep, user: UserDep) -> JSONResponse:
    """Track a number on its own, polled from its carrier (when a connector for it is
    configured): 201 when started, 200 when parceltrail knew it; daily caps per account."""
    now = app.clock()
    caps = StandaloneCaps(
        app.settings.standalone_per_client_per_day, app.settings.standalone_per_day
    )
    polling, created = start_standalone(
        uow=uow,
        tracking_number=body.tracking_number,
        carrier=body.carrier,
        pollable=backends.Trackable(app.pollers, app.jobs.backends),
        client=f"user:{user.id}",
        caps=caps,
        now=now,
    )
    view = tracking_service.get_tracking(
        uow=uow, tracking_number=body.tracking_number, viewer=user, now=now
    )
    answer = {
        **view.to_json(),
        "polling": polling.to_json(),
        "tracking_backend": _backend(app, uow, view, now),
    }
    return JSONResponse(answer, status_code=201 if created else 200)
