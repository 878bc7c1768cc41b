"""A shipping mail understood: its tracking numbers and carriers, shop, order and items.

Numbers come first from carriers' tracking links (the link names the carrier), then from the
text through the number extractor. "Nothing found" always says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final, Literal
from urllib.parse import parse_qsl, urlsplit

from parceltrail.domain.carriers import carrier_name
from parceltrail.domain.mail_in.mime import MailContent, MailLimits, read_mail
from parceltrail.domain.mail_in.shops import CARRIERS, Shop, shop_of
from parceltrail.domain.numbers import Detection, detect, extract
from parceltrail.domain.parcel_links import MAX_URL, number_in_link, unwrapped

MAX_NUMBERS: Final = 10
# The characters of a mail (subject and text) read for numbers, labels, the order and items: a
# shipping notice says what it has to say long before (the longest of the corpus' development
# part is under 8,000), and what comes after costs no time (a mail may bring up to
# MailLimits.max_text).
READ_CHARS: Final = 50_000
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


# Its runs of white space are possessive (``\s*+``): what follows each starts with no white
# space, so giving some back can never help a match, and "order" followed by thousands of
# spaces costs one pass over them, not one per way of sharing them out (time growing as a
# power of the run's length).
_ORDER: Final = re.compile(
    r"(?:order|bestellung|bestellnummer|commande|pedido|ordine|bestelling|zamówienie|"
    r"заказ|订单)\s*+(?:number|no\.?|nr\.?|n[°º]|#|id|nummer|número|numero|номер|号)?"
    r"\s*+[:#]?\s*+#?\s*+([A-Z0-9][A-Z0-9-]{3,30}[0-9])\b",
    re.IGNORECASE,
)
# The words that label a tracking number, in many languages (a mail from an unknown sender in
# an unknown language still says "tracking number" in its own words). Longer words first where
# one begins another ("Sendungsverfolgungsnummer" before "Sendung").
_LABEL_WORDS: Final = (
    # English
    r"tracking\s*(?:number|no\.?|num\.?|id|code|#|reference)?",
    r"track(?:ing)?\s*(?:&|and)\s*trace(?:\s*(?:code|number))?",
    r"track\s+your\s+(?:parcel|package|item|shipment)\??",
    r"consignment\s*(?:number|no\.?|note)?|waybill(?:\s*(?:number|no\.?))?|air\s*waybill|awb",
    r"shipment|your\s+item|item\s+number|parcel\s+number|package\s+number|parcel\s+id",
    # German
    r"sendungsverfolgungsnummer|paketverfolgungsnummer|sendungsnummer|sendungs-?nr\.?",
    r"paketnummer|tracking-?nummer|trackingnummer|kontrollnummer|packst[üu]ck(?:nummer)?",
    r"sendung",
    # French, Spanish, Portuguese, Italian
    r"num[ée]ro\s+(?:de\s+suivi|de\s+colis|d'envoi|de\s+l'envoi|d'exp[ée]dition)",
    r"n[°º]\s*de\s*suivi|code\s+de\s+suivi|suivi",
    r"n[úu]mero\s+de\s+(?:seguimiento|env[íi]o|gu[íi]a|rastreo|rastreio|rastreamento|objeto)",
    r"c[óo]digo\s+de\s+(?:seguimiento|rastreo|rastreio|rastreamento|objeto|env[íi]o)",
    r"n[°º]\s*de\s*gu[íi]a|seguimiento|rastreio|rastreamento",
    r"(?:numero|codice)\s+di\s+(?:tracciamento|tracciabilit[àa]|spedizione|tracking)",
    r"lettera\s+di\s+vettura|tracciamento",
    # Dutch, Polish, Czech, Slovak, Hungarian, Romanian
    r"zendingnummer|pakketnummer|volgnummer|barcode",
    r"numer\s+(?:przesy[łl]ki|paczki|[śs]ledzenia|listu\s+przewozowego)",
    r"[čc][íi]slo\s+(?:z[áa]silky|z[áa]sielky|bal[íi]ku)|sledovac[íi]\s+[čc][íi]slo",
    r"csomagsz[áa]m|nyomk[öo]vet[ée]si\s+sz[áa]m|k[üu]ldem[ée]nyazonos[íi]t[óo]",
    r"num[ăa]r(?:ul)?\s+de\s+urm[ăa]rire",
    # Nordic, Turkish, Greek
    r"sp[åa]rningsnummer|s[äa]ndningsnummer|kolli-?id|sporingsnummer|forsendelsesnummer",
    r"sendingsnummer|pakkenummer|seurantatunnus|seurantakoodi|l[äa]hetystunnus",
    r"takip\s+(?:numaras[ıi]|no\.?|kodu)|g[öo]nderi\s+(?:numaras[ıi]|no\.?)",
    r"αριθμ[όο]ς\s+(?:αποστολ[ήη]ς|παρακολο[ύυ]θησης)",
    # Russian, Ukrainian
    r"трек[\s-]*(?:номер|код)|номер\s+(?:отслеживания|отправления|посылки|відправлення)",
    r"почтовый\s+идентификатор",
    # Chinese, Japanese, Korean
    r"运单号码?|快递单号|物流单号|追踪号码?|跟踪号码?|包裹号|物流编号|运单编号|追蹤號碼|貨件編號|託運單號",
    r"追跡番号|お問い合わせ番号|伝票番号|送り状番号",
    r"운송장\s*번호|송장\s*번호|추적\s*번호",
    # Arabic, Hebrew, Vietnamese, Thai, Indonesian/Malay, Hindi
    r"رقم\s+(?:التتبع|الشحنة|التعقب)|מספר\s+מעקב",
    r"m[ãa]\s+(?:v[ậa]n\s+[đd][ơo]n|theo\s+d[õo]i)|หมายเลขติดตาม|เลขพัสดุ",
    r"nomor\s+(?:resi|pelacakan)|no\.?\s*resi|nombor\s+penjejakan|ट्रैकिंग\s+नंबर",
    # "Je pakket 77116398 ligt voor je klaar": the parcel named by its number
    r"(?:je|jouw|uw|your|dein|deine|ihr|ihre|votre|ton|tu|il\s+tuo|twoja)\s+"
    r"(?:pakket|parcel|package|paket|sendung|colis|paquete|pacco|paczka)",
)
# A label starts a word of Latin letters ("Hawb 12345678901" names no air waybill); scripts
# written without spaces (Chinese, Japanese) have no such start to test.
_LABEL: Final = "(?<![A-Za-z])(?:" + "|".join(_LABEL_WORDS) + ")"
# "number" after a label word ("Paket nummer", "Sendung Nr.").
_NUMBER_WORD: Final = r"(?:\s*(?:number|nummer|numero|número|no\.?|nr\.?|n[°º]|id))?"
# The value must hold a digit: a label word running on into letters ("Sendungsstatus") is
# then no match, and the search goes on to the label after it.
_VALUE: Final = r"((?=[A-Z]*\d)[A-Z0-9]{8,34})\b"
# "Tracking number: X": the number follows within a few characters (a colon, a number sign,
# a line break, the "*" of a plain-text bold, "is", "lautet", "为").
_LABELLED: Final = re.compile(
    _LABEL + _NUMBER_WORD + r"(?:\s+(?:is|ist|lautet|est|es|è|to|je|on|är|er))?"
    r"[\s:#._*\-\u00a0\uff1a\u3000为是は：]{0,12}" + _VALUE,
    re.IGNORECASE,
)
# The values a label may name (8 to 34 letters and digits, a digit among them): the label is
# looked for only in the characters before each, not at every position of a long mail.
_TOKEN: Final = re.compile(r"[A-Za-z0-9]{8,34}(?![A-Za-z0-9_])")
_LABELLED_BEFORE: Final = re.compile(_LABELLED.pattern + r"\Z", re.IGNORECASE)
LABEL_REACH: Final = 120
# A label alone on its line (a table's cell, "Versender & Paketnummer:"), the number on one of
# the next lines, alone at its start.
_LABEL_LINE: Final = re.compile(
    r"^[^\n]{0,40}?" + _LABEL + r"[^\n\d]{0,40}$", re.IGNORECASE | re.MULTILINE
)
# The label ending its line (a heading, a table's cell): any value below is its number. A label
# word inside a sentence or a button ("Fragen zu Ihrer Sendung? Rufen Sie uns an", "Sendungs-
# status bei DHL einsehen") names only a value of letters and digits below it, not a phone
# number, an item's barcode or an item number.
_LABEL_ENDS_LINE: Final = re.compile(
    r"^[^\n]{0,40}?" + _LABEL + _NUMBER_WORD + r"[\s:#*.\uff1a]*$",
    re.IGNORECASE,
)
_NUMBER_LINE: Final = re.compile(r"^[*\s]*" + _VALUE + r"[*\s]*(?:$|[(<])", re.IGNORECASE)
# Plain-text renderings of links ("Paketnummer <https://...\n...> 0999..."): left out before
# lines are read, a wrapped address spanning lines included.
_ANGLE_LINK: Final = re.compile(r"<https?://[^<>]{0,2000}>")
LINES_BELOW: Final = 3
_VALUE_ALONE: Final = re.compile(r"(?=[A-Z]*\d)[A-Z0-9]{8,34}")
# The labels that say "tracking" or name the parcel outright ("Packstück AP...", "your parcel
# ..."): enough to take a number from a shop's own mail even when no carrier is known (a
# marketplace's own delivery network, such as Vinted Go, or AliExpress's parcel numbers).
_TRACKING_LABEL: Final = re.compile(
    r"packst[üu]ck|paket|parcel|package|colis|paquete|pacco|paczk|pakket|"
    r"track|sendung|verfolgung|suivi|seguimiento|rastre|tracciamento|zendingnummer|"
    r"przesy[łl]ki|[śs]ledzenia|sp[åa]rning|sporing|seuranta|takip|отслеж|трек|"
    r"运单|单号|追踪|跟踪|追蹤|追跡|운송장|송장|추적|التتبع|מעקב|resi",
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
    r"producto|prodotto|товар)\s*+(?:name)?\s*+:\s*+(.{3,120})$",
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
    order = _order_reference(f"{content.subject}\n{content.text[:READ_CHARS]}")
    numbers = _numbers(content, order, shop)
    base = MailReading(
        content.fingerprint,
        "found",
        None,
        content.subject,
        numbers,
        shop,
        order,
        _items(content.text[:READ_CHARS]),
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
    text = f"{content.subject}\n{content.text}"[:READ_CHARS]
    marked = [("tracking number", value) for value in content.marked]
    marked += _link_parameters(content.links)
    for number, reading in _from_labels(
        marked, text, plain_order, sender_carrier, from_shop=shop is not None
    ).items():
        found.setdefault(number, reading)
    for item in extract(text):
        if len(found) >= MAX_NUMBERS:
            break  # the rest would be cut off anyway
        if item.number in found or item.number == plain_order or not item.detection.valid:
            continue
        carrier = _carrier(item.detection.carriers, text, sender_carrier)
        found[item.number] = MailNumber(item.number, carrier, "text")
    if not found:
        found = _labelled(text, plain_order, sender_carrier, from_shop=shop is not None)
    return tuple(found.values())[:MAX_NUMBERS]


# Link parameters that name a tracking number on any site (a tracking aggregator, a shop's own
# tracking page): "?tracking_number=", "?trackingNumbers=", 17TRACK's "#nums=", "?awb=".
# Not "trackingId": click and payment links use it for their own ids (LinkedIn, payment
# redirects), and a mail's marketing links carry them.
_LINK_KEYS: Final = frozenset(
    {
        "trackingnumber",
        "trackingnumbers",
        "tracknum",
        "tracknumber",
        "tracknumbers",
        "trackingno",
        "trackingcode",
        "trknbr",
        "tlabels",
        "piececode",
        "parcelnumber",
        "awb",
        "awbnumber",
        "waybill",
        "waybillno",
        "consignmentnumber",
        "sendungsnummer",
        "nums",
    }
)


def _link_parameters(links: tuple[str, ...]) -> list[tuple[str, str]]:
    """(label, value) for every value of a link parameter named as a tracking number."""
    pairs: list[tuple[str, str]] = []
    for link in links:
        for url in dict.fromkeys((link, unwrapped(link))):
            parts = urlsplit(url.strip()[:MAX_URL])
            fragment = parts.fragment.split("?", 1)[-1] if "=" in parts.fragment else ""
            for key, value in parse_qsl(parts.query, True) + parse_qsl(fragment, True):
                if key.lower().replace("_", "").replace("-", "") in _LINK_KEYS:
                    pairs += [("tracking number", one) for one in value.split(",") if one]
    return pairs


def _plain(reference: str | None) -> str | None:
    return "".join(ch for ch in reference if ch.isalnum()) if reference else None


def _labelled(
    text: str, order: str | None, sender_carrier: str | None, *, from_shop: bool = False
) -> dict[str, MailNumber]:
    """Numbers the mail labels as tracking numbers, of a format the detector recognises by its
    shape (their check digit may fail: anonymised or mistyped), or of the carrier sending it,
    or labelled "tracking" outright in a known shop's mail (its carrier then unknown). A label
    with its number after it comes first, then a label alone on its line with the number on
    one of the next lines."""
    return _from_labels(
        _label_values(text[:READ_CHARS]), text, order, sender_carrier, from_shop=from_shop
    )


# The most letters a group of a number spaced in groups has with no digit ("JJD", "JVGL").
_GROUP_LETTERS: Final = 4


def _from_labels(
    pairs: list[tuple[str, str]],
    text: str,
    order: str | None,
    sender_carrier: str | None,
    *,
    from_shop: bool,
) -> dict[str, MailNumber]:
    found: dict[str, MailNumber] = {}
    tried: set[tuple[str, bool]] = set()  # a value repeated under labels alike: read once
    # The carrier the mail names, looked for once: a mail of many labels costs one search of
    # its text, not one a label.
    named = _named_carrier(text) if pairs else None
    for label, value in pairs:
        if len(found) == MAX_NUMBERS:
            break  # the rest would be cut off anyway
        parts = value.split()
        if any(part.isalpha() and len(part) > _GROUP_LETTERS for part in parts):
            continue  # words ("Shipment 2 of 3"), not a number spaced in groups ("RR 123 CN")
        value = "".join(parts).upper()
        shop_says_tracking = from_shop and _TRACKING_LABEL.search(label) is not None
        if (value, shop_says_tracking) in tried or value == order:
            continue
        tried.add((value, shop_says_tracking))
        if not _VALUE_ALONE.fullmatch(value) or value in found:
            continue
        detection = detect(value)
        carriers = detection.carriers
        if not (carriers or sender_carrier or shop_says_tracking or named):
            continue
        number = detection.normalized or value
        guessed = _carrier(carriers, text, guess=not _length_only(detection))
        carrier = sender_carrier or guessed or named
        found[number] = MailNumber(number, carrier, "label", detection.valid)
    return found


def _label_values(text: str) -> list[tuple[str, str]]:
    """(label, value) pairs: "Tracking number: X" first, then a label alone on its line and
    the first of the next ``LINES_BELOW`` non-empty lines that starts with a number, unless
    another label ("Item no.:") comes first; below a label inside a sentence, only a number of
    letters and digits."""
    pairs: list[tuple[str, str]] = []
    for token in _TOKEN.finditer(text):
        if not any(ch.isdigit() for ch in token.group(0)):
            continue
        start = token.start()
        before = text[start - 1] if start else " "
        if before.isascii() and (before.isalnum() or before == "_"):
            continue  # the end of a longer word ("运单号为1Z..." is no word: 为 is not ASCII)
        label = _LABELLED_BEFORE.search(text, _reach(text, start), token.end())
        if label is not None:
            pairs.append((label.group(0), label.group(1)))
    lines = _ANGLE_LINK.sub(" ", text).split("\n")
    for index, line in enumerate(lines):
        label = _LABEL_LINE.match(line)
        if label is None:
            continue
        below = [rest for rest in lines[index + 1 : index + 1 + 4 * LINES_BELOW] if rest.strip()]
        for rest in below[:LINES_BELOW]:
            value = _NUMBER_LINE.match(rest)
            if value is not None:
                if not value.group(1).isdigit() or _LABEL_ENDS_LINE.match(line) is not None:
                    pairs.append((label.group(0), value.group(1)))
                break
            if rest.rstrip(" *").endswith(":"):  # another label: what follows is its value
                break
    return pairs


def _reach(text: str, start: int) -> int:
    """Where a label before the value at ``start`` may begin: at most LABEL_REACH back, and
    after the last digit before it, since no label, number word or separator holds a digit.

    The same label is found as from LABEL_REACH back, and each character is searched for
    labels about once however densely values follow each other (every value holds a digit):
    the search grows with the mail's length, not with its length times LABEL_REACH.
    """
    low = max(0, start - LABEL_REACH)
    return max(low, *(text.rfind(digit, low, start) + 1 for digit in _DIGITS))


_DIGITS: Final = "0123456789"


def _named_carrier(text: str) -> str | None:
    """The carrier a mail names ("sent by Amazon Logistics"), when it names exactly one."""
    named = {rule.shop.carrier for rule in CARRIERS if rule.words.search(text[:READ_CHARS])}
    named.discard(None)
    return named.pop() if len(named) == 1 else None


def _carrier(
    candidates: tuple[str, ...], text: str, sender: str | None = None, *, guess: bool = True
) -> str | None:
    """The carrier sending the mail when it is a candidate (or nothing else is), else the
    candidate the mail names, else (``guess``) the detector's first."""
    if sender and (sender in candidates or not candidates):
        return sender
    lowered = text.lower()
    for code in candidates:
        name = carrier_name(code)
        if name and re.search(rf"\b{re.escape(name.lower())}\b", lowered):
            return code
    return candidates[0] if candidates and guess else None


def _length_only(detection: Detection) -> bool:
    """Whether nothing but its length ties a number to its carriers: all digits, matched by
    shape alone (no check digit, no prefix of their own). "Seguimiento: 900123456" names a
    tracking number, not TNT: any reference of nine digits has TNT's shape. The carrier then
    comes from the mail (its sender, a carrier it names), or stays unknown."""
    best = detection.best
    return detection.normalized.isdigit() and best is not None and best.evidence == "shape"


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
    for match in _ORDER.finditer(text[:READ_CHARS]):
        value = match.group(1)
        if any(ch.isdigit() for ch in value):
            return value.upper()
    return None


def _items(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(1).strip() for m in _ITEM.finditer(text[:READ_CHARS])))[:5]


def _nothing(base: MailReading, content: MailContent) -> MailReading:
    if not content.text.strip():
        reason = "the mail has no text to read (only attachments or images)"
    else:
        reason = (
            "no tracking number or carrier tracking link was found in the mail; the shop may "
            "not have shipped yet, or the number is only in an image"
        )
    return replace(base, outcome="nothing_found", reason=reason, numbers=())
