"""Which shop (or carrier) a shipping mail comes from: by sender domain, then by what it says.

A forwarded mail comes from the user, so the original sender is looked for in the forwarded
header lines of the text ("From: Amazon <shipment-tracking@amazon.com>") as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

Kind = Literal["marketplace", "shopify", "carrier"]


@dataclass(frozen=True, slots=True)
class Shop:
    name: str
    kind: Kind
    carrier: str | None = None  # a carrier's own mail: its code in the directory


@dataclass(frozen=True, slots=True)
class _Rule:
    shop: Shop
    domains: tuple[str, ...]  # sender domains (any subdomain)
    words: re.Pattern[str]  # the shop named in the text


def _rule(
    name: str, kind: Kind, domains: tuple[str, ...], words: str, carrier: str | None = None
) -> _Rule:
    return _Rule(Shop(name, kind, carrier), domains, re.compile(words, re.IGNORECASE))


MARKETPLACES: Final = (
    _rule(
        "AliExpress",
        "marketplace",
        ("aliexpress.com", "aliexpress.ru", "aliexpress.us", "mail.aliexpress.com"),
        r"\bali ?express\b",
    ),
    _rule(
        "Amazon",
        "marketplace",
        (
            "amazon.com",
            "amazon.de",
            "amazon.co.uk",
            "amazon.fr",
            "amazon.es",
            "amazon.it",
            "amazon.ca",
            "amazon.nl",
            "amazon.com.au",
            "amazon.co.jp",
            "amazon.in",
            "amazon.pl",
            "amazon.se",
            "amazon.com.mx",
            "amazon.com.br",
        ),
        r"\bamazon(\.[a-z.]{2,6})?\b",
    ),
    _rule(
        "eBay",
        "marketplace",
        (
            "ebay.com",
            "ebay.de",
            "ebay.co.uk",
            "ebay.fr",
            "ebay.it",
            "ebay.es",
            "ebay.com.au",
            "ebay.ca",
            "ebay.nl",
        ),
        r"\bebay\b",
    ),
    _rule("Temu", "marketplace", ("temu.com", "temuemail.com"), r"\btemu\b"),
    _rule("Shein", "marketplace", ("shein.com", "sheinemail.com", "shein.co.uk"), r"\bshein\b"),
    _rule("Etsy", "marketplace", ("etsy.com",), r"\betsy\b"),
    _rule("Wish", "marketplace", ("wish.com",), r"\bwish\.com\b"),
    _rule(
        "Vinted",
        "marketplace",
        (
            "vinted.com",
            "vinted.fr",
            "vinted.de",
            "vinted.nl",
            "vinted.be",
            "vinted.co.uk",
            "vinted.es",
            "vinted.it",
            "vinted.pl",
            "vinted.lt",
        ),
        r"\bvinted\b",
    ),
    _rule("Walmart", "marketplace", ("walmart.com", "walmart.ca"), r"\bwalmart\b"),
)
CARRIERS: Final = (
    _rule("DHL Paket", "carrier", ("dhl.de",), r"\bdhl paket\b", "dhl_paket"),
    _rule(
        "DHL",
        "carrier",
        ("dhl.com", "dhl.nl", "dhl.co.uk", "dhlparcel.nl", "dhl.fr", "dhlecommerce.com"),
        r"\bdhl\b",
        "dhl_express",
    ),
    _rule("UPS", "carrier", ("ups.com",), r"\bups\b", "ups"),
    _rule("FedEx", "carrier", ("fedex.com",), r"\bfedex\b", "fedex"),
    _rule("USPS", "carrier", ("usps.com", "usps.gov"), r"\busps\b", "usps"),
    _rule(
        "Royal Mail",
        "carrier",
        ("royalmail.com", "royalmail.co.uk"),
        r"\broyal mail\b",
        "royal_mail",
    ),
    _rule(
        "Evri",
        "carrier",
        ("evri.com", "myhermes.co.uk", "hermes-europe.co.uk"),
        r"\b(evri|hermes)\b",
        "evri",
    ),
    _rule(
        "DPD",
        "carrier",
        ("dpd.co.uk", "dpd.de", "dpd.com", "dpd.fr", "dpdgroup.com", "dpd.nl", "dpd.com.pl"),
        r"\bdpd\b",
        "dpd",
    ),
    _rule("GLS", "carrier", ("gls-group.eu", "gls-group.com", "gls-pakete.de"), r"\bgls\b", "gls"),
    _rule("Hermes", "carrier", ("myhermes.de", "hermesworld.com"), r"\bhermes\b", "hermes_de"),
    _rule("PostNL", "carrier", ("postnl.nl",), r"\bpostnl\b", "postnl"),
    _rule(
        "Mondial Relay",
        "carrier",
        ("mondialrelay.fr", "mondialrelay.com", "mondialrelay.nl", "mondialrelay.be"),
        r"\bmondial relay\b",
        "mondial_relay",
    ),
    _rule("Colissimo", "carrier", ("colissimo.fr",), r"\bcolissimo\b", "colissimo"),
    _rule("La Poste", "carrier", ("laposte.fr", "laposte.net"), r"\bla poste\b", "la_poste"),
    _rule("Correos", "carrier", ("correos.es",), r"\bcorreos\b", "correos"),
    _rule(
        "Poste Italiane",
        "carrier",
        ("poste.it", "posteitaliane.it"),
        r"\bposte italiane\b",
        "poste_italiane",
    ),
    _rule(
        "Canada Post",
        "carrier",
        # its notifications come from communications.canadapost-postescanada.ca
        ("canadapost.ca", "postescanada.ca", "canadapost-postescanada.ca"),
        r"\bcanada post\b",
        "canada_post",
    ),
    _rule(
        "Australia Post", "carrier", ("auspost.com.au",), r"\baustralia post\b", "australia_post"
    ),
    _rule("InPost", "carrier", ("inpost.pl", "inpost.co.uk"), r"\binpost\b", "inpost"),
    _rule("Poczta Polska", "carrier", ("poczta-polska.pl",), r"\bpoczta polska\b", "poczta_polska"),
    _rule("Deutsche Post", "carrier", ("deutschepost.de",), r"\bdeutsche post\b", "deutsche_post"),
    _rule(
        "Amazon Logistics", "carrier", ("amazonlogistics.com",), r"\bamazon logistics\b", "amazon"
    ),
    _rule("Cainiao", "carrier", ("cainiao.com",), r"\bcainiao\b", "cainiao"),
    _rule("SDA", "carrier", ("sda.it",), r"\bsda\b", "sda"),
)
_SHOPIFY: Final = re.compile(
    r"shopify(email)?\.com|myshopify\.com|cdn\.shopify\.com|shop\.app", re.IGNORECASE
)
_FORWARDED_FROM: Final = re.compile(
    r"^(?:>\s*)?(?:from|von|de|da|van|от|寄件者|发件人)\s*:\s*(.{0,200}?)$",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS: Final = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def _domain_matches(domain: str, rule: _Rule) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in rule.domains)


def senders(sender: str, text: str) -> list[tuple[str, str]]:
    """(display name, domain) of the sender and of forwarded "From:" lines, in that order."""
    found: list[tuple[str, str]] = []
    if "@" in sender:
        found.append(("", sender.rsplit("@", 1)[1].lower()))
    for line in _FORWARDED_FROM.findall(text[:20000]):
        address = _ADDRESS.search(line)
        name = line.split("<", 1)[0].strip(' "')
        found.append((name, address.group(1).lower() if address else ""))
    return found


def shop_of(
    *,
    sender: str,
    sender_name: str,
    subject: str,
    text: str,
    links: tuple[str, ...],
    user_domain: str | None = None,
) -> Shop | None:
    """The shop or carrier a mail comes from; None when nothing names one."""
    origins = [(n, d) for n, d in senders(sender, text) if d and d != user_domain]
    for _, domain in origins:
        for rule in (*MARKETPLACES, *CARRIERS):
            if _domain_matches(domain, rule):
                return rule.shop
    if any(_SHOPIFY.search(link) for link in links) or _SHOPIFY.search(text[:50000]):
        return Shop(_store_name(sender_name, origins), "shopify")
    head = f"{sender_name}\n{subject}"
    for rule in MARKETPLACES:
        if rule.words.search(head) or rule.words.search(text[:3000]):
            return rule.shop
    for rule in CARRIERS:
        if rule.words.search(head):
            return rule.shop
    return None


def _store_name(sender_name: str, origins: list[tuple[str, str]]) -> str:
    """A Shopify store's name: its sender's display name, or its domain."""
    for name, _ in origins:
        if name and "@" not in name:
            return name[:100]
    if sender_name:
        return sender_name[:100]
    return origins[0][1] if origins else "Shopify store"
