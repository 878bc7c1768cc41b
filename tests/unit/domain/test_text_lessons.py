"""Text lessons: the normalised key, the agreement that teaches, corrections, which events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text_lessons import (
    AGREEMENT,
    MIN_AGREEING,
    Correction,
    InvalidTextLesson,
    Observation,
    TextLesson,
    checked_language,
    lesson_key,
    observation_of,
    parse_status,
    taught,
    wants_lesson,
)
from parceltrail.domain.tracking import TrackingEvent, new_event

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def lesson(**counts: int) -> TextLesson:
    return TextLesson(
        "paczka w skrytce 0", "pl", "Paczka w skrytce 12", {S(k): v for k, v in counts.items()}
    )


def event(
    description: str | None, status: S | None = None, source: str = "aftership"
) -> TrackingEvent:
    return new_event(
        tracking_number="LK123456785CN",
        occurred_at=NOW,
        description=description,
        sub_status=status,
        source=source,
        now=NOW,
    )


def test_the_key_folds_case_accents_and_numbers() -> None:
    assert (
        lesson_key("Paczka w SKRYTCE 12")
        == lesson_key("paczka w skrytce 7")
        == "paczka w skrytce 0"
    )
    assert lesson_key("Zásilka  uložena ") == "zasilka ulozena"
    assert len(lesson_key("x" * 5000)) == 200
    assert lesson_key("") == ""


def test_thresholds_are_what_the_docs_say() -> None:
    assert (MIN_AGREEING, AGREEMENT) == (3, 0.8)


def test_two_agreeing_sources_do_not_teach_yet_three_do() -> None:
    assert lesson(available_for_pickup=2).status is None
    assert lesson(available_for_pickup=2).taught_by == "undecided"
    assert lesson(available_for_pickup=3).status is S.AVAILABLE_FOR_PICKUP
    assert lesson(available_for_pickup=3).taught_by == "agreement"


def test_one_wrong_source_among_many_does_not_poison_the_lesson() -> None:
    assert lesson(available_for_pickup=4, delivered=1).status is S.AVAILABLE_FOR_PICKUP


def test_sources_that_disagree_teach_nothing() -> None:
    assert lesson(available_for_pickup=3, delivered=1).status is None  # 75% < 80%
    assert lesson(available_for_pickup=5, delivered=5).status is None


def test_an_admin_correction_wins_over_any_agreement() -> None:
    corrected = TextLesson(
        "k", "pl", "k", {S.DELIVERED: 50}, Correction(S.AVAILABLE_FOR_PICKUP, "admin", NOW)
    )
    assert corrected.status is S.AVAILABLE_FOR_PICKUP
    assert corrected.taught_by == "correction"
    silenced = TextLesson("k", "pl", "k", {S.DELIVERED: 50}, Correction(None, "admin", NOW))
    assert silenced.status is None


def test_observed_counts_only_its_own_text() -> None:
    base = lesson(delivered=1)
    mine = Observation(base.key, "pl", "x", S.DELIVERED)
    other = Observation("something else", "pl", "x", S.LOST)
    assert base.observed([mine, mine, other]).counts == {S.DELIVERED: 3}


def test_an_aggregator_event_with_its_own_status_is_observed() -> None:
    found = observation_of(event("Paczka w skrytce 12", S.AVAILABLE_FOR_PICKUP))
    assert found is not None
    assert (found.key, found.sub_status, found.sample) == (
        "paczka w skrytce 0",
        S.AVAILABLE_FOR_PICKUP,
        "Paczka w skrytce 12",
    )


@pytest.mark.parametrize(
    ("description", "status", "source"),
    [
        ("Paczka w skrytce 12", None, "aftership"),  # no status of its own
        ("Delivered", None, "17track"),  # status read from the text: would echo the rules
        ("Paczka w skrytce 12", S.DELIVERED, "api"),  # a seller's word, not a source's mapping
        ("Paczka w skrytce 12", S.DELIVERED, "karrio"),  # karrio's status may come from the text
        (None, S.DELIVERED, "aftership"),  # no text: the description is the status word
    ],
)
def test_what_is_not_observed(description: str | None, status: S | None, source: str) -> None:
    assert observation_of(event(description, status, source)) is None


def test_only_text_only_events_want_a_lesson_and_take_it() -> None:
    alone = event("Paczka w skrytce 3", source="api")
    assert wants_lesson(alone)
    assert not wants_lesson(event("Paczka w skrytce 3", S.DELIVERED))
    assert taught(alone, lesson(available_for_pickup=3)).sub_status is S.AVAILABLE_FOR_PICKUP
    assert taught(alone, lesson(available_for_pickup=2)) is alone
    assert taught(alone, None) is alone


def test_a_correction_to_none_removes_a_status_read_from_the_text() -> None:
    read = event("Delivered", source="api")
    assert read.sub_status is S.DELIVERED
    silenced = TextLesson("delivered", "en", "Delivered", {}, Correction(None, "admin", NOW))
    assert taught(read, silenced).sub_status is None


def test_status_and_language_words_from_outside() -> None:
    assert parse_status(" Delivered ") is S.DELIVERED
    assert parse_status("none") is None
    assert parse_status("") is None
    with pytest.raises(InvalidTextLesson, match="use one of"):
        parse_status("teleported")
    assert checked_language("") == "und"
    assert checked_language("PT-br") == "pt-br"
    with pytest.raises(InvalidTextLesson, match="code such as"):
        checked_language("<script>")
