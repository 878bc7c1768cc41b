"""Parse and validate carrier and format entries of the directory's JSON files."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

from parceltrail.domain.numbers.checkdigits import ALGORITHMS
from parceltrail.domain.numbers.model import (
    CONFIDENCES,
    CONTACT_REASONS,
    TRACKING_URL_REASONS,
    Carrier,
    CheckSpec,
    Confidence,
    Example,
    NumberFormat,
)

CODE_RE = re.compile(r"[a-z0-9][a-z0-9_]*")
# A phone number as a carrier prints it: digits with +, spaces, dots, dashes, slashes and
# brackets, and capitals for vanity numbers ("13 POST (13 7678)", "+1 (855) 249-SHIP"); no
# markup, no words in lower case.
PHONE_RE = re.compile(r"\+? ?[0-9(][0-9A-Z ()./+-]{1,38}[0-9A-Z)]")
# An e-mail address's shape (not RFC 5322): one @, a dotted domain, no spaces or markup.
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")
FIRST_CLASSES: Mapping[str, frozenset[str]] = {
    "digit": frozenset(string.digits),
    "alpha": frozenset(string.ascii_uppercase),
    "alnum": frozenset(string.ascii_uppercase + string.digits),
}


class DirectoryError(ValueError):
    """A carrier data file breaks the directory's format (message names file and entry)."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise DirectoryError(message)


def parse_carrier(raw: Mapping[str, Any], *, source: str) -> tuple[Carrier, list[NumberFormat]]:
    """A Carrier and its formats from one entry of a data file."""
    code = raw.get("code", "")
    where = f"{source}: carrier {code!r}"
    _require(isinstance(code, str) and CODE_RE.fullmatch(code) is not None, f"{where}: bad code")
    _require(bool(raw.get("name")), f"{where}: missing name")
    url = _tracking_url(raw, where)
    contact = _https_url(raw, "contact_url", where)
    carrier = Carrier(
        code=code,
        name=raw["name"],
        countries=tuple(raw.get("countries", ())),
        website=_website(raw, where),
        tracking_url=url,
        kind=raw.get("kind", "courier"),
        contact_url=contact,
        contact_phone=_matching(raw, "contact_phone", PHONE_RE, where),
        contact_email=_matching(raw, "contact_email", EMAIL_RE, where),
        tracking_url_reason=_tracking_url_reason(raw, url, where),
        contact_reason=_contact_reason(raw, where),
        volume=_volume(raw, where),
    )
    formats = [parse_format(f, carrier=code, source=source) for f in raw.get("formats", ())]
    return carrier, formats


_SHAPE_NAMES: Mapping[str, str] = {
    "contact_phone": "a phone number",
    "contact_email": "an e-mail address",
}


def _matching(raw: Mapping[str, Any], key: str, shape: re.Pattern[str], where: str) -> str | None:
    value = raw.get(key)
    _require(
        value is None or (isinstance(value, str) and shape.fullmatch(value) is not None),
        f"{where}: {key} {value!r} is not {_SHAPE_NAMES[key]}",
    )
    return value


def _https_url(raw: Mapping[str, Any], key: str, where: str) -> str | None:
    """The address under ``key``, if given: a text that starts with https://."""
    url = raw.get(key)
    _require(
        url is None or (isinstance(url, str) and url.startswith("https://")),
        f"{where}: {key} must be an https:// URL",
    )
    return url


def _website(raw: Mapping[str, Any], where: str) -> str | None:
    """The home page, if given: an http:// or https:// address (the pages link it, so no other
    scheme, such as javascript:, may reach an href; many posts' home pages are still http)."""
    url = raw.get("website")
    _require(
        url is None or (isinstance(url, str) and url.startswith(("https://", "http://"))),
        f"{where}: website must be an http:// or https:// URL",
    )
    return url


def _tracking_url(raw: Mapping[str, Any], where: str) -> str | None:
    """The tracking-page template: an https:// address with the number's place marked once
    (a second place would put the number where the source never said it goes)."""
    url = _https_url(raw, "tracking_url", where)
    if url is None:
        return None
    _require("{number}" in url, f"{where}: tracking_url lacks {{number}}")
    _require(url.count("{number}") == 1, f"{where}: tracking_url has {{number}} more than once")
    return url


def _tracking_url_reason(raw: Mapping[str, Any], url: str | None, where: str) -> str | None:
    """Why a carrier has no template: only with no template, and one of the known reasons."""
    reason = raw.get("tracking_url_reason")
    _require(
        reason is None or url is None, f"{where}: tracking_url_reason given with a tracking_url"
    )
    _require(
        reason is None or reason in TRACKING_URL_REASONS,
        f"{where}: tracking_url_reason must be one of {sorted(TRACKING_URL_REASONS)}",
    )
    return reason


CONTACT_KEYS = ("contact_url", "contact_phone", "contact_email")


def _contact_reason(raw: Mapping[str, Any], where: str) -> str | None:
    """Why a carrier has no contact: only with none of the three fields, and a known reason."""
    reason = raw.get("contact_reason")
    given = [key for key in CONTACT_KEYS if raw.get(key) is not None]
    _require(reason is None or not given, f"{where}: contact_reason given with {', '.join(given)}")
    _require(
        reason is None or reason in CONTACT_REASONS,
        f"{where}: contact_reason must be one of {sorted(CONTACT_REASONS)}",
    )
    return reason


