"""Text lessons at their edges: keys, the agreement's exact thresholds, ties, samples, and
the words accepted from outside."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text_lessons import (
    MAX_KEY_CHARS,
    MAX_SAMPLE_CHARS,
    Correction,
    InvalidTextLesson,
    Observation,
    TextLesson,
    checked_language,
    lesson_key,
    observation_of,
    parse_status,
    taught,
)
from parceltrail.domain.tracking import new_event

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
TEXT = "Paczka w skrytce 12"  # InPost (pl), as the other lesson tests use it


def _lesson(counts: dict[S, int], correction: Correction | None = None) -> TextLesson:
    return TextLesson("paczka w skrytce 0", "pl", TEXT, counts, correction)


def test_a_key_is_cut_after_folding_and_trimmed() -> None:
    assert lesson_key("  Depot 12  ") == "depot 0"
    assert lesson_key("Depot 7") == lesson_key("depot 123456")
    assert lesson_key(12) == ""  # type: ignore[arg-type]
    long = "ab " * 150  # 450 characters: folding reads the first 400, the key keeps 200
    key = lesson_key(long)
    assert len(key) <= MAX_KEY_CHARS
    assert key == ("ab " * 150)[:MAX_KEY_CHARS].strip()
    # Digits become one 0 after the cut is folded, so a run of digits counts once.
    assert lesson_key("9" * 1000) == "0"


def test_three_agreeing_of_which_at_least_eight_in_ten() -> None:
    assert _lesson({S.DELIVERED: 3}).agreed is S.DELIVERED
    assert _lesson({S.DELIVERED: 4, S.LOST: 1}).agreed is S.DELIVERED  # exactly 80%
    assert _lesson({S.DELIVERED: 7, S.LOST: 2}).agreed is None  # 77.8%
    assert _lesson({S.DELIVERED: 8, S.LOST: 2}).agreed is S.DELIVERED
    assert _lesson({}).agreed is None
    assert _lesson({}).leader is None
    assert _lesson({S.DELIVERED: 4, S.LOST: 1}).observations == 5


def test_a_tie_leads_with_the_status_earlier_in_the_taxonomy() -> None:
    assert _lesson({S.LOST: 2, S.IN_TRANSIT: 2}).leader is S.IN_TRANSIT
    assert _lesson({S.IN_TRANSIT: 2, S.LOST: 2}).leader is S.IN_TRANSIT
    assert _lesson({S.LOST: 3, S.IN_TRANSIT: 2}).leader is S.LOST


def test_a_correction_teaches_whatever_the_counts_say() -> None:
    corrected = _lesson({}, Correction(S.LOST, "usr_admin", NOW))
    assert corrected.status is S.LOST
    assert corrected.taught_by == "correction"
    undecided = _lesson({S.LOST: 1})
    assert (undecided.status, undecided.taught_by) == (None, "undecided")


def test_observing_keeps_the_lesson_and_adds_to_its_counts() -> None:
    base = _lesson({S.DELIVERED: 1}, Correction(None, "usr_admin", NOW))
    mine = Observation(base.key, "pl", TEXT, S.DELIVERED)
    more = base.observed([mine, replace(mine, sub_status=S.LOST)])
    assert more.counts == {S.DELIVERED: 2, S.LOST: 1}
    assert (more.key, more.language, more.sample, more.correction) == (
        base.key,
        "pl",
        TEXT,
        base.correction,
    )
    assert base.counts == {S.DELIVERED: 1}


def test_an_observation_keeps_a_bounded_sample_and_the_texts_language() -> None:
    long = "Zustellung an Nachbarn " + "x" * 400  # DHL Paket (karrio fixtures), made long
    found = observation_of(
        new_event(
            tracking_number="LK123456785CN",
            occurred_at=NOW,
            description=long,
            sub_status=S.AVAILABLE_FOR_PICKUP,
            source="17track",
            now=NOW,
        )
    )
    assert found is not None
    assert found.sample == long[:MAX_SAMPLE_CHARS]
    assert found.language == "de"


def test_a_lesson_that_teaches_the_events_own_status_leaves_it_as_it_is() -> None:
    read = new_event(
        tracking_number="LK123456785CN",
        occurred_at=NOW,
        description=TEXT,
        sub_status=None,
        source="17track",
        now=NOW,
    )
    assert read.status_from_text
    same = replace(read, sub_status=S.DELIVERED)
    assert taught(same, _lesson({S.DELIVERED: 3})) is same
    assert taught(same, _lesson({S.LOST: 3})).sub_status is S.LOST


def test_status_words_from_outside() -> None:
    assert parse_status(None) is None
    assert parse_status(" NONE ") is None
    assert parse_status("  ") is None
    assert parse_status(S.LOST) is S.LOST
    with pytest.raises(InvalidTextLesson) as raised:
        parse_status("teleported to the moon and back again, twice over")
    assert raised.value.reason == "unknown_status"
    assert raised.value.details == {"reason": "unknown_status"}
    assert str(raised.value).startswith(
        "unknown status 'teleported to the moon and back again, t'; use one of: pending, "
    )
    assert str(raised.value).endswith(", expired, or none")
    with pytest.raises(InvalidTextLesson):
        parse_status(5)


def test_language_words_from_outside() -> None:
    assert checked_language(None) == "und"
    assert checked_language("  ") == "und"
    assert checked_language(" ZH-Hant-TW ") == "zh-hant-"  # at most eight characters
    assert checked_language("sr-latn1") == "sr-latn1"
    for wrong in ("en_GB", "pt br", "日本"):
        with pytest.raises(InvalidTextLesson) as raised:
            checked_language(wrong)
        assert raised.value.reason == "bad_language"
    with pytest.raises(InvalidTextLesson) as message:
        checked_language("en_GB")
    assert str(message.value) == "language 'en_gb' is not a code such as en, de or zh"
