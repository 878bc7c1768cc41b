"""A shipping mail understood: its tracking numbers and carriers, shop, order and items.

Numbers come first from carriers' tracking links (the link names the carrier), then from the
text through the number extractor. "Nothing found" always says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from parceltrail.domain.carriers import carrier_name
from parceltrail.domain.mail_in.mime import MailContent, MailLimits, read_mail
from parceltrail.domain.mail_in.shops import Shop, shop_of
from parceltrail.domain.numbers import extract
from parceltrail.domain.parcel_links import number_in_link

MAX_NUMBERS: Final = 10
Outcome = Literal["found", "nothing_found", "refused"]


@dataclass(frozen=True, slots=True)
class MailNumber:
    number: str
    carrier: str | None
    via: Literal["link", "text"]


@dataclass(frozen=True, slots=True)
class MailReading:
    """What parceltrail understood of one mail."""

    fingerprint: str
    outcome: Outcome
    reason: str | None  # why nothing was found or the mail was refused
    subject: str
    numbers: tuple[MailNumber, ...] = ()
    shop: Shop | None = None
    order_reference: str | None = None
    items: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def label(self) -> str:
        """A label for the parcel: its first item, and the shop it comes from."""
        what = self.items[0] if self.items else "Parcel"
        shop = self.shop.name if self.shop and self.shop.kind != "carrier" else None
        return f"{what[:80]} from {shop}" if shop else what[:120]


_ORDER: Final = re.compile(
    r"(?:order|bestellung|bestellnummer|commande|pedido|ordine|bestelling|zamówienie|"
    r"заказ|订单)\s*(?:number|no\.?|nr\.?|n[°º]|#|id|nummer|número|numero|номер|号)?"
    r"\s*[:#]?\s*#?\s*([A-Z0-9][A-Z0-9-]{3,30}[0-9])\b",
    re.IGNORECASE,
)
_ITEM: Final = re.compile(
    r"^(?:item|items|artikel|article|articles|artículo|articolo|product|produkt|produit|"
    r"producto|prodotto|товар)\s*(?:name)?\s*:\s*(.{3,120})$",
    re.IGNORECASE | re.MULTILINE,
)


def understand(
    raw: bytes, *, limits: MailLimits | None = None, user_domain: str | None = None
) -> MailReading:
    """Read a raw mail and find what it says about parcels; never raises on its content."""
    content = read_mail(raw, limits)
    if content.refused:
        return MailReading(content.fingerprint, "refused", content.refused, content.subject)
    return understand_content(content, user_domain=user_domain)


def understand_content(content: MailContent, *, user_domain: str | None = None) -> MailReading:
    shop = shop_of(
        sender=content.sender,
        sender_name=content.sender_name,
        subject=content.subject,
        text=content.text,
        links=content.links,
        user_domain=user_domain,
    )
    order = _order_reference(f"{content.subject}\n{content.text}")
    numbers = _numbers(content, order)
    base = MailReading(
        content.fingerprint,
        "found",
        None,
        content.subject,
        numbers,
        shop,
        order,
        _items(content.text),
        content.notes,
    )
    if numbers:
        return base
    return _nothing(base, content)


def _numbers(content: MailContent, order: str | None) -> tuple[MailNumber, ...]:
    found: dict[str, MailNumber] = {}
    for link in content.links:
        hit = number_in_link(link)
        if hit is not None and hit.number not in found:
            found[hit.number] = MailNumber(hit.number, hit.carrier, "link")
    text = f"{content.subject}\n{content.text}"
    for item in extract(text):
        if item.number in found or item.number == order or not item.detection.valid:
            continue
        found[item.number] = MailNumber(
            item.number, _carrier(item.detection.carriers, text), "text"
        )
    return tuple(found.values())[:MAX_NUMBERS]


def _carrier(candidates: tuple[str, ...], text: str) -> str | None:
    """The candidate carrier the mail names, else the detector's first."""
    lowered = text.lower()
    for code in candidates:
        name = carrier_name(code)
        if name and re.search(rf"\b{re.escape(name.lower())}\b", lowered):
            return code
    return candidates[0] if candidates else None


def _order_reference(text: str) -> str | None:
    for match in _ORDER.finditer(text[:50000]):
        value = match.group(1)
        if any(ch.isdigit() for ch in value):
            return value.upper()
    return None


def _items(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(1).strip() for m in _ITEM.finditer(text[:50000])))[:5]


def _nothing(base: MailReading, content: MailContent) -> MailReading:
    if not content.text.strip():
        reason = "the mail has no text to read (only attachments or images)"
    else:
        reason = (
            "no tracking number or carrier tracking link was found in the mail; the shop may "
            "not have shipped yet, or the number is only in an image"
        )
    return MailReading(
        base.fingerprint,
        "nothing_found",
        reason,
        base.subject,
        (),
        base.shop,
        base.order_reference,
        base.items,
        base.notes,
    )
