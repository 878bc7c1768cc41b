"""The carrier directory: loaded once from the JSON files in ``parceltrail/data/carriers``."""

from __future__ import annotations

import importlib.util
import json
import os
import string
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any

from parceltrail.domain.numbers.loader import DirectoryError, parse_carrier, parse_format
from parceltrail.domain.numbers.model import Carrier, NumberFormat, S10Post

DATA_PACKAGE = "parceltrail.data.carriers"
ALNUM = frozenset(string.ascii_uppercase + string.digits)

__all__ = ["CarrierDirectory", "DirectoryError", "load_directory"]


class CarrierDirectory:
    """Carriers, their number formats and the S10 issuer table, indexed for fast lookups."""

    def __init__(
        self,
        carriers: Iterable[Carrier],
        formats: Iterable[NumberFormat],
        s10_posts: Iterable[S10Post] = (),
        s10_services: Mapping[str, str] | None = None,
    ) -> None:
        self.formats: tuple[NumberFormat, ...] = _mark_unique_prefixes(tuple(formats))
        self.s10_posts: dict[str, S10Post] = {p.code: p for p in s10_posts}
        self.s10_services: dict[str, str] = dict(s10_services or {})
        self.carriers: dict[str, Carrier] = _attach_formats(carriers, self.formats, self.s10_posts)
        self.formats_by_id: dict[str, NumberFormat] = {f.id: f for f in self.formats}
        # parcels a year per carrier with a published figure: the ranking's prior for ties
        self.volumes: dict[str, int] = {
            code: c.volume for code, c in self.carriers.items() if c.volume is not None
        }
        self._index = _build_index(self.formats)
        self._checked_index = _build_index(tuple(f for f in self.formats if f.check))
        self.max_length = max((f.max_length for f in self.formats), default=0)
        self.plan: object | None = None  # the hot path's tables (numbers.plan), built lazily

    def carrier(self, code: str) -> Carrier | None:
        """The carrier with this code, or None."""
        return self.carriers.get(code)

    def formats_for(self, length: int, first: str) -> tuple[NumberFormat, ...]:
        """Formats that can match a normalised number of this length and first character."""
        return self._index.get((first, length), ())

    def index_items(self) -> list[tuple[tuple[str, int], tuple[NumberFormat, ...]]]:
        """The (first character, length) index: formats to try, highest priority first."""
        return list(self._index.items())

    def checked_formats_for(self, length: int, first: str) -> tuple[NumberFormat, ...]:
        """Like formats_for, but only formats with a check digit."""
        return self._checked_index.get((first, length), ())

    def carrier_formats(self, code: str) -> tuple[NumberFormat, ...]:
        """Every format a carrier's numbers can take (its own and the S10 scheme if it issues)."""
        carrier = self.carriers.get(code)
        if carrier is None:
            return ()
        return tuple(self.formats_by_id[f] for f in carrier.formats if f in self.formats_by_id)


def _mark_unique_prefixes(formats: tuple[NumberFormat, ...]) -> tuple[NumberFormat, ...]:
    """Flag formats whose literal prefix no other carrier's prefix can collide with."""
    owners: dict[str, set[str]] = defaultdict(set)
    for fmt in formats:
        for prefix in fmt.prefixes:
            owners[prefix].add(fmt.carrier)

    def unique(fmt: NumberFormat) -> bool:
        if not fmt.prefixes or min(len(p) for p in fmt.prefixes) < 2:
            return False
        return all(
            owners[other] <= {fmt.carrier}
            for prefix in fmt.prefixes
            for other in owners
            if other.startswith(prefix) or prefix.startswith(other)
        )

    return tuple(replace(f, unique_prefix=unique(f)) for f in formats)


def _attach_formats(
    carriers: Iterable[Carrier], formats: tuple[NumberFormat, ...], posts: Mapping[str, S10Post]
) -> dict[str, Carrier]:
    """Give each carrier the ids of its formats, adding carriers named only by the S10 table."""
    by_code = {c.code: c for c in carriers}
    for post in posts.values():
        for code in dict.fromkeys((post.carrier, *post.by_service.values())):
            if code and code not in by_code:
                countries = () if post.pseudo else (post.code,)
                by_code[code] = Carrier(
                    code=code,
                    name=post.operator,
                    countries=countries,
                    kind="consolidator" if post.pseudo else "post",
                )
    owned: dict[str, list[str]] = defaultdict(list)
    for fmt in formats:
        if fmt.carrier:
            owned[fmt.carrier].append(fmt.id)
    s10_ids = [f.id for f in formats if f.scheme == "s10"]
    s10_owners = {
        c for p in posts.values() for c in (p.carrier, *p.by_service.values(), *p.also) if c
    }
    for code in s10_owners:
        owned[code].extend(s10_ids)
    return {code: replace(c, formats=tuple(owned.get(code, ()))) for code, c in by_code.items()}


