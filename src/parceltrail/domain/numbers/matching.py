"""Match a normalised number against the directory's formats (the hot path)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parceltrail.domain.numbers.checkdigits import ALGORITHMS
from parceltrail.domain.numbers.directory import CarrierDirectory
from parceltrail.domain.numbers.model import NumberFormat
from parceltrail.domain.numbers.results import S10Info

_new = tuple.__new__
UNKNOWN_SERVICE = "not a service indicator the S10 standard assigns"


@dataclass(slots=True)
class FormatMatch:
    """A format whose pattern a number fits, with the check-digit verdict."""

    fmt: NumberFormat
    carrier: str
    check_passed: bool | None
    expected: str | None = None
    check_pos: int = -1
    note: str = ""
    issuer: str = ""  # an S10 number's issuer code (its last two letters)
    shared: bool = False  # an S10 match for an operator that also issues under the code

    @property
    def valid(self) -> bool:
        return self.check_passed is not False


def verify_check(fmt: NumberFormat, m: re.Match[str]) -> tuple[bool | None, str | None, int]:
    """(passed, expected check character, its position); passed is None without a check digit."""
    spec = fmt.check
    if spec is None:
        return None, None, -1
    start, end = payload_span(fmt, m)
    payload = m.string[start:end]
    expected = ALGORITHMS[spec.algorithm](spec.prepend + payload, spec.params)
    return expected == m.group("check"), expected, m.start("check")


def payload_span(fmt: NumberFormat, m: re.Match[str]) -> tuple[int, int]:
    """Where in ``m``'s number the check digit of ``fmt`` reads its payload: the payload group
    when the format names one, else everything before the ``check`` group."""
    if fmt.check is None:
        raise ValueError(f"format {fmt.id!r} has no check digit")
    group = fmt.check.payload_group
    return m.span(group) if group else (0, m.start("check"))


def match_formats(
    value: str, directory: CarrierDirectory, formats: tuple[NumberFormat, ...] | None = None
) -> list[FormatMatch]:
    """Every format value fits (of formats, default all), valid or failing only its check digit."""
    found: list[FormatMatch] = []
    if formats is None:
        formats = directory.formats_for(len(value), value[0])
    for fmt in formats:
        m = fmt.regex.match(value)
        if m is None:
            continue
        passed, expected, pos = verify_check(fmt, m)
        if fmt.scheme == "s10":
            first = _s10_match(fmt, m, passed, expected, pos, directory)
            found.append(first)
            found.extend(shared_matches(first, directory))
        else:
            found.append(FormatMatch(fmt, fmt.carrier, passed, expected, pos))
    return found


def _s10_match(
    fmt: NumberFormat,
    m: re.Match[str],
    passed: bool | None,
    expected: str | None,
    pos: int,
    directory: CarrierDirectory,
) -> FormatMatch:
    """An S10 match credited to the operator that issues numbers under its suffix."""
    code = m.group("country")
    post = directory.s10_posts.get(code)
    carrier = post.carrier_for(m.group("service")) if post is not None else ""
    return FormatMatch(fmt, carrier, passed, expected, pos, s10_note(code, directory), code)


def shared_matches(match: FormatMatch, directory: CarrierDirectory) -> list[FormatMatch]:
    """The same S10 match for each operator that also issues numbers under its issuer code
    (each a carrier of the directory: one built without its entry leaves it out)."""
    post = directory.s10_posts.get(match.issuer)
    if post is None or not match.carrier:
        return []
    return [
        FormatMatch(
            match.fmt,
            code,
            match.check_passed,
            match.expected,
            match.check_pos,
            f"{directory.carriers[code].name} also issues S10 numbers under {post.code}",
            match.issuer,
            shared=True,
        )
        for code in post.also
        if code != match.carrier and code in directory.carriers
    ]


def s10_note(code: str, directory: CarrierDirectory) -> str:
    """Who issues S10 numbers under this issuer code, in a few words."""
    post = directory.s10_posts.get(code)
    if post is None:
        return f"issuer code {code} is not in our table"
    return f"issued by {post.operator} ({code}{', UPU pseudo-code' if post.pseudo else ''})"


def s10_info(m: re.Match[str], directory: CarrierDirectory) -> S10Info:
    """The decoded fields of an S10 pattern match (built positionally: on the hot path)."""
    service, serial, check, issuer = m.group("service", "serial", "check", "country")
    table = directory.s10_services
    meaning = table.get(service) or table.get(service[:1]) or UNKNOWN_SERVICE
    post = directory.s10_posts.get(issuer)
    if post is None:
        return _new(S10Info, (service, meaning, serial, check, issuer, None, None, False))
    return _new(
        S10Info,
        (service, meaning, serial, check, issuer, post.operator, post.country, post.pseudo),
    )


def decode_s10(value: str, directory: CarrierDirectory) -> S10Info | None:
    """Service indicator, serial, check digit and issuer of an S10-shaped number."""
    for fmt in directory.formats_for(len(value), value[0]):
        if fmt.scheme != "s10":
            continue
        m = fmt.regex.match(value)
        if m is None:
            continue
        return s10_info(m, directory)
    return None


def s10_service_meaning(service: str, directory: CarrierDirectory) -> str:
    """Meaning of an S10 service indicator: the pair if listed, else its first letter."""
    table = directory.s10_services
    return table.get(service) or table.get(service[:1]) or UNKNOWN_SERVICE
