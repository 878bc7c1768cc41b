"""Validation and identity of incoming events."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from parceltrail.domain.errors import InvalidEvent
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import MAX_DESCRIPTION, event_key, new_event, parse_sub_status

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
CST = timezone(timedelta(hours=8))


def make(**overrides: object):
    fields: dict[str, object] = {
        "tracking_number": "lk 123-456-785 cn",
        "occurred_at": datetime(2026, 11, 27, 9, 30, tzinfo=CST),
        "description": "  Departure   from outward office of exchange ",
        "now": NOW,
    }
    fields.update(overrides)
    return new_event(**fields)  # type: ignore[arg-type]


def test_event_is_normalised_to_utc_and_keeps_the_carrier_offset() -> None:
    event = make(country="cn", city="Guangzhou")
    assert event.tracking_number == "LK123456785CN"
    assert event.occurred_at == datetime(2026, 11, 27, 1, 30, tzinfo=UTC)
    assert event.utc_offset_minutes == 480
    assert event.description == "Departure from outward office of exchange"
    assert event.location.country == "CN"


def test_the_key_ignores_spacing_and_case_of_the_text_but_not_the_time() -> None:
    a = make(description="Departure from outward office of exchange")
    b = make(description="DEPARTURE   from outward office of exchange")
    c = make(occurred_at=datetime(2026, 11, 27, 9, 31, tzinfo=CST))
    assert a.key == b.key
    assert a.key != c.key


def test_the_same_instant_in_another_zone_is_the_same_event() -> None:
    a = make()
    b = make(occurred_at=datetime(2026, 11, 27, 1, 30, tzinfo=UTC))
    assert a.key == b.key


def test_a_source_id_identifies_the_event_whatever_its_text() -> None:
    a = make(source="aftership", source_id="chk-1", description="x")
    b = make(source="aftership", source_id="chk-1", description="y")
    assert a.key == b.key


def test_a_huge_description_is_bounded() -> None:
    event = make(description="A" * 10_000_000)
    assert len(event.description) == MAX_DESCRIPTION
    assert event.description.endswith("…")


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"occurred_at": datetime(2026, 11, 27, 9, 30)}, "time_without_offset"),
        ({"occurred_at": NOW + timedelta(days=3)}, "time_in_future"),
        ({"occurred_at": datetime(1970, 1, 1, tzinfo=UTC)}, "time_too_old"),
        ({"tracking_number": "  --  "}, "bad_tracking_number"),
        ({"tracking_number": "9" * 65}, "bad_tracking_number"),
        ({"description": "   "}, "empty_event"),
        ({"country": "China"}, "bad_country"),
    ],
)
def test_bad_events_are_refused_with_a_reason(overrides: dict[str, object], reason: str) -> None:
    with pytest.raises(InvalidEvent) as caught:
        make(**overrides)
    assert caught.value.reason == reason
    assert caught.value.message


def test_a_status_without_text_describes_itself() -> None:
    assert (
        make(description=None, sub_status=SubStatus.OUT_FOR_DELIVERY).description
        == "out for delivery"
    )


def test_status_words_are_checked() -> None:
    assert parse_sub_status(" Delivered ") is SubStatus.DELIVERED
    assert parse_sub_status(None) is None
    with pytest.raises(InvalidEvent, match="unknown status 'teleported'"):
        parse_sub_status("teleported")


def _stored_key(basis: str) -> str:
    """The key as stored events carry it: BLAKE2b of the basis, 16 bytes, in hex."""
    return hashlib.blake2b(basis.encode(), digest_size=16).hexdigest()


@pytest.mark.parametrize(
    "moment",
    [datetime(2026, 11, 27, 1, 30, tzinfo=UTC), datetime(2026, 11, 27, 1, 30, 5, 250, tzinfo=UTC)],
)
def test_keys_stay_those_of_the_events_already_stored(moment: datetime) -> None:
    said = "Departure from Outward Office of Exchange"
    by_text = event_key("LK123456785CN", moment, said, "api", None)
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%S")
    assert by_text == _stored_key(f"text|LK123456785CN|{stamp}|{said.casefold()}")
    assert event_key("LK123456785CN", moment, said, "17track", "ev-9") == _stored_key(
        "id|17track|ev-9"
    )
    assert event_key("LK123456785CN", moment, said, "api", None) == by_text  # no state kept


def test_places_are_checked_whether_or_not_they_were_seen_before() -> None:
    first = make(city="  Guangzhou  ", country="cn", postal_code="510000")
    again = make(city="  Guangzhou  ", country="cn", postal_code="510000")
    assert first.location == again.location
    assert (first.location.city, first.location.country) == ("Guangzhou", "CN")
    for _ in range(2):  # a refusal is not remembered as a place
        with pytest.raises(InvalidEvent) as refused:
            make(city="Guangzhou", country="China")
        assert refused.value.reason == "bad_country"
    padded = " " * 300 + "cn"  # past what is remembered: checked, not kept
    assert make(city="Guangzhou", country=padded).location.country == "CN"
    long_city = "Guang zhou " * 30  # past what is remembered, still clipped and checked
    assert (
        make(city=long_city, country="cn").location.city == " ".join(long_city.split())[:119] + "…"
    )