def _build_index(
    formats: tuple[NumberFormat, ...],
) -> dict[tuple[str, int], tuple[NumberFormat, ...]]:
    """Map (first character, length) to the formats worth trying, highest priority first."""
    index: dict[tuple[str, int], list[NumberFormat]] = defaultdict(list)
    for fmt in formats:
        for length in range(fmt.min_length, fmt.max_length + 1):
            for first in fmt.first_chars:
                index[(first, length)].append(fmt)
    return {key: tuple(sorted(v, key=lambda f: -f.priority)) for key, v in index.items()}


def _read_documents() -> list[tuple[str, dict[str, Any]]]:
    """Every JSON document of the data package, in file-name order.

    Read from the package's folder when it is one (an ordinary or editable install): that
    skips importing ``importlib.resources`` (with pathlib, zipfile and tempfile), a large part
    of ``parceltrail detect``'s start-up; a zipped install is read through it."""
    # json reads the bytes itself (UTF-8 by RFC 8259), whatever the locale
    folder = _package_folder(DATA_PACKAGE)
    if folder is not None:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
        return [(name, json.loads(_read_bytes(os.path.join(folder, name)))) for name in names]
    from importlib import resources

    entries = {e.name: e for e in resources.files(DATA_PACKAGE).iterdir()}
    return [
        (name, json.loads(entries[name].read_bytes()))
        for name in sorted(entries)
        if name.endswith(".json")
    ]


def _package_folder(package: str) -> str | None:
    """The folder a package's files are in, when they are in one."""
    spec = importlib.util.find_spec(package)
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    return locations[0] if len(locations) == 1 and os.path.isdir(locations[0]) else None


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _parse_s10(doc: Mapping[str, Any]) -> tuple[list[S10Post], dict[str, str]]:
    """The S10 issuer table and service-indicator meanings of a document, if it has them."""
    table = doc.get("s10")
    if table is None:
        return [], {}
    posts = [
        S10Post(
            code=row["code"],
            operator=row["operator"],
            carrier=row["carrier"] if "carrier" in row else f"post_{row['code'].lower()}",
            country=row.get("country"),
            pseudo=bool(row.get("pseudo")),
            by_service=dict(row.get("by_service", {})),
            also=_also_issued_by(row),
        )
        for row in table["posts"]
    ]
    return posts, dict(table.get("services", {}))


def _also_issued_by(row: Mapping[str, Any]) -> tuple[str, ...]:
    """Carriers that also issue S10 numbers under a code; each must cite an https page."""
    found: list[str] = []
    for entry in row.get("also_issued_by", ()):
        source, carrier = entry.get("source", ""), entry.get("carrier")
        if not isinstance(source, str) or not source.startswith("https://"):
            code = row["code"]
            raise DirectoryError(f"S10 {code}: also_issued_by {entry!r} needs an https source")
        if not isinstance(carrier, str) or not carrier:
            raise DirectoryError(f"S10 {row['code']}: also_issued_by {entry!r} names no carrier")
        found.append(carrier)
    return tuple(found)


def build_directory(documents: Iterable[tuple[str, Mapping[str, Any]]]) -> CarrierDirectory:
    """Build a directory from parsed JSON documents (name, content)."""
    carriers: list[Carrier] = []
    formats: list[NumberFormat] = []
    posts: list[S10Post] = []
    services: dict[str, str] = {}
    for name, doc in documents:
        for raw in doc.get("carriers", ()):
            carrier, carrier_formats = parse_carrier(raw, source=name)
            carriers.append(carrier)
            formats.extend(carrier_formats)
        formats.extend(parse_format(raw, carrier="", source=name) for raw in doc.get("schemes", ()))
        doc_posts, doc_services = _parse_s10(doc)
        posts.extend(doc_posts)
        services.update(doc_services)
    _check_unique([c.code for c in carriers], "carrier code")
    _check_unique([f.id for f in formats], "format id")
    return CarrierDirectory(carriers, formats, posts, services)


def _check_unique(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise DirectoryError(f"duplicate {what}: {value}")
        seen.add(value)


@lru_cache(maxsize=1)
def load_directory() -> CarrierDirectory:
    """The packaged carrier directory, loaded and compiled once per process."""
    return build_directory(_read_documents())
