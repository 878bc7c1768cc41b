"""How a person reads pages and mail: a language parceltrail speaks and an IANA time zone,
checked wherever one is taken in (an account's settings, an alert request, an order)."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.words import Words
from parceltrail.locale import LANGUAGES, known


def checked_language(language: str | None, field: str = "language") -> str | None:
    """The language, or None when none is given; one without a catalogue is refused."""
    if not language:
        return None
    if known(language) is None:
        raise ValidationFailed(
            Words(
                "no language {language!r} here; choose one of {languages}",
                language=language[:20],
                languages=", ".join(LANGUAGES),
            ),
            field=field,
        )
    return language


def checked_time_zone(time_zone: str | None, field: str = "time_zone") -> str | None:
    """The IANA time zone, or None when none is given; anything else is refused."""
    if not time_zone:
        return None
    if time_zone not in _zones():
        raise ValidationFailed(
            Words("{zone!r} is not a time zone like Europe/Warsaw", zone=time_zone[:64]),
            field=field,
        )
    return time_zone


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())
