"""Jinja2 rendering: autoescaped everywhere, with the filters the templates use."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Request
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from starlette.responses import HTMLResponse

from parceltrail import __version__
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.web.pages import times
from parceltrail.web.pages.security import Visitor, finish

TEMPLATES = Path(__file__).parent / "templates"


@pass_context
def local_time(context: Context, moment: datetime | None) -> str:
    """A moment in the viewer's time zone (every page follows this one rule)."""
    return times.viewer_time(moment, context.get("zone", times.UTC))


@pass_context
def event_time(context: Context, event: TrackingEvent) -> str:
    """An event in the viewer's time zone, then the carrier's local time where it differs."""
    zone = context.get("zone", times.UTC)
    shown = times.viewer_time(event.occurred_at, zone)
    there = times.place_time(event.occurred_at, event.utc_offset_minutes, zone)
    return f"{shown} · {there}" if there else shown


@pass_context
def day(context: Context, moment: datetime | None) -> str:
    return times.viewer_day(moment, context.get("zone", times.UTC))


def label(value: Any) -> str:
    return str(value).replace("_", " ").capitalize()


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(local_time=local_time, event_time=event_time, label=label, day=day)
    env.globals["version"] = __version__
    return env


def demo_clock(request: Request) -> dict[str, Any] | None:
    """An accelerated clock (the live demo's) and its time now, so pages can say so."""
    clock = request.app.state.parceltrail.clock
    speed = getattr(clock, "speed", None)
    if not isinstance(speed, int | float) or speed == 1:
        return None
    return {"speed": round(speed), "now": clock()}


def page(
    request: Request, who: Visitor, template: str, *, status_code: int = 200, **context: Any
) -> HTMLResponse:
    zone = times.viewer_zone(request)
    html = environment().get_template(template).render(
        request_path=request.url.path,
        request_method=request.method,
        user=who.user,
        csrf=who.csrf,
        zone=zone,
        zone_name=str(zone),
        demo=demo_clock(request),
        **context,
    )
    return finish(HTMLResponse(html, status_code=status_code), who)  # type: ignore[return-value]
