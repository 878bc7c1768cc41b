"""A shipping mail understood: its tracking numbers and carriers, shop, order and items.

Numbers come first from carriers' tracking links (the link names the carrier), then from the
text through the number extractor. "Nothing found" always says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final, Literal

from parceltrail.domain.carriers import carrier_name
from parceltrail.domain.mail_in.mime import MailContent, MailLimits, read_mail
from parceltrail.domain.mail_in.shops import CARRIERS, Shop, shop_of
from parceltrail.domain.numbers import detect, extract
from parceltrail.domain.parcel_links import number_in_link

MAX_NUMBERS: Final = 10
Outcome = Literal["found", "nothing_found", "refused"]


@dataclass(frozen=True, slots=True)
class MailNumber:
    """A number the mail gives; ``checked`` False when the mail presents it as a tracking
    number (a carrier's link, a "Tracking number:" label) but its check digit fails."""

    number: str
    carrier: str | None
    via: Literal["link", "text", "label"]
    checked: bool = True


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
    merchant: str | None = None  # the shop a carrier's mail names ("parcel from John Lewis")

    @property
    def shop_name(self) -> str | None:
        """The shop the parcel comes from: the mail's sender, or the one a carrier names."""
        if self.shop is not None and self.shop.kind != "carrier":
            return self.shop.name
        return self.merchant

    def label(self) -> str:
        """A label for the parcel: its first item and the shop, or the carrier that mailed."""
        what = self.items[0][:80] if self.items else "Parcel"
        if self.shop_name:
            return f"{what} from {self.shop_name}"
        if self.shop is not None:
            return f"{what} (mail from {self.shop.name})"
        return what


_ORDER: Final = re.compile(
    r"(?:order|bestellung|bestellnummer|commande|pedido|ordine|bestelling|zamówienie|"
    r"заказ|订单)\s*(?:number|no\.?|nr\.?|n[°º]|#|id|nummer|número|numero|номер|号)?"
    r"\s*[:#]?\s*#?\s*([A-Z0-9][A-Z0-9-]{3,30}[0-9])\b",
    re.IGNORECASE,
)
# "Tracking number: X" in the languages of the classifier's mails; the number follows within
# a few characters (a colon, a number sign, a line break).
_LABELLED: Final = re.compile(
    r"(?:tracking\s*(?:number|no\.?|id|code|#)?|track(?:ing)?\s*(?:&|and)\s*trace(?:\s*code)?|"
    r"track\s+your\s+(?:parcel|package|item)\??|shipment|waybill|air\s*waybill|"
    r"sendungsnummer|sendungs-?nr\.?|paketnummer|tracking-?nummer|sendung|"
    r"num[ée]ro\s+de\s+suivi|n[°º]\s*de\s*suivi|suivi|"
    r"n[úu]mero\s+de\s+(?:seguimiento|env[íi]o|gu[íi]a)|n[°º]\s*de\s*gu[íi]a|seguimiento|"
    r"numero\s+di\s+(?:tracciamento|tracciabilit[àa]|spedizione)|tracciamento|"
    r"numer\s+(?:przesy[łl]ki|paczki)|zendingnummer|barcode|"
    r"your\s+item|item\s+number|parcel\s+number|package\s+number|"
    # "Je pakket 77116398 ligt voor je klaar": the parcel named by its number
    r"(?:je|jouw|uw|your|dein|deine|ihr|ihre|votre|ton|tu|il\s+tuo|twoja)\s+"
    r"(?:pakket|parcel|package|paket|sendung|colis|paquete|pacco|paczka))"
    r"(?:\s*(?:number|nummer|numero|número|no\.?|nr\.?|n[°º]|id))?"
    r"(?:\s+(?:is|ist|lautet|est|es|è|to|:))?[\s:#._-]{0,12}([A-Z0-9]{8,34})\b",
    re.IGNORECASE,
)
# The labels that say "tracking" outright: enough to take a number from a shop's own mail even
# when no carrier is known (a marketplace's own delivery network, such as Vinted Go).
_TRACKING_LABEL: Final = re.compile(
    r"track|sendungsnummer|suivi|seguimiento|tracciamento|zendingnummer|przesy[łl]ki",
    re.IGNORECASE,
)
# The shop a carrier's notification names, in its subject.
_MERCHANT: Final = (
    re.compile(r"\bparcel from (.{2,60}?)(?:\s+(?:is|has|was|will)\b|[.!:]|$)", re.IGNORECASE),
    re.compile(r"\byour (.{2,60}?) (?:parcel|package|order)\b", re.IGNORECASE),
    re.compile(r"\b(?:paczka|przesyłka) od (.{2,60}?)(?::|\s+-|$)", re.IGNORECASE),
    re.compile(r"\b(?:paket|sendung) von (.{2,60}?)(?:\s+(?:ist|wird|kommt)\b|[.!:]|$)", re.I),
    re.compile(r"\bcolis (?:de|d')\s*(.{2,60}?)(?:\s+(?:est|a|arrive)\b|[.!:]|$)", re.I),
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
    numbers = _numbers(content, order, shop)
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
        _merchant(content.subject, shop) if shop and shop.kind == "carrier" else None,
    )
    if numbers:
        return base
    return _nothing(base, content)


def _numbers(content: MailContent, order: str | None, shop: Shop | None) -> tuple[MailNumber, ...]:
    sender_carrier = shop.carrier if shop else None
    found: dict[str, MailNumber] = {}
    plain_order = _plain(order)
    for link in content.links:
        hit = number_in_link(link)
        if hit is not None and hit.number not in found and hit.number != plain_order:
            found[hit.number] = MailNumber(hit.number, hit.carrier, "link", hit.checked)
    text = f"{content.subject}\n{content.text}"
    for item in extract(text):
        if item.number in found or item.number == plain_order or not item.detection.valid:
            continue
        carrier = _carrier(item.detection.carriers, text, sender_carrier)
        found[item.number] = MailNumber(item.number, carrier, "text")
    if not found:
        found = _labelled(text, plain_order, sender_carrier, from_shop=shop is not None)
    return tuple(found.values())[:MAX_NUMBERS]


def _plain(reference: str | None) -> str | None:
    return "".join(ch for ch in reference if ch.isalnum()) if reference else None


def _labelled(
    text: str, order: str | None, sender_carrier: str | None, *, from_shop: bool = False
) -> dict[str, MailNumber]:
    """Numbers the mail labels as tracking numbers, of a format the detector recognises by its
    shape (their check digit may fail: anonymised or mistyped), or of the carrier sending it,
    or labelled "tracking" outright in a known shop's mail (its carrier then unknown)."""
    found: dict[str, MailNumber] = {}
    for match in _LABELLED.finditer(text[:50000]):
        value = match.group(1).upper()
        if value in found or value == order or not any(ch.isdigit() for ch in value):
            continue
        detection = detect(value)
        carriers = detection.carriers
        shop_says_tracking = from_shop and _TRACKING_LABEL.search(match.group(0)) is not None
        if not (carriers or sender_carrier or shop_says_tracking or _named_carrier(text)):
            continue
        number = detection.normalized or value
        carrier = sender_carrier or _carrier(carriers, text) or _named_carrier(text)
        found[number] = MailNumber(number, carrier, "label", detection.valid)
    return found


def _named_carrier(text: str) -> str | None:
    """The carrier a mail names ("sent by Amazon Logistics"), when it names exactly one."""
    named = {rule.shop.carrier for rule in CARRIERS if rule.words.search(text[:50000])}
    named.discard(None)
    return named.pop() if len(named) == 1 else None


def _carrier(candidates: tuple[str, ...], text: str, sender: str | None = None) -> str | None:
    """The carrier sending the mail when it is a candidate (or nothing else is), else the
    candidate the mail names, else the detector's first."""
    if sender and (sender in candidates or not candidates):
        return sender
    lowered = text.lower()
    for code in candidates:
        name = carrier_name(code)
        if name and re.search(rf"\b{re.escape(name.lower())}\b", lowered):
            return code
    return candidates[0] if candidates else None


def _merchant(subject: str, carrier: Shop) -> str | None:
    """The shop a carrier's subject names ("Your Royal Mail parcel from John Lewis")."""
    for pattern in _MERCHANT:
        match = pattern.search(subject[:300])
        if match:
            name = match.group(1).strip(" \"'")
            if name and carrier.name.lower() not in name.lower() and len(name.split()) <= 6:
                return name
    return None


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
    return replace(base, outcome="nothing_found", reason=reason, numbers=())
