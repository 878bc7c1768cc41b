"""The public tracking page: one box for one or many numbers; rate-limited per client."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from starlette.responses import RedirectResponse, Response

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.notifications import ALERT_MILESTONES
from parceltrail.domain.numbers import Carrier, load_directory
from parceltrail.services import alerts, lookup
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import TokenBucket, Visitor, VisitorDep

router = APIRouter(include_in_schema=False)
SUBSCRIBE_COST = 5  # tokens of the lookup bucket per subscription: each one sends a mail


@lru_cache(maxsize=1)
def carriers() -> list[Carrier]:
    return sorted(load_directory().carriers.values(), key=lambda c: c.name.lower())


def _bucket(request: Request, app: AppDep) -> TokenBucket:
    state = request.app.state
    if getattr(state, "track_bucket", None) is None:
        state.track_bucket = TokenBucket(app.settings.track_burst, app.settings.track_per_minute)
    bucket: TokenBucket = state.track_bucket
    return bucket


def _limited(request: Request, who: Visitor, wait: float) -> Response:
    seconds = max(1, math.ceil(wait))
    response = page(
        request, who, "error.html", status_code=429, title="Too many lookups",
        message="You looked up many numbers in a short time. This protects parcels from being "
        "guessed.", retry_after=seconds,
    )
    response.headers["Retry-After"] = str(seconds)
    return response


def _render(
    request: Request, app: AppDep, uow: UowDep, who: Visitor, text: str, carrier: str | None
) -> Response:
    numbers, left_out = lookup.numbers_in(text)
    client = request.client.host if request.client else "unknown"
    wait = _bucket(request, app).take(client, cost=max(1, len(numbers)))
    if wait:
        return _limited(request, who, wait)
    now = app.clock()
    results = [
        lookup.look_up(uow=uow, number=number, now=now, viewer=who.user,
                       carrier=carrier if len(numbers) == 1 else None)
        for number in numbers
    ]
    return page(request, who, "track.html", q=text[:20_000], results=results,
                left_out=left_out, searched=bool(text.strip()), error=None,
                carriers=carriers(), milestones=ALERT_MILESTONES)


@router.get("/")
def home() -> Response:
    return RedirectResponse("/track", status_code=303)


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/track")
def track(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep,
    q: str = Query("", max_length=20_000),
) -> Response:
    return _render(request, app, uow, who, q, None)


@router.get("/track/{number}")
def track_one(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, number: str,
    carrier: str | None = Query(None, max_length=64),
) -> Response:
    return _render(request, app, uow, who, number[:100], carrier or None)


@router.post("/track/{number}/alerts")
def subscribe(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, number: str,
    csrf: Annotated[str, Form(alias="csrf_token", max_length=200)] = "",
    email: Annotated[str, Form(max_length=254)] = "",
    milestones: Annotated[list[str] | None, Form(max_length=20)] = None,
) -> Response:
    """Alerts by e-mail on one number: double opt-in, the confirmation mail leaves by the outbox."""
    who.check_csrf(csrf)
    client = request.client.host if request.client else "unknown"
    wait = _bucket(request, app).take(client, cost=SUBSCRIBE_COST)
    if wait:
        return _limited(request, who, wait)
    form: dict[str, Any] = {"number": number[:64], "email": email[:254], "chosen": milestones or [],
            "milestones": ALERT_MILESTONES}
    try:
        if not milestones:
            raise ValidationFailed("choose at least one kind of update", field="milestones")
        alerts.subscribe_number(uow=uow, email=email, tracking_number=number[:100],
                                milestones=[m[:40] for m in milestones], now=app.clock())
    except ValidationFailed as exc:
        uow.rollback()
        return page(request, who, "alerts.html", status_code=422, error=exc.message, sent=False,
                    **form)
    uow.commit()
    return page(request, who, "alerts.html", error=None, sent=True, **form)