VOLUME_KEYS = frozenset({"parcels", "year", "source", "note"})


def _volume(raw: Mapping[str, Any], where: str) -> int | None:
    """Parcels a year from the carrier's ``volume`` entry, if given.

    ``{"parcels": 30200000000, "year": "2023", "source": "https://...", "note": "..."}``: a
    positive whole number, the year (or fiscal year) the figure is for and the public page
    that states it are required, so every figure the ranking reads can be checked.
    """
    entry = raw.get("volume")
    if entry is None:
        return None
    _require(isinstance(entry, dict), f"{where}: volume must be an object")
    unknown = sorted(set(entry) - VOLUME_KEYS)
    _require(not unknown, f"{where}: volume has unknown keys {unknown}")
    parcels = entry.get("parcels")
    if not isinstance(parcels, int) or isinstance(parcels, bool) or parcels <= 0:
        raise DirectoryError(f"{where}: volume parcels must be a positive whole number")
    year = entry.get("year")
    _require(
        isinstance(year, str) and re.fullmatch(r"(19|20)\d\d(/\d\d)?", year) is not None,
        f"{where}: volume year must be a year such as '2023' or '2022/23'",
    )
    source = entry.get("source")
    _require(
        isinstance(source, str) and source.startswith(("https://", "http://")),
        f"{where}: volume needs the source (a URL) that states the figure",
    )
    note = entry.get("note", "")
    _require(isinstance(note, str), f"{where}: volume note must be a text")
    return parcels


def _confidence(value: object, where: str) -> Confidence:
    for confidence in CONFIDENCES:
        if value == confidence:
            return confidence
    raise DirectoryError(f"{where}: confidence must be high, medium or low")


def _lengths(raw: Mapping[str, Any], where: str) -> tuple[int, int]:
    length = raw.get("length")
    if isinstance(length, int):
        return length, length
    if isinstance(length, list) and len(length) == 2 and length[0] <= length[1]:
        return int(length[0]), int(length[1])
    raise DirectoryError(f"{where}: length must be an int or [min, max]")


def _first_chars(raw: Mapping[str, Any], prefixes: tuple[str, ...]) -> frozenset[str]:
    if prefixes:
        return frozenset(p[0] for p in prefixes)
    first = raw.get("first", "alnum")
    return FIRST_CLASSES.get(first) or frozenset(first)


def _check(raw: Mapping[str, Any] | None, regex: re.Pattern[str], where: str) -> CheckSpec | None:
    if raw is None:
        return None
    algorithm = raw.get("algorithm", "")
    _require(algorithm in ALGORITHMS, f"{where}: unknown check algorithm {algorithm!r}")
    _require("check" in regex.groupindex, f"{where}: a checked pattern needs a 'check' group")
    group = raw.get("payload")
    _require(group is None or group in regex.groupindex, f"{where}: no payload group {group!r}")
    return CheckSpec(
        algorithm=algorithm,
        params={k: v for k, v in raw.items() if k not in {"algorithm", "payload", "prepend"}},
        payload_group=group,
        prepend=raw.get("prepend", ""),
    )


def _examples(raw: Mapping[str, Any], where: str) -> tuple[Example, ...]:
    out: list[Example] = []
    for key, valid in (("valid", True), ("invalid", False)):
        for item in raw.get(key, ()):
            constructed = bool(item.get("constructed"))
            _require(
                constructed or bool(item.get("source")),
                f"{where}: example {item.get('number')!r} needs a source or constructed: true",
            )
            out.append(Example(item["number"], valid, item.get("source"), constructed))
    return tuple(out)


def parse_format(raw: Mapping[str, Any], *, carrier: str, source: str) -> NumberFormat:
    """A NumberFormat from one entry of a data file, validated and compiled."""
    fmt_id = raw.get("id", "")
    where = f"{source}: format {fmt_id!r}"
    _require(isinstance(fmt_id, str) and CODE_RE.fullmatch(fmt_id) is not None, f"{where}: bad id")
    pattern = raw.get("pattern", "")
    _require(pattern.startswith("^") and pattern.endswith("$"), f"{where}: pattern not anchored")
    try:
        regex = re.compile(pattern, re.ASCII)
    except re.error as exc:
        raise DirectoryError(f"{where}: {exc}") from exc
    confidence = _confidence(raw.get("confidence"), where)
    _require(bool(raw.get("confidence_reason")), f"{where}: missing confidence_reason")
    prefixes = tuple(raw.get("prefixes", ()))
    low, high = _lengths(raw, where)
    return NumberFormat(
        id=fmt_id,
        carrier=carrier,
        name=raw.get("name", fmt_id),
        regex=regex,
        min_length=low,
        max_length=high,
        first_chars=_first_chars(raw, prefixes),
        prefixes=prefixes,
        check=_check(raw.get("check"), regex, where),
        fields=dict(raw.get("fields", {})),
        lookups={k: dict(v) for k, v in raw.get("lookups", {}).items()},
        confidence=confidence,
        confidence_reason=raw["confidence_reason"],
        priority=int(raw.get("priority", 0)),
        scheme=raw.get("scheme", ""),
        examples=_examples(raw.get("examples", {}), where),
    )
