"""Tracking numbers in carriers' tracking-page links: the directory's URL templates read back.

A template such as ``https://www.evri.com/track/parcel/{number}`` says where a link of that
carrier holds its number: in a query parameter, in the path after a fixed prefix, or in the
fragment. A link of a carrier's host that matches no template is still searched: its query
values and path segments are tried against that carrier's formats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final
from urllib.parse import parse_qsl, unquote, urlsplit

from parceltrail.domain.numbers import (
    detect,
    load_directory,
    validate_for_carrier,
)

MAX_URL: Final = 2048
PLACEHOLDER: Final = "{number}"
_VALUE: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .-]{4,38}[A-Za-z0-9]$")


@dataclass(frozen=True, slots=True)
class LinkNumber:
    """A number read from a tracking link, the carrier the link belongs to (when known).

    ``checked``: the number passed the carrier's format and check digit. A number in the
    place a carrier's own template puts it is taken even when it does not (the carrier says
    it is its number); the carrier's answer then tells whether it is known."""

    number: str
    carrier: str | None
    checked: bool = True


@dataclass(frozen=True, slots=True)
class _Template:
    carrier: str
    host: str
    where: str  # query | path | fragment
    key: str  # the query parameter, or the path/fragment prefix before the number


def _host(netloc: str) -> str:
    host = netloc.rsplit("@", 1)[-1].split(":", 1)[0].lower()
    return host.removeprefix("www.")


def _template_of(code: str, url: str) -> _Template | None:
    parts = urlsplit(url.replace(PLACEHOLDER, "NUMBERHERE"))
    host = _host(parts.netloc)
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if "NUMBERHERE" in value:
            return _Template(code, host, "query", key.lower())
    for where, text in (("path", parts.path), ("fragment", parts.fragment)):
        if "NUMBERHERE" in text:
            return _Template(code, host, where, text.split("NUMBERHERE", 1)[0].lower())
    return None


# Tracking pages seen in carriers' own mails that the directory does not list (yet).
EXTRA_TEMPLATES: Final = (
    ("gls", "https://gls-group.eu/track/{number}"),
    ("dpd", "https://tracktrace.dpd.com.pl/parcelDetails?p1={number}"),
    ("usps", "https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1={number}"),
    ("usps", "https://tools.usps.com/go/TrackConfirmAction?qtc_tLabels1={number}"),
)
# Query parameters that hold a tracking number on a carrier's own site.
TRACKING_KEYS: Final = frozenset(
    {
        "tracknum",
        "trackingnumber",
        "tracking",
        "tracking_number",
        "trknbr",
        "tlabels",
        "piececode",
        "parcelnumber",
        "parcel",
        "numer",
        "number",
        "shipmentid",
        "awb",
        "idc",
    }
)


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[_Template, ...], dict[str, tuple[str, ...]]]:
    """The directory's templates, and carrier codes by the hosts of their tracking pages."""
    directory = load_directory()
    found: list[_Template] = []
    for carrier in directory.carriers.values():
        if carrier.tracking_url and PLACEHOLDER in carrier.tracking_url:
            template = _template_of(carrier.code, carrier.tracking_url)
            if template is not None:
                found.append(template)
    for code, url in EXTRA_TEMPLATES:
        extra = _template_of(code, url)
        if extra is not None:
            found.append(extra)
    hosts: dict[str, list[str]] = {}
    for template in found:
        codes = hosts.setdefault(template.host, [])
        if template.carrier not in codes:
            codes.append(template.carrier)
    return tuple(found), {host: tuple(codes) for host, codes in hosts.items()}


def _carriers_of_host(host: str, hosts: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Carriers whose pages live on this host or a parent domain (nolp.dhl.de -> dhl.de)."""
    labels = host.split(".")
    for start in range(len(labels) - 1):
        codes = hosts.get(".".join(labels[start:]))
        if codes:
            return codes
    return ()


def unwrapped(url: str) -> str:
    """The innermost link of a redirect or click-tracking link (``.../https:%2F%2Fcarrier...``)."""
    for _ in range(3):
        inner = _INNER.search(url, 8)
        if inner is None:
            return url
        url = unquote(inner.group(0))
    return url


_INNER: Final = re.compile(r"https?(?::|%3A)(?:/|%2F){2}[^\s]+", re.IGNORECASE)


def number_in_link(url: str) -> LinkNumber | None:
    """The tracking number a carrier's tracking link holds, or None when it holds none."""
    url = url.strip()[:MAX_URL]
    if not url.lower().startswith(("http://", "https://")):
        return None
    return _in_link(url) or _in_link(unwrapped(url))


def _in_link(url: str) -> LinkNumber | None:
    parts = urlsplit(url)
    host = _host(parts.netloc)
    templates, hosts = _templates()
    for template in templates:
        if template.host == host:
            value = _value_at(template, parts.query, parts.path, parts.fragment)
            if value and _VALUE.match(value):
                return _checked(value, (template.carrier,)) or _placed(value, template.carrier)
    carriers = _carriers_of_host(host, hosts)
    if not carriers:
        return None
    for value in _candidates(parts.query, parts.path, parts.fragment):
        found = _checked(value, carriers)
        if found is not None:
            return found
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() in TRACKING_KEYS and _VALUE.match(value):
            return _placed(value, carriers[0])
    return None


def _value_at(template: _Template, query: str, path: str, fragment: str) -> str | None:
    if template.where == "query":
        for key, value in parse_qsl(query, keep_blank_values=True):
            if key.lower() == template.key:
                return value.split(",")[0]
        return None
    text = unquote(path if template.where == "path" else fragment)
    if not text.lower().startswith(template.key):
        return None
    return re.split(r"[/?&#,]", text[len(template.key) :], maxsplit=1)[0]


def _candidates(query: str, path: str, fragment: str) -> list[str]:
    values = [value for _, value in parse_qsl(query, keep_blank_values=True)]
    values += unquote(path).split("/") + re.split(r"[/?&=#]", unquote(fragment))
    return [value for value in values if _VALUE.match(value)]


def _placed(value: str, carrier: str) -> LinkNumber:
    return LinkNumber("".join(ch for ch in value.upper() if ch.isalnum()), carrier, checked=False)


def _checked(value: str, carriers: tuple[str, ...]) -> LinkNumber | None:
    """The value as a number of one of the carriers (by its formats), or, when it is a valid
    number of another carrier, as the first carrier's: the link is that carrier's page.
    ``carriers`` is never empty (the link's host names at least one)."""
    for code in carriers:
        check = validate_for_carrier(value, code)
        if check.matches:
            return LinkNumber(check.normalized, check.carrier)
    detection = detect(value)
    return LinkNumber(detection.normalized, carriers[0]) if detection.valid else None
