"""My parcels as feeds: an iCal calendar of expected deliveries and a JSON feed for home
automation, each at a signed URL that a new feed key revokes.

The calendar has one all-day event per parcel on its expected date (the delivery date once
delivered); its UID stays the parcel's, so calendars move the event as the ETA moves.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from parceltrail.domain.errors import NotFound
from parceltrail.domain.parcels import new_local_part
from parceltrail.domain.users import User
from parceltrail.services.mail_in import inbox_of
from parceltrail.services.parcel_views import ParcelView, parcels_of
from parceltrail.services.parcels import ParcelsUnitOfWork

PRODID = "-//parceltrail//My parcels//EN"


class FeedNotFound(NotFound):
    code = "feed_not_found"


def feed_token(secret: str, user_id: str, feed_key: str) -> str:
    message = f"parcel-feed:{user_id}:{feed_key}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:40]


def feed_urls(
    *, uow: ParcelsUnitOfWork, user: User, secret: str, base_url: str, now: datetime
) -> tuple[str, str]:
    """The user's (iCal, JSON) feed URLs."""
    inbox = inbox_of(uow=uow, user_id=user.id, now=now)
    token = feed_token(secret, user.id, inbox.feed_key)
    base = f"{base_url.rstrip('/')}/feeds/parcels/{user.id}/{token}"
    return f"{base}.ics", f"{base}.json"


def rotate_feeds(
    *, uow: ParcelsUnitOfWork, user: User, secret: str, base_url: str, now: datetime
) -> tuple[str, str]:
    """New feed URLs; the old ones answer 404 from now on."""
    inbox = inbox_of(uow=uow, user_id=user.id, now=now)
    uow.inboxes.save(replace(inbox, feed_key=new_local_part() + new_local_part()), now)
    return feed_urls(uow=uow, user=user, secret=secret, base_url=base_url, now=now)


def feed_owner(*, uow: ParcelsUnitOfWork, user_id: str, token: str, secret: str) -> User:
    """The user a signed feed URL belongs to; 404 for a wrong or revoked one."""
    inbox = uow.inboxes.for_user(user_id[:40])
    user = uow.users.get(user_id[:40]) if inbox else None
    if (
        inbox is None
        or user is None
        or not hmac.compare_digest(feed_token(secret, inbox.user_id, inbox.feed_key), token[:80])
    ):
        raise FeedNotFound("no such feed: the link is wrong or was replaced by a new one")
    return user


def feed_parcels(*, uow: ParcelsUnitOfWork, user: User) -> list[ParcelView]:
    return parcels_of(uow=uow, user=user, archived=False)


def json_feed(views: list[ParcelView], now: datetime) -> dict[str, Any]:
    return {
        "generated_at": now.isoformat(),
        "count": len(views),
        "parcels": [
            {
                "tracking_number": view.tracking_number,
                "label": view.label,
                "carrier": view.carrier,
                "shop": view.shop,
                "status": view.status,
                "expected_date": view.expected_on.isoformat() if view.expected_on else None,
                "delivered_at": view.delivered_at.isoformat() if view.delivered_at else None,
                "last_event": view.last_event.description if view.last_event else None,
                "tracking_url": view.tracking_url,
            }
            for view in views
        ],
    }


def ical_feed(views: list[ParcelView], now: datetime) -> str:
    """RFC 5545 text: one all-day VEVENT per parcel with an expected date."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Expected deliveries",
    ]
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    for view in views:
        if view.expected_on is not None:
            lines += _event(view, stamp)
    lines.append("END:VCALENDAR")
    return "".join(_folded(line) + "\r\n" for line in lines)


def _event(view: ParcelView, stamp: str) -> list[str]:
    day = view.expected_on
    assert day is not None
    delivered = view.delivered_at is not None
    summary = f"{'Delivered' if delivered else 'Expected'}: {view.label}"
    details = [f"Tracking number: {view.tracking_number}"]
    if view.carrier_name:
        details.append(f"Carrier: {view.carrier_name}")
    details.append(f"Status: {view.status.replace('_', ' ')}")
    if view.last_event:
        details.append(f"Last event: {view.last_event.description}")
    event = [
        "BEGIN:VEVENT",
        f"UID:{view.id}@parceltrail",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{_text(summary)}",
        f"DESCRIPTION:{_text(chr(10).join(details))}",
        "TRANSP:TRANSPARENT",
    ]
    if view.tracking_url:
        event.append(f"URL:{_text(view.tracking_url)}")
    return [*event, "END:VEVENT"]


def _text(value: str) -> str:
    """An iCal TEXT value: backslash, semicolon, comma and newline escaped, controls dropped."""
    cleaned = "".join(ch for ch in value if ch == "\n" or ch >= " ")
    return (
        cleaned.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def _folded(line: str) -> str:
    """Lines longer than 75 octets folded (CRLF and a space), never inside a character."""
    out: list[str] = []
    current = ""
    for ch in line:
        if len((current + ch).encode()) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += ch
    out.append(current)
    return "\r\n ".join(out)
