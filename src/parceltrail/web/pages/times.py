"""Times as the viewer reads them: one rule for every page.

Every moment is shown in the viewer's time zone: the account's setting, else the browser's
(which /static/app.js keeps in the ``tz`` cookie), UTC until it is known. Where the carrier
said when something happened in its own local time, that local time follows, so a scan at
23:40 in Shenzhen reads as such.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import Request

from parceltrail.domain.users import User

UTC = timezone.utc  # noqa: UP017 (read as a zone here)
ZONE_COOKIE = "tz"
_MAX_ZONE_NAME = 64


@lru_cache(maxsize=256)
def zone_named(name: str) -> tzinfo | None:
    """The IANA zone of that name, or None for anything else (the cookie is the visitor's)."""
    if not name or len(name) > _MAX_ZONE_NAME or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def viewer_zone(request: Request, user: User | None = None) -> tzinfo:
    """The account's time zone when it has one set, else the browser's, else UTC."""
    chosen = zone_named(user.time_zone or "") if user else None
    return chosen or zone_named(request.cookies.get(ZONE_COOKIE, "")) or UTC


def zone_name(request: Request, user: User | None = None) -> str | None:
    """The viewer's IANA time zone by name, when the account or the browser says it."""
    for name in (user.time_zone if user else None, request.cookies.get(ZONE_COOKIE, "")):
        if name and zone_named(name) is not None:
            return name
    return None


def zone_label(moment: datetime) -> str:
    """The zone's abbreviation at that moment ("UTC", "CET"), else its offset."""
    return moment.strftime("%Z") or offset_label(moment.utcoffset())


def offset_label(offset: timedelta | None) -> str:
    minutes = int((offset or timedelta(0)).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def viewer_time(moment: datetime | None, zone: tzinfo = UTC) -> str:
    """ "28 Nov 2026, 09:02 UTC": the moment in the viewer's zone."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return local.strftime("%d %b %Y, %H:%M ") + zone_label(local)


def place_moment(
    moment: datetime, offset_minutes: int | None, zone: tzinfo = UTC
) -> datetime | None:
    """The moment in the place where it happened, when the carrier gave an offset that
    differs from the viewer's at that moment; None otherwise."""
    if offset_minutes is None:
        return None
    offset = timedelta(minutes=offset_minutes)
    if moment.astimezone(zone).utcoffset() == offset:
        return None
    return moment.astimezone(timezone(offset))


def place_time(moment: datetime, offset_minutes: int | None, zone: tzinfo = UTC) -> str | None:
    """The time where it happened ("17:02 local time (UTC+08:00)"), in English; None when
    the place's offset is the viewer's."""
    there = place_moment(moment, offset_minutes, zone)
    if there is None:
        return None
    day = "" if there.date() == moment.astimezone(zone).date() else there.strftime("%d %b, ")
    offset = there.utcoffset() or timedelta(0)
    return f"{day}{there:%H:%M} local time ({offset_label(offset)})"


def viewer_day(moment: datetime | None, zone: tzinfo = UTC) -> str:
    return moment.astimezone(zone).strftime("%a %d %b %Y") if moment else ""
