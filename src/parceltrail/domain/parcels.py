"""My parcels: a signed-in user's own list of parcels from any shop, and its rules.

A parcel is the user's note on a tracked number (the standalone tracking does the tracking):
its label, the shop, where it came from (typed, a link, pasted text, a forwarded mail),
and whether it is archived. A delivered parcel is archived by itself some days later.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import ClassVar, Final, Literal

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.events import DomainEvent
from parceltrail.domain.ids import new_id
from parceltrail.domain.words import N_, Words

Source = Literal["number", "url", "text", "mail", "imap", "order"]
SOURCES: Final[tuple[Source, ...]] = ("number", "url", "text", "mail", "imap", "order")
MAX_LABEL: Final = 120
MAX_SHOP: Final = 100
MAX_ITEMS: Final = 5
LOCAL_PART_LENGTH: Final = 12
_LOCAL_ALPHABET: Final = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True, slots=True)
class Parcel:
    id: str
    user_id: str
    shipment_id: str
    tracking_number: str
    carrier: str | None
    label: str
    shop: str | None
    source: Source
    created_at: datetime
    order_reference: str | None = None
    items: tuple[str, ...] = ()
    archived_at: datetime | None = None
    events: list[object] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def new(
        cls,
        *,
        user_id: str,
        shipment_id: str,
        tracking_number: str,
        carrier: str | None,
        source: Source,
        now: datetime,
        label: str | None = None,
        shop: str | None = None,
        order_reference: str | None = None,
        items: tuple[str, ...] = (),
    ) -> Parcel:
        return cls(
            id=new_id("prc"),
            user_id=user_id,
            shipment_id=shipment_id,
            tracking_number=tracking_number,
            carrier=carrier,
            label=checked_label(label) if label else default_label(items, shop),
            shop=(shop or "").strip()[:MAX_SHOP] or None,
            source=source,
            created_at=now,
            order_reference=(order_reference or "")[:100] or None,
            items=tuple(item[:200] for item in items[:MAX_ITEMS]),
        )

    def relabelled(self, label: str) -> Parcel:
        return replace(self, label=checked_label(label))

    def archived(self, at: datetime) -> Parcel:
        return self if self.archived_at else replace(self, archived_at=at)

    def restored(self) -> Parcel:
        return replace(self, archived_at=None)


def checked_label(label: str) -> str:
    """A label as stored: trimmed, one line, at most MAX_LABEL characters, not blank."""
    text = " ".join(label.split())
    if not text:
        raise ValidationFailed(N_("a label needs some text, such as “Headphones from AliExpress”"))
    if len(text) > MAX_LABEL:
        raise ValidationFailed(
            Words(
                "a label has at most {most} characters; this one has {length}",
                most=MAX_LABEL,
                length=len(text),
            )
        )
    return text


def default_label(items: tuple[str, ...], shop: str | None) -> str:
    what = " ".join(items[0].split())[:80] if items else "Parcel"
    return f"{what} from {shop.strip()[:MAX_SHOP]}" if shop and shop.strip() else what


def new_local_part() -> str:
    """A forwarding address's random local part: unguessable, easy to read aloud."""
    return "".join(secrets.choice(_LOCAL_ALPHABET) for _ in range(LOCAL_PART_LENGTH))


@dataclass(frozen=True)
class MailReceived(DomainEvent):
    """A mail reached a user's forwarding address or mailbox and waits to be read."""

    name: ClassVar[str] = "mail.received"
    mail_id: int
    user_id: str
