"""My parcels, the page: the signed-in user's parcels and orders, adding by number, link or
pasted text, labels, archive and delete, the forwarding address, feeds and received mails."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from parceltrail.domain.errors import ParceltrailError
from parceltrail.domain.parcels import Source
from parceltrail.domain.words import Words
from parceltrail.jobs.mail_in import caps_from
from parceltrail.services import mail_in, parcel_feeds, parcel_views, parcels
from parceltrail.services.parcels import ParcelsUnitOfWork
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.accounts import Csrf, Text, redirect
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import Visitor, VisitorDep

router = APIRouter(include_in_schema=False)


def _what(entry: str) -> tuple[Source, dict[str, str | None]]:
    """One box takes a number, a tracking link or pasted text; which one it is, by its shape."""
    text = entry.strip()
    if text.lower().startswith(("http://", "https://")) and " " not in text:
        return "url", {"tracking_number": None, "url": text, "text": None}
    if len(text) <= 40 and len(text.split()) <= 4 and "\n" not in text:
        return "number", {"tracking_number": text, "url": None, "text": None}
    return "text", {"tracking_number": None, "url": None, "text": text}


def _render(
    request: Request,
    app: AppDep,
    uow: ParcelsUnitOfWork,
    who: Visitor,
    *,
    archived: bool = False,
    error: Words | str | None = None,
    added: list[str] | None = None,
    status_code: int = 200,
) -> Response:
    user = who.require()
    domain = app.settings.mail_in_domain
    ical, json_url = parcel_feeds.feed_urls(
        uow=uow,
        user=user,
        secret=app.settings.secret_key,
        base_url=app.settings.base_url,
        now=app.clock(),
    )
    return page(
        request,
        who,
        "parcels.html",
        status_code=status_code,
        parcels=parcel_views.parcels_of(uow=uow, user=user, archived=archived),
        archived=archived,
        address=mail_in.address_of(uow=uow, user=user, domain=domain, now=app.clock())
        if domain
        else None,
        mails=mail_in.recent_mails(uow=uow, user=user),
        ical=ical,
        json_feed=json_url,
        error=error,
        added=added or [],
    )


@router.get("/parcels")
def my_parcels(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, archived: bool = False
) -> Response:
    return _render(request, app, uow, who, archived=archived)


@router.post("/parcels")
def add(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    csrf: Csrf = "",
    entry: Text = "",
    label: Text = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    source, given = _what(entry[:100_000])
    added: list[str] = []
    try:
        with uow.savepoint():
            for wanted in parcels.wanted_from(carrier=None, **given):
                wanted = parcels.Wanted(wanted.number, wanted.carrier, label=label[:120] or None)
                parcel, _ = parcels.track(
                    uow=uow,
                    user_id=user.id,
                    wanted=wanted,
                    source=source,
                    pollable=app.pollers,
                    caps=caps_from(app.settings),
                    now=app.clock(),
                )
                added.append(parcel.tracking_number)
    except ParceltrailError as refused:
        return _render(request, app, uow, who, error=refused.words, status_code=422)
    return _render(request, app, uow, who, added=added)


@router.post("/parcels/{parcel_id}/label")
def relabel(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    parcel_id: str,
    csrf: Csrf = "",
    label: Text = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    try:
        parcels.relabel(uow=uow, user=user, parcel_id=parcel_id, label=label[:500])
    except ParceltrailError as refused:
        return _render(request, app, uow, who, error=refused.words, status_code=422)
    return redirect("/parcels", who)


@router.post("/parcels/{parcel_id}/archive")
def archive(
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    parcel_id: str,
    csrf: Csrf = "",
    restore: Text = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    parcels.set_archived(
        uow=uow, user=user, parcel_id=parcel_id, archived=not restore, now=app.clock()
    )
    return redirect("/parcels?archived=true" if restore else "/parcels", who)


@router.post("/parcels/{parcel_id}/delete")
def delete(uow: UowDep, who: VisitorDep, parcel_id: str, csrf: Csrf = "") -> Response:
    user = who.require()
    who.check_csrf(csrf)
    parcels.remove(uow=uow, user=user, parcel_id=parcel_id)
    return redirect("/parcels", who)


@router.post("/parcels/address/rotate")
def rotate_address(app: AppDep, uow: UowDep, who: VisitorDep, csrf: Csrf = "") -> Response:
    user = who.require()
    who.check_csrf(csrf)
    mail_in.rotate_address(uow=uow, user=user, domain=app.settings.mail_in_domain, now=app.clock())
    return redirect("/parcels", who)


@router.post("/parcels/feeds/rotate")
def rotate_feeds(app: AppDep, uow: UowDep, who: VisitorDep, csrf: Csrf = "") -> Response:
    user = who.require()
    who.check_csrf(csrf)
    parcel_feeds.rotate_feeds(
        uow=uow,
        user=user,
        secret=app.settings.secret_key,
        base_url=app.settings.base_url,
        now=app.clock(),
    )
    return redirect("/parcels", who)
