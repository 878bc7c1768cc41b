"""Check a number against a carrier the user chose, and explain a mismatch."""

from __future__ import annotations

from parceltrail.domain.numbers.detect import detect
from parceltrail.domain.numbers.directory import CarrierDirectory, load_directory
from parceltrail.domain.numbers.matching import FormatMatch, match_formats
from parceltrail.domain.numbers.model import Carrier, NumberFormat
from parceltrail.domain.numbers.normalize import normalize
from parceltrail.domain.numbers.results import CarrierCheck


def describe_format(fmt: NumberFormat) -> str:
    """'UPS 1Z (18 characters, starts with 1Z)' and the like."""
    if fmt.min_length == fmt.max_length:
        size = f"{fmt.min_length} characters"
    else:
        size = f"{fmt.min_length}-{fmt.max_length} characters"
    start = f", starts with {'/'.join(fmt.prefixes)}" if fmt.prefixes else ""
    return f"{fmt.name} ({size}{start})"


def validate_for_carrier(
    number: str, carrier_code: str, *, directory: CarrierDirectory | None = None
) -> CarrierCheck:
    """Whether number fits one of the chosen carrier's formats; the message says why not."""
    directory = directory or load_directory()
    norm = normalize(number)
    carrier = directory.carrier(carrier_code)
    echo = number[:120]

    def result(
        matches: bool, fmt: str | None, message: str, detected: tuple[str, ...] = ()
    ) -> CarrierCheck:
        return CarrierCheck(echo, norm.value, carrier_code, matches, fmt, message, detected)

    if carrier is None:
        return result(False, None, f"Unknown carrier code {carrier_code!r}.")
    if norm.problem is not None:
        return result(False, None, f"Not a tracking number: {norm.problem}.")
    mine = [m for m in match_formats(norm.value, directory) if m.fmt.id in carrier.formats]
    own = [m for m in mine if _tracks(carrier_code, m, directory)]
    good = next((m for m in own if m.valid), None)
    if good is not None:
        return result(True, good.fmt.id, _fits(carrier, good))
    detected = detect(norm.value, directory=directory).carriers
    return result(False, None, _mismatch(carrier, own, mine, directory), detected)


def _tracks(carrier_code: str, match: FormatMatch, directory: CarrierDirectory) -> bool:
    """Whether the carrier can track a number of this match: the carrier the match credits,
    any of a format without a scheme, and the post issuing an S10 number under any service
    (China Post for an ePacket credited to China EMS)."""
    if match.carrier == carrier_code or not match.fmt.scheme:
        return True
    post = directory.s10_posts.get(match.issuer) if match.fmt.scheme == "s10" else None
    return post is not None and post.carrier == carrier_code


def _fits(carrier: Carrier, match: FormatMatch) -> str:
    if match.check_passed:
        return f"Fits {carrier.name} {match.fmt.name}; the check digit passed."
    return (
        f"Fits the shape of {carrier.name} {match.fmt.name}; this format has no check digit, "
        "so only the carrier can confirm it."
    )


def _mismatch(
    carrier: Carrier, own: list[FormatMatch], mine: list[FormatMatch], directory: CarrierDirectory
) -> str:
    failed = next((m for m in own if m.check_passed is False), None)
    if failed is not None:
        return (
            f"Looks like {carrier.name} {failed.fmt.name}, but the check digit is wrong "
            f"(expected {failed.expected}); look for a typo."
        )
    s10 = next((m for m in mine if m.fmt.scheme == "s10" and m.valid), None)
    if s10 is not None:
        return (
            f"This is an international postal number {s10.note}, not by {carrier.name}. "
            f"{carrier.name} may deliver it after a handover; track it with the issuing post."
        )
    formats = directory.carrier_formats(carrier.code)
    if not formats:
        return f"We know no number formats for {carrier.name} yet, so we cannot check it."
    shapes = "; ".join(describe_format(f) for f in formats[:4])
    return f"Does not match {carrier.name} numbers, which look like: {shapes}."
