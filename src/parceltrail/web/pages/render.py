"""Jinja2 rendering: autoescaped everywhere, with the filters the templates use."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Request
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.responses import HTMLResponse

from parceltrail import __version__
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.web.pages.security import Visitor, finish

TEMPLATES = Path(__file__).parent / "templates"


def local_time(moment: datetime | None, offset_minutes: int | None = None) -> str:
    """The time where it happened when the carrier gave its offset, else in UTC."""
    if moment is None:
        return ""
    if offset_minutes is None:
        return moment.astimezone(UTC_ZONE).strftime("%d %b %Y, %H:%M UTC")
    zone = timezone(timedelta(minutes=offset_minutes))
    local = moment.astimezone(zone)
    sign = "+" if offset_minutes >= 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return local.strftime("%d %b %Y, %H:%M") + f" (UTC{sign}{hours:02d}:{minutes:02d})"


UTC_ZONE = timezone.utc  # noqa: UP017 (read as a zone here)


def event_time(event: TrackingEvent) -> str:
    return local_time(event.occurred_at, event.utc_offset_minutes)


def day(moment: datetime | None) -> str:
    return moment.astimezone(UTC_ZONE).strftime("%a %d %b %Y") if moment else ""


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


def page(
    request: Request, who: Visitor, template: str, *, status_code: int = 200, **context: Any
) -> HTMLResponse:
    html = environment().get_template(template).render(
        request_path=request.url.path, user=who.user, csrf=who.csrf, **context
    )
    return finish(HTMLResponse(html, status_code=status_code), who)  # type: ignore[return-value]
