"""API v1: My parcels (the caller's own parcels from any shop, their orders beside them), the
forwarding address, received mails, feeds and a connected IMAP mailbox."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response
from pydantic import ConfigDict, Field, StrictBool
from pydantic.config import JsonDict

from parceltrail.domain.parcels import Source
from parceltrail.jobs.mail_in import caps_from
from parceltrail.services import mail_in, mail_in_imap, parcel_feeds, parcel_views, parcels
from parceltrail.services.parcels import Wanted
from parceltrail.services.parcels_ports import ImapAccount
from parceltrail.storage.secret_box import FernetBox
from parceltrail.web.api.deps import (
    SPACE,
    AppDep,
    BodyIn,
    CarrierCode,
    JsonPattern,
    NonBlank,
    UowDep,
    UserDep,
)
from parceltrail.web.api.schemas import (
    AddressOut,
    FeedOut,
    FeedsOut,
    ImapAccountOut,
    InboundMailOut,
    InboundMailsOut,
    ParcelOut,
    ParcelsOut,
    iso,
)
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")
ParcelId = Annotated[str, Path(pattern="^prc_[0-9a-z]{16}$", description="A parcel id, as listed")]


# "Exactly one of tracking_number, url or text", as JSON Schema: one of them is a text, the
# other two are absent or null (services/parcels.wanted_from says so in its own words).
_SOURCES = ("tracking_number", "url", "text")
_EXACTLY_ONE: JsonDict = {
    "oneOf": [
        {
            "required": [given],
            "properties": {
                name: {"type": "string" if name == given else "null"} for name in _SOURCES
            },
        }
        for given in _SOURCES
    ]
}


class ParcelIn(BodyIn):
    """Exactly one of tracking_number, url (a carrier's tracking link) or text (pasted)."""

    model_config = ConfigDict(json_schema_extra=_EXACTLY_ONE)
    tracking_number: NonBlank | None = Field(None, min_length=1, max_length=100)
    url: NonBlank | None = Field(None, min_length=1, max_length=2048)
    text: NonBlank | None = Field(None, min_length=1, max_length=100_000)
    carrier: CarrierCode | None = Field(None, max_length=64)
    label: NonBlank | None = Field(None, min_length=1, max_length=120)


class ParcelChange(BodyIn):
    label: NonBlank | None = Field(None, min_length=1, max_length=120)
    archived: StrictBool | None = None


@router.get("/parcels", tags=["parcels"], responses=answers(401, 422))
def list_parcels(
    uow: UowDep,
    user: UserDep,
    archived: Annotated[bool, Query(description="Archived parcels instead of active ones")] = False,
) -> ParcelsOut:
    """Your parcels with status, expected date, health and last event; your orders too."""
    views = parcel_views.parcels_of(uow=uow, user=user, archived=archived)
    return ParcelsOut(parcels=[ParcelOut.of(view) for view in views])


@router.post("/parcels", status_code=201, tags=["parcels"], responses=answers(400, 401, 422, 429))
def add_parcels(body: ParcelIn, app: AppDep, uow: UowDep, user: UserDep) -> ParcelsOut:
    """Track parcels: by number, by a carrier's tracking link, or every number in pasted text."""
    wanted = parcels.wanted_from(
        tracking_number=body.tracking_number, url=body.url, text=body.text, carrier=body.carrier
    )
    source: Source = "number" if body.tracking_number else "url" if body.url else "text"
    added = []
    for item in wanted:
        with_label = Wanted(item.number, item.carrier, label=body.label)
        parcel, _ = parcels.track(
            uow=uow,
            user_id=user.id,
            wanted=with_label,
            source=source,
            pollable=app.pollers,
            caps=caps_from(app.settings),
            now=app.clock(),
        )
        added.append(parcel.tracking_number)
    views = parcel_views.parcels_of(uow=uow, user=user, with_orders=False)
    return ParcelsOut(parcels=[ParcelOut.of(v) for v in views if v.tracking_number in added])


@router.get("/parcels/address", tags=["parcels"], responses=answers(401, 404))
def forwarding_address(app: AppDep, uow: UowDep, user: UserDep) -> AddressOut:
    """Your forwarding address: shipping mails sent there become parcels."""
    domain = app.settings.mail_in_domain
    return AddressOut(
        address=mail_in.address_of(uow=uow, user=user, domain=domain, now=app.clock())
    )


@router.post("/parcels/address/rotate", tags=["parcels"], responses=answers(401, 404))
def rotate_address(app: AppDep, uow: UowDep, user: UserDep) -> AddressOut:
    """A new forwarding address; mail to the old one is refused from now on."""
    domain = app.settings.mail_in_domain
    return AddressOut(
        address=mail_in.rotate_address(uow=uow, user=user, domain=domain, now=app.clock())
    )


@router.get("/parcels/mails", tags=["parcels"], responses=answers(401))
def received_mails(uow: UowDep, user: UserDep) -> InboundMailsOut:
    """Your latest received mails: what was found in each, or why nothing was."""
    return InboundMailsOut(
        mails=[
            InboundMailOut(
                id=mail.id,
                received_at=mail.received_at.isoformat(),
                via=mail.via,
                status=mail.status,
                reason=mail.reason,
                subject=mail.subject,
                shop=mail.shop,
                tracking_numbers=list(mail.numbers),
            )
            for mail in mail_in.recent_mails(uow=uow, user=user)
        ]
    )


@router.get("/parcels/feeds", tags=["parcels"], responses=answers(401))
def feeds(app: AppDep, uow: UowDep, user: UserDep) -> FeedsOut:
    """Your signed feed URLs: an iCal calendar and a JSON feed."""
    ical, json_url = parcel_feeds.feed_urls(
        uow=uow,
        user=user,
        secret=app.settings.secret_key,
        base_url=app.settings.base_url,
        now=app.clock(),
    )
    return FeedsOut(ical=ical, json_feed=json_url)


@router.post("/parcels/feeds/rotate", tags=["parcels"], responses=answers(401))
def rotate_feeds(app: AppDep, uow: UowDep, user: UserDep) -> FeedsOut:
    """New feed URLs; the old ones stop working."""
    ical, json_url = parcel_feeds.rotate_feeds(
        uow=uow,
        user=user,
        secret=app.settings.secret_key,
        base_url=app.settings.base_url,
        now=app.clock(),
    )
    return FeedsOut(ical=ical, json_feed=json_url)


# services/mail_in_imap.py: _HOST, with the spaces a body may have around it (stripped).
_HOST = rf"^[{SPACE}]*[A-Za-z0-9]([A-Za-z0-9.-]{{0,251}}[A-Za-z0-9])?[{SPACE}]*$"


class ImapIn(BodyIn):
    """A mailbox to read shipping mails from: use an app password, never the main one."""

    host: Annotated[str, JsonPattern(_HOST)] = Field(
        min_length=1, max_length=253, examples=["imap.example.com"]
    )
    port: int = Field(993, ge=1, le=65535)
    username: NonBlank = Field(min_length=1, max_length=254)
    password: NonBlank = Field(min_length=1, max_length=500)
    folder: str = Field("INBOX", min_length=1, max_length=200)
    security: Literal["tls", "starttls", "none"] = "tls"


def _imap_out(account: ImapAccount) -> ImapAccountOut:
    return ImapAccountOut(
        host=account.host,
        port=account.port,
        username=account.username,
        folder=account.folder,
        last_polled_at=iso(account.last_polled_at),
        last_error=account.last_error,
    )


@router.put("/parcels/imap", tags=["parcels"], responses=answers(400, 401, 422))
def connect_imap(body: ImapIn, app: AppDep, uow: UowDep, user: UserDep) -> ImapAccountOut:
    """Connect a mailbox; mails that arrive in it from now on are read into My parcels."""
    form = mail_in_imap.MailboxForm(**body.model_dump())
    account = mail_in_imap.connect(
        uow=uow, user=user, form=form, box=FernetBox(app.settings.secret_key), now=app.clock()
    )
    return _imap_out(account)


@router.get("/parcels/imap", tags=["parcels"], responses=answers(401, 404))
def imap_status(uow: UowDep, user: UserDep) -> ImapAccountOut:
    """The connected mailbox and how its last reading went (never the password)."""
    return _imap_out(mail_in_imap.account_of(uow=uow, user=user))


@router.delete("/parcels/imap", status_code=204, tags=["parcels"], responses=answers(401, 404))
def disconnect_imap(uow: UowDep, user: UserDep) -> Response:
    """Forget the mailbox and its password."""
    mail_in_imap.disconnect(uow=uow, user=user)
    return Response(status_code=204)


@router.patch(
    "/parcels/{parcel_id:parcel_id}", tags=["parcels"], responses=answers(400, 401, 404, 422)
)
def change_parcel(
    parcel_id: ParcelId, body: ParcelChange, app: AppDep, uow: UowDep, user: UserDep
) -> ParcelOut:
    """Label a parcel, archive it or bring it back."""
    if body.label is not None:
        parcels.relabel(uow=uow, user=user, parcel_id=parcel_id, label=body.label)
    if body.archived is not None:
        parcels.set_archived(
            uow=uow, user=user, parcel_id=parcel_id, archived=body.archived, now=app.clock()
        )
    parcel = parcels.owned(uow, user, parcel_id)
    views = parcel_views.parcels_of(
        uow=uow, user=user, archived=parcel.archived_at is not None, with_orders=False
    )
    return ParcelOut.of(next(v for v in views if v.id == parcel.id))


@router.delete(
    "/parcels/{parcel_id:parcel_id}",
    status_code=204,
    tags=["parcels"],
    responses=answers(401, 404, 422),
)
def delete_parcel(parcel_id: ParcelId, uow: UowDep, user: UserDep) -> Response:
    """Remove a parcel from your list."""
    parcels.remove(uow=uow, user=user, parcel_id=parcel_id)
    return Response(status_code=204)


feeds_router = APIRouter()
FeedToken = Annotated[str, Path(pattern="^[0-9a-f]{40}$")]
UserIdPath = Annotated[str, Path(max_length=40)]


@feeds_router.get(
    "/feeds/parcels/{user_id}/{token}.ics", tags=["parcels"], responses=answers(404, 422)
)
def ical_feed(user_id: UserIdPath, token: FeedToken, app: AppDep, uow: UowDep) -> Response:
    """The calendar of expected deliveries (iCalendar, RFC 5545)."""
    user = parcel_feeds.feed_owner(
        uow=uow, user_id=user_id, token=token, secret=app.settings.secret_key
    )
    text = parcel_feeds.ical_feed(parcel_feeds.feed_parcels(uow=uow, user=user), app.clock())
    return Response(text, media_type="text/calendar; charset=utf-8")


@feeds_router.get(
    "/feeds/parcels/{user_id}/{token}.json", tags=["parcels"], responses=answers(404, 422)
)
def json_feed(user_id: UserIdPath, token: FeedToken, app: AppDep, uow: UowDep) -> FeedOut:
    """One entry per active parcel, for home automation (Home Assistant's REST sensor)."""
    user = parcel_feeds.feed_owner(
        uow=uow, user_id=user_id, token=token, secret=app.settings.secret_key
    )
    return FeedOut.model_validate(
        parcel_feeds.json_feed(parcel_feeds.feed_parcels(uow=uow, user=user), app.clock())
    )
