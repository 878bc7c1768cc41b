"""The public tracking page: one box for one or many numbers; rate-limited per client.

A valid number parceltrail does not know yet, of a carrier a configured connector can poll,
starts a standalone tracking (services/standalone.py: bounded by daily caps per client and in
all), and the page says when to look again.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Query, Request
from starlette.responses import FileResponse, RedirectResponse, Response

from parceltrail.bootstrap import App
from parceltrail.domain.notifications import ALERT_MILESTONES
from parceltrail.domain.numbers import Carrier, load_directory
from parceltrail.services import lookup
from parceltrail.services.backends import Trackable
from parceltrail.services.standalone import FIRST_SCAN_DELAY, StandaloneCaps
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.limits import (
    client_ip,
    limit_track_box,
    limit_track_one,
)
from parceltrail.web.pages import card
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import Visitor, VisitorDep

router = APIRouter(include_in_schema=False)
MAX_Q = lookup.MAX_TEXT


@lru_cache(maxsize=1)
def carriers() -> list[Carrier]:
    return sorted(load_directory().carriers.values(), key=lambda c: c.name.lower())


def starter(app: App, who: Visitor, request: Request) -> lookup.Starter:
    """Who starts standalone trackings from this lookup: an account, else the client's IP."""
    client = f"user:{who.user.id}" if who.user else f"ip:{client_ip(request)}"
    caps = StandaloneCaps(
        app.settings.standalone_per_client_per_day, app.settings.standalone_per_day
    )
    return lookup.Starter(Trackable(app.pollers, app.jobs.backends), client, caps)


def _render(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: Visitor,
    text: str,
    carrier: str | None,
    numbers: list[str],
    left_out: int,
    events_page: int = 1,
) -> Response:
    now = app.clock()
    start = starter(app, who, request)
    results = [
        lookup.look_up(
            uow=uow,
            number=number,
            now=now,
            viewer=who.user,
            carrier=carrier if len(numbers) == 1 else None,
            starter=start,
            with_backend=bool(app.jobs.backends.aggregators),
        )
        for number in numbers
    ]
    return track_page(
        request,
        who,
        text=text,
        results=results,
        left_out=left_out,
        now=now,
        events_page=events_page,
    )


def track_page(
    request: Request,
    who: Visitor,
    *,
    text: str,
    results: list[lookup.Lookup],
    left_out: int,
    now: Any,
    error: str | None = None,
    status_code: int = 200,
    events_page: int = 1,
) -> Response:
    """The tracking page; also re-rendered with ``error`` when the box held too much. Each
    tracking shows one page of ``EVENTS_PER_PAGE`` events, newest first."""
    return page(
        request,
        who,
        "track.html",
        status_code=status_code,
        q=text[:MAX_Q],
        cards=[card.build(found) for found in results],
        share_url=share_url([found.number for found in results]),
        left_out=left_out,
        searched=bool(text.strip()),
        error=error,
        carriers=carriers(),
        milestones=ALERT_MILESTONES,
        now=now,
        first_scan_delay=FIRST_SCAN_DELAY,
        carrier_name=carrier_name,
        events_page=events_page,
    )


def share_url(numbers: list[str]) -> str:
    """A link that looks the same numbers up again: bookmarked, or sent to someone."""
    return "/track?q=" + quote(",".join(numbers), safe=",")


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    return {c.name.casefold(): c.code for c in carriers()}


def carrier_code(chosen: str | None) -> str | None:
    """The carrier the visitor picked: a code, or a name from the page's searchable list."""
    if not chosen or not chosen.strip():
        return None
    chosen = chosen.strip()
    if load_directory().carrier(chosen) is not None:
        return chosen
    return _codes_by_name().get(chosen.casefold(), chosen)


def carrier_name(code: str) -> str:
    known = load_directory().carrier(code)
    return known.name if known else code


@router.get("/")
def home() -> Response:
    return RedirectResponse("/track", status_code=303)


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


SERVICE_WORKER = Path(__file__).parent / "static" / "sw.js"


@router.get("/sw.js")
def service_worker() -> Response:
    """The installable app's service worker, served from the root so it covers every page."""
    return FileResponse(
        SERVICE_WORKER, media_type="text/javascript", headers={"Cache-Control": "no-cache"}
    )


@router.get("/track", dependencies=[Depends(limit_track_box)])
def track(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    q: str = Query("", max_length=MAX_Q),
) -> Response:
    """The box's numbers from a link (``?q=``); the page's own form posts them instead."""
    numbers, left_out = request.state.numbers, request.state.left_out
    return _render(request, app, uow, who, q, None, numbers, left_out)


@router.post("/track", dependencies=[Depends(limit_track_box)])
def track_posted(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    q: Annotated[str, Form(max_length=MAX_Q)] = "",
    csrf: Annotated[str, Form(alias="csrf_token", max_length=200)] = "",
) -> Response:
    """The box as a form: a pasted e-mail fits in a body, not always in a URL (uvicorn
    refuses request lines over 16 KB)."""
    who.check_csrf(csrf)
    numbers, left_out = request.state.numbers, request.state.left_out
    return _render(request, app, uow, who, q, None, numbers, left_out)


@router.get("/track/{number}", dependencies=[Depends(limit_track_one)])
def track_one(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    number: str,
    carrier: str | None = Query(None, max_length=64),
    events_page: int = Query(1, alias="page", ge=1, le=100_000, description="Of the events"),
) -> Response:
    numbers, left_out = lookup.numbers_in(number[:100])
    return _render(
        request,
        app,
        uow,
        who,
        number[:100],
        carrier_code(carrier),
        numbers[:1],
        left_out,
        events_page=events_page,
    )
