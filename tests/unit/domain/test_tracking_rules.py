"""Incoming events at their limits: bounds on every text field, the accepted time range at its
exact edges, country codes, stored identities that must never change, and status words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from parceltrail.domain.errors import InvalidEvent, InvalidTrackingNumber
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import (
    EARLIEST,
    FUTURE_TOLERANCE,
    Location,
    TrackingEvent,
    checked_number,
    event_key,
    new_event,
    normalize_tracking_number,
    parse_sub_status,
    said_by,
)

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
AT = datetime(2026, 11, 27, 1, 30, tzinfo=UTC)
TINY = timedelta(microseconds=1)


def make(**overrides: object) -> TrackingEvent:
    fields: dict[str, object] = {
        "tracking_number": "LK123456785CN",
        "occurred_at": AT,
        "description": "Departure from outward office of exchange",
        "now": NOW,
    }
    fields.update(overrides)
    return new_event(**fields)  # type: ignore[arg-type]


def refusal(**overrides: object) -> InvalidEvent:
    with pytest.raises(InvalidEvent) as caught:
        make(**overrides)
    return caught.value


@pytest.mark.parametrize(
    ("raw", "number"),
    [("LK123456785CN", "LK123456785CN"), ("lk 123-456/785.cn", "LK123456785CN"), ("1z9", "1Z9")],
)
def test_tracking_numbers_are_upper_case_letters_and_digits(raw: str, number: str) -> None:
    assert normalize_tracking_number(raw) == number


def test_a_tracking_number_of_64_characters_is_the_longest_accepted() -> None:
    assert make(tracking_number="9" * 64).tracking_number == "9" * 64
    refused = refusal(tracking_number="9" * 65)
    assert refused.message == "tracking_number must have 1 to 64 letters or digits"
    assert refused.details == {"reason": "bad_tracking_number"}


def test_stored_event_identities_never_change() -> None:
    # Keys are stored with every event and deduplicate replays: the same event must keep the
    # same key across versions. Values recorded from this implementation.
    text_key = "aeb2fef8e4e55361cb202162cb678ea6"
    assert make().key == text_key
    direct = event_key(
        "LK123456785CN", AT, "Departure from outward office of exchange", "api", None
    )
    assert direct == text_key
    assert make(description="departure FROM outward office of exchange").key == text_key
    assert make(source="aftership").key == text_key  # without an id, the source does not count
    by_id = make(source="aftership", source_id="chk-1", description="x").key
    assert by_id == "2cac4a3a0ffaa55f9f78ee1eedc34777"
    assert make(source="easypost", source_id="chk-1", description="x").key != by_id


def test_the_key_counts_whole_seconds_only() -> None:
    assert make(occurred_at=AT + timedelta(milliseconds=400)).key == make().key
    assert make(occurred_at=AT + timedelta(seconds=1)).key != make().key


def test_texts_are_collapsed_trimmed_and_bounded_with_an_ellipsis() -> None:
    event = make(
        description=" a \t b\n\nc ",
        city="  São   Paulo ",
        postal_code=" 01000-000 ",
        carrier=" correios ",
        raw_code=" BDE 01 ",
    )
    assert event.description == "a b c"
    assert event.location == Location("São Paulo", None, "01000-000")
    assert (event.carrier, event.raw_code) == ("correios", "BDE 01")


@pytest.mark.parametrize(
    ("field", "limit"),
    [("city", 120), ("postal_code", 20), ("carrier", 64), ("raw_code", 64), ("source", 64)],
)
def test_each_text_field_keeps_its_limit_and_shortens_past_it(field: str, limit: int) -> None:
    def read(event: TrackingEvent) -> str | None:
        return getattr(event.location, field, None) or getattr(event, field, None)

    assert read(make(**{field: "x" * limit})) == "x" * limit
    assert read(make(**{field: "x" * (limit + 1)})) == "x" * (limit - 1) + "…"


def test_a_description_at_its_limit_is_kept_and_past_it_shortened() -> None:
    assert make(description="d" * 1000).description == "d" * 1000
    assert make(description="d" * 1001).description == "d" * 999 + "…"
    assert make(description=" " * 300 + "d" * 1001).description == "d" * 999 + "…"  # long path


def test_a_source_id_is_bounded_and_blank_fields_are_dropped() -> None:
    event = make(source_id="s" * 201, city="   ", carrier="", source="  ")
    assert event.source_id == "s" * 199 + "…"
    assert (event.location.city, event.carrier, event.source) == (None, None, "api")


def test_an_event_at_exactly_26_hours_ahead_is_accepted_and_a_moment_later_refused() -> None:
    assert timedelta(hours=26) == FUTURE_TOLERANCE
    assert make(occurred_at=NOW + FUTURE_TOLERANCE).occurred_at == NOW + FUTURE_TOLERANCE
    refused = refusal(occurred_at=NOW + FUTURE_TOLERANCE + TINY)
    assert refused.message == (
        "occurred_at 2026-11-29T14:00:00.000001+00:00 is more than a day in the future; "
        "check the time zone offset"
    )
    assert refused.details == {"reason": "time_in_future"}


def test_an_event_at_exactly_the_start_of_1990_is_accepted_and_a_moment_earlier_refused() -> None:
    assert datetime(1990, 1, 1, tzinfo=UTC) == EARLIEST
    assert make(occurred_at=EARLIEST).occurred_at == EARLIEST
    refused = refusal(occurred_at=EARLIEST - TINY)
    assert refused.message == "occurred_at 1989-12-31T23:59:59.999999+00:00 is before 1990"
    assert refused.details == {"reason": "time_too_old"}


def test_the_future_limit_applies_to_the_utc_instant_not_the_local_time() -> None:
    east = timezone(timedelta(hours=14))
    moment = (NOW + timedelta(hours=25)).astimezone(east)  # its local clock reads 39 h ahead
    event = make(occurred_at=moment)
    assert event.occurred_at == NOW + timedelta(hours=25)
    assert event.utc_offset_minutes == 14 * 60


@pytest.mark.parametrize(
    ("moment", "reason", "message"),
    [
        (
            datetime(1, 1, 1, 1, tzinfo=timezone(timedelta(hours=5))),
            "time_too_old",
            "occurred_at 0001-01-01T01:00:00+05:00 is before 1990",
        ),
        (
            datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-5))),
            "time_in_future",
            "occurred_at 9999-12-31T23:00:00-05:00 is more than a day in the future; "
            "check the time zone offset",
        ),
        (
            datetime(2026, 11, 27, 9, 30),
            "time_without_offset",
            "a time without a UTC offset is ambiguous; give one, e.g. +08:00 or Z",
        ),
    ],
)
def test_times_outside_what_utc_can_hold_are_refused_saying_why(
    moment: datetime, reason: str, message: str
) -> None:
    refused = refusal(occurred_at=moment)
    assert (refused.message, refused.details) == (message, {"reason": reason})


@pytest.mark.parametrize(("given", "code"), [(None, None), ("  ", None), (" de ", "DE")])
def test_country_codes_are_two_upper_case_letters_or_nothing(
    given: str | None, code: str | None
) -> None:
    assert make(country=given).location.country == code


@pytest.mark.parametrize("given", ["D", "DEU", "D1", "ÄÖ", "12"])
def test_other_country_codes_are_refused(given: str) -> None:
    refused = refusal(country=given)
    assert refused.message == (
        f"country {given!r} is not an ISO 3166 two-letter code such as CN or DE"
    )
    assert refused.details == {"reason": "bad_country"}


def test_a_long_country_is_quoted_only_in_part() -> None:
    assert refusal(country="C" * 50).message.startswith(f"country {'C' * 20!r} is not")


def test_an_event_needs_a_description_or_a_status() -> None:
    refused = refusal(description="  ")
    assert refused.message == "an event needs a description or a status"
    assert refused.details == {"reason": "empty_event"}


def test_a_given_status_is_kept_and_a_missing_one_is_read_from_the_text() -> None:
    assert make(description="Delivered", sub_status=SubStatus.IN_TRANSIT).sub_status is (
        SubStatus.IN_TRANSIT
    )
    assert make(description="Delivered to the recipient").sub_status is SubStatus.DELIVERED
    long_text = "Delivered to the recipient. " + "Thank you for shipping with us. " * 10
    assert len(long_text) > 256
    assert make(description=long_text).sub_status is SubStatus.DELIVERED
    assert make(description="Scan 4471-B").sub_status is None


def test_an_event_keeps_its_source_and_the_carriers_offset() -> None:
    event = make(
        occurred_at=datetime(2026, 11, 27, 9, 30, tzinfo=timezone(timedelta(hours=8))),
        source="webhook",
        source_id="evt-9",
    )
    assert (event.occurred_at, event.utc_offset_minutes) == (AT, 480)
    assert (event.source, event.source_id) == ("webhook", "evt-9")
    assert make().utc_offset_minutes == 0
    assert (make().source, make().source_id) == ("api", None)  # posted through the API


@pytest.mark.parametrize(
    ("location", "text"),
    [
        (Location("Guangzhou", "CN", "510000"), "Guangzhou, 510000, CN"),
        (Location(None, "CN"), "CN"),
        (Location("Berlin"), "Berlin"),
        (Location(), ""),
    ],
)
def test_a_location_reads_city_postal_code_country(location: Location, text: str) -> None:
    assert str(location) == text


def test_events_sort_by_time_then_journey_then_key() -> None:
    first = make(sub_status=SubStatus.ACCEPTED, description="a")
    later_step = make(sub_status=SubStatus.DEPARTED_ORIGIN, description="b")
    unclassified = make(description="Scan 4471-B")
    assert first.sort_key < later_step.sort_key
    assert unclassified.sort_key[1] == make(sub_status=SubStatus.IN_TRANSIT).sort_key[1]
    assert unclassified.sort_key == (AT, unclassified.sort_key[1], unclassified.key)
    assert make(occurred_at=AT - TINY, sub_status=SubStatus.LOST).sort_key < first.sort_key


@pytest.mark.parametrize(
    ("word", "sub"),
    [
        ("delivered", SubStatus.DELIVERED),
        (" Out_For_Delivery ", SubStatus.OUT_FOR_DELIVERY),
        (SubStatus.LOST, SubStatus.LOST),
        ("", None),
        (None, None),
    ],
)
def test_status_words_from_outside(word: object, sub: SubStatus | None) -> None:
    assert parse_sub_status(word) is sub


@pytest.mark.parametrize("word", ["teleported", 7, "x" * 60])
def test_unknown_status_words_are_refused_listing_the_known_ones(word: object) -> None:
    with pytest.raises(InvalidEvent) as caught:
        parse_sub_status(word)
    known = ", ".join(s.value for s in SubStatus)
    assert caught.value.message == (f"unknown status {str(word)[:40]!r}; use one of: {known}")
    assert caught.value.details == {"reason": "unknown_status"}


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("karrio", "carrier"),
        ("simulator", "carrier"),
        ("demo", "carrier"),
        ("aftership", "aggregator"),
        ("17track", "aggregator"),
        ("easypost", "aggregator"),
        ("generic", "aggregator"),
        ("api", "seller"),
        ("import", "seller"),
        ("Karrio", "seller"),  # sources are stored as given: only known ones count
    ],
)
def test_who_an_events_source_speaks_for(source: str, speaker: str) -> None:
    assert said_by(source) == speaker
    assert make(source=source).said_by == speaker


def test_a_typed_number_is_normalized_and_bounded() -> None:
    assert checked_number(" lk 123-456 785cn ") == "LK123456785CN"
    assert checked_number("9" * 64) == "9" * 64
    with pytest.raises(InvalidTrackingNumber) as too_long:
        checked_number("9" * 65)
    assert too_long.value.message == (
        "tracking_number has 65 characters; no carrier uses more than 64"
    )
    for empty in ("", " - ", None):
        with pytest.raises(InvalidTrackingNumber) as refused:
            checked_number(empty)  # type: ignore[arg-type]
        assert refused.value.message == (
            "tracking_number is empty; copy it from the carrier's label"
        )
