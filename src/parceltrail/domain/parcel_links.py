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
    CarrierDirectory,
    detect,
    load_directory,
    validate_for_carrier,
)

MAX_URL: Final = 2048
PLACEHOLDER: Final = "{number}"
_VALUE: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .-]{4,38}[A-Za-z0-9]$")


@dataclass(frozen=True, slots=True)
class LinkNumber:
    """A number read from a tracking link, the carrier the link belongs to (when known)."""

    number: str
    carrier: str | None


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


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[_Template, ...], dict[str, tuple[str, ...]]]:
    """The directory's templates, and carrier codes by host (tracking pages and websites)."""
    directory = load_directory()
    found: list[_Template] = []
    hosts: dict[str, list[str]] = {}
    for carrier in directory.carriers.values():
        for url in (carrier.tracking_url, carrier.website):
            if url and url.startswith("http"):
                hosts.setdefault(_host(urlsplit(url.replace(PLACEHOLDER, "x")).netloc), [])
                codes = hosts[_host(urlsplit(url.replace(PLACEHOLDER, "x")).netloc)]
                if carrier.code not in codes:
                    codes.append(carrier.code)
        if carrier.tracking_url and PLACEHOLDER in carrier.tracking_url:
            template = _template_of(carrier.code, carrier.tracking_url)
            if template is not None:
                found.append(template)
    return tuple(found), {host: tuple(codes) for host, codes in hosts.items()}


def _carriers_of_host(host: str, hosts: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Carriers whose pages live on this host or a parent domain (nolp.dhl.de -> dhl.de)."""
    labels = host.split(".")
    for start in range(len(labels) - 1):
        codes = hosts.get(".".join(labels[start:]))
        if codes:
            return codes
    return ()


def number_in_link(url: str, *, directory: CarrierDirectory | None = None) -> LinkNumber | None:
    """The tracking number a carrier's tracking link holds, or None when it holds none."""
    url = url.strip()[:MAX_URL]
    if not url.lower().startswith(("http://", "https://")):
        return None
    parts = urlsplit(url)
    host = _host(parts.netloc)
    templates, hosts = _templates()
    for template in templates:
        if template.host == host:
            value = _value_at(template, parts.query, parts.path, parts.fragment)
            found = _checked(value, (template.carrier,)) if value else None
            if found is not None:
                return found
    carriers = _carriers_of_host(host, hosts)
    for value in _candidates(parts.query, parts.path, parts.fragment):
        found = _checked(value, carriers) if carriers else None
        if found is not None:
            return found
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


def _checked(value: str, carriers: tuple[str, ...]) -> LinkNumber | None:
    """The value as a number of one of the carriers (by its formats), or of none in particular
    when the link's carrier is the only thing known and the number is still valid."""
    for code in carriers:
        check = validate_for_carrier(value, code)
        if check.matches:
            return LinkNumber(check.normalized, check.carrier)
    detection = detect(value)
    if detection.valid and (detection.certain or carriers):
        carrier = carriers[0] if carriers else detection.carriers[0]
        return LinkNumber(detection.normalized, carrier)
    return None
