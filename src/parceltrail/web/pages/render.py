"""Jinja2 rendering: autoescaped everywhere, with the filters the templates use."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal
from fastapi import Request
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from starlette.responses import HTMLResponse

from parceltrail import __version__
from parceltrail.domain.numbers import explained
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.words import N_, Words
from parceltrail.locale import spoken
from parceltrail.web.pages import i18n, times
from parceltrail.web.pages.security import Visitor, finish

TEMPLATES = Path(__file__).parent / "templates"


@pass_context
def local_time(context: Context, moment: datetime | None) -> str:
    """A moment in the viewer's time zone (every page follows this one rule), written in the
    page's language."""
    zone = context.get("zone", times.UTC)
    language = context.get("lang", i18n.DEFAULT)
    if moment is None or language == i18n.DEFAULT:
        return times.viewer_time(moment, zone)
    local = moment.astimezone(zone)
    written = format_datetime(local, "d MMM y, HH:mm", locale=i18n.locale(language))
    return f"{written} {times.zone_label(local)}"


@pass_context
def event_time(context: Context, event: TrackingEvent) -> str:
    """An event in the viewer's time zone, then the carrier's local time where it differs."""
    zone = context.get("zone", times.UTC)
    shown = local_time(context, event.occurred_at)  # the one rule: milestones' and events'
    there = times.place_moment(event.occurred_at, event.utc_offset_minutes, zone)
    if there is None:
        return shown
    language = context.get("lang", i18n.DEFAULT)
    when = format_datetime(there, "HH:mm", locale=i18n.locale(language))
    if there.date() != event.occurred_at.astimezone(zone).date():
        day = format_date(there, "d MMM", locale=i18n.locale(language))
        when = f"{day}, {when}"
    offset = times.offset_label(there.utcoffset() or timedelta(0))
    said = i18n.translations(language).gettext(_LOCAL_TIME) % {"time": when, "offset": offset}
    return f"{shown} · {said}"


_LOCAL_TIME = N_("%(time)s local time (%(offset)s)")


@pass_context
def day(context: Context, moment: datetime | None) -> str:
    zone = context.get("zone", times.UTC)
    language = context.get("lang", i18n.DEFAULT)
    if moment is None or language == i18n.DEFAULT:
        return times.viewer_day(moment, zone)
    return format_date(moment.astimezone(zone), "EEE d MMM y", locale=i18n.locale(language))


@pass_context
def calendar_day(context: Context, value: date | None) -> str:
    """A calendar day as given (the carrier's estimated delivery day): no time zone moves it,
    written in the page's language."""
    language = context.get("lang", i18n.DEFAULT)
    if value is None:
        return ""
    if language == i18n.DEFAULT:
        return value.strftime("%a %d %b %Y")
    return format_date(value, "EEE d MMM y", locale=i18n.locale(language))


@pass_context
def country_name(context: Context, code: str) -> str:
    """A country in the page's language ("Chiny" for CN in Polish), by its ISO code."""
    language = context.get("lang", i18n.DEFAULT)
    return str(i18n.locale(language).territories.get(code, code))


@pass_context
def say(context: Context, words: Words | str | None) -> str:
    """A sentence built from values (an error, a health verdict) in the page's language, its
    numbers and dates written the reader's way."""
    if words is None:
        return ""
    return spoken(words, context.get("lang", i18n.DEFAULT), context.get("zone", times.UTC))


@pass_context
def meant(context: Context, meaning: str | Words | None, values: dict[str, Any]) -> str:
    """What an explanation means, in the page's language: a sentence built from values, or a
    marked text with ``%(name)s`` placeholders."""
    if meaning is None or isinstance(meaning, Words):
        return say(context, meaning)
    text = i18n.translations(context.get("lang", i18n.DEFAULT)).gettext(meaning)
    return text % values if values else text


@pass_context
def money(context: Context, value: Any, currency: str | None = None) -> str:
    """An amount written the page's way, with its currency when given ("49,00 zł", "€49.00")."""
    where = i18n.locale(context.get("lang", i18n.DEFAULT))
    if currency:
        try:
            return format_currency(value, currency, locale=where)
        except (ValueError, KeyError):  # a code Babel does not know: the amount, then the code
            pass
    written = format_decimal(value, "#,##0.00", locale=where)
    return f"{written} {currency}" if currency else written


@pass_context
def number(context: Context, value: float) -> str:
    """A number written the page's way ("5,000", "5 000", "5.000")."""
    return format_decimal(value, locale=i18n.locale(context.get("lang", i18n.DEFAULT)))


def _said(value: Any, language: str, zone: Any) -> Any:
    """Context values given as ``Words`` (errors, a form's field errors), in the page's words."""
    if isinstance(value, Words):
        return spoken(value, language, zone)
    if isinstance(value, dict) and any(isinstance(v, Words) for v in value.values()):
        return {k: _said(v, language, zone) for k, v in value.items()}
    return value


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
    env.filters.update(
        local_time=local_time,
        event_time=event_time,
        label=label,
        day=day,
        calendar_day=calendar_day,
        say=say,
        number=number,
        meant=meant,
        money=money,
        explained=explained,
    )
    env.globals["version"] = __version__
    env.globals["country_name"] = country_name
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
    zone = times.viewer_zone(request, who.user)
    language = i18n.language_of(request, who.user)
    html = (
        environment()
        .get_template(template)
        .render(
            lang=language,
            languages=i18n.LANGUAGES,
            _=i18n.translations(language).gettext,
            request_path=request.url.path,
            request_method=request.method,
            user=who.user,
            csrf=who.csrf,
            zone=zone,
            zone_name=str(zone),
            demo=demo_clock(request),
            **{name: _said(value, language, zone) for name, value in context.items()},
        )
    )
    response = HTMLResponse(html, status_code=status_code)
    if request.query_params.get("lang") in i18n.LANGUAGES:  # the switch: kept for next pages
        response.set_cookie(i18n.LANG_COOKIE, language, max_age=31_536_000, samesite="lax")
    return finish(response, who)  # type: ignore[return-value]
