"""Learning from the feed on SQLite and PostgreSQL: sources' statuses teach text-only events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.errors import PermissionDenied
from parceltrail.domain.text import classify
from parceltrail.domain.text_lessons import InvalidTextLesson
from parceltrail.domain.users import Role, User
from parceltrail.services import text_lessons
from parceltrail.services import tracking as tracking_service
from tests import factories

NUMBERS = ("LK123456785CN", "RR123456785CN", "CP123456785CN", "EE123456785CN")
START = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)
TEXT = "Kod zdarzenia PX-41 {n}"  # Polish: "event code"; unknown to rules and model (checked)


def test_the_taught_text_is_one_no_rule_or_model_knows() -> None:
    """The lessons below mean something only while the classifier leaves TEXT unanswered."""
    for n in (0, 1, 98, 99):
        assert classify(TEXT.format(n=n)) is None, "pick a TEXT the classifier does not know"


def post(app: App, items: list[dict[str, Any]], source: str) -> None:
    with app.uow() as uow:
        valid, rejected = tracking_service.parse_events(items, now=app.clock(), source=source)
        assert rejected == []
        tracking_service.ingest(uow=uow, actor=None, events=valid, now=app.clock())


def item(number: str, minutes: int, text: str, status: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "tracking_number": number,
        "occurred_at": (START + timedelta(minutes=minutes)).isoformat(),
        "description": text,
    }
    if status:
        body["status"] = status
    return body


def status_of(app: App, number: str) -> str:
    with app.uow() as uow:
        view = tracking_service.get_tracking(uow=uow, tracking_number=number, viewer=None)
        return str(view.to_json()["sub_status"])


@pytest.fixture
def seller(app: App) -> User:
    seller = factories.user(app, "seller@example.com")
    for index, number in enumerate(NUMBERS):
        factories.shipped(app, seller, number, reference=f"R-{index}")
    return seller


@pytest.fixture
def admin(app: App) -> User:
    return factories.user(app, "admin@example.com", Role.ADMIN)


def teach(app: App, status: str, times: int, start: int = 0) -> None:
    for n in range(start, start + times):
        post(app, [item(NUMBERS[n % 3], n, TEXT.format(n=n), status)], "aftership")


def test_three_agreeing_sources_teach_a_text_only_event(app: App, seller: User) -> None:
    teach(app, "available_for_pickup", 2)
    post(app, [item(NUMBERS[3], 100, TEXT.format(n=99))], "api")
    assert status_of(app, NUMBERS[3]) != "available_for_pickup"  # two are not enough

    teach(app, "available_for_pickup", 1, start=2)
    post(app, [item(NUMBERS[3], 101, TEXT.format(n=98))], "api")
    assert status_of(app, NUMBERS[3]) == "available_for_pickup"


def test_a_replayed_webhook_counts_once(app: App, seller: User, admin: User) -> None:
    replay = [item(NUMBERS[0], 5, TEXT.format(n=1), "available_for_pickup")]
    for _ in range(4):
        post(app, replay, "aftership")
    with app.uow() as uow:
        rows = text_lessons.review(uow, admin)
    assert [(r.key, r.observations, r.taught) for r in rows] == [("kod zdarzenia px-0 0", 1, None)]


def test_a_wrong_source_does_not_poison_and_an_admin_correction_wins(
    app: App, seller: User, admin: User
) -> None:
    teach(app, "available_for_pickup", 4)
    post(app, [item(NUMBERS[0], 50, TEXT.format(n=50), "delivered")], "17track")
    with app.uow() as uow:
        [row] = text_lessons.review(uow, admin)
    assert (row.taught, row.taught_by) == ("available_for_pickup", "agreement")
    assert {s.value: n for s, n in row.counts.items()} == {
        "available_for_pickup": 4,
        "delivered": 1,
    }
    # No rule knows these words, so the language is undetermined; corrections use it as shown.
    assert row.language == "und"

    with app.uow() as uow:
        text_lessons.correct(
            uow,
            admin,
            text="Kod zdarzenia PX-41 1",
            language="und",
            status="in_transit",
            now=app.clock(),
        )
    post(app, [item(NUMBERS[3], 60, TEXT.format(n=60))], "api")
    assert status_of(app, NUMBERS[3]) == "in_transit"
    with app.uow() as uow:
        assert text_lessons.review(uow, admin, state="correction")[0].taught == "in_transit"
        text_lessons.uncorrect(uow, admin, text="Kod zdarzenia PX-41 1", language=None)
        assert text_lessons.review(uow, admin)[0].taught_by == "agreement"


def test_export_then_import_into_another_deployment(app: App, seller: User, admin: User) -> None:
    teach(app, "available_for_pickup", 3)
    with app.uow() as uow:
        text_lessons.correct(
            uow, admin, text="Lähetys parkissa", language=None, status="none", now=app.clock()
        )
        exported = text_lessons.export_csv(uow, admin)
    assert exported.splitlines()[0] == "key,language,sample,counts,correction,taught"
    assert (
        "kod zdarzenia px-0 0,und,Kod zdarzenia PX-41 2,"
        "available_for_pickup=3,,available_for_pickup" in exported
    )

    with app.uow() as uow:  # the same rows again: counts are replaced, not added
        result = text_lessons.import_csv(uow, admin, exported, now=app.clock())
        rows = {r.key: r for r in text_lessons.review(uow, admin)}
    assert (result.lessons, result.corrections) == (2, 1)
    assert rows["kod zdarzenia px-0 0"].observations == 3
    assert rows["lahetys parkissa"].correction == "none"


def test_a_bad_import_names_its_line_and_keeps_nothing(app: App, admin: User) -> None:
    content = "key,language,counts\nfirst text,en,delivered=2\nsecond,en,teleported=1\n"
    with app.uow() as uow, pytest.raises(InvalidTextLesson, match="line 3: unknown status"):
        text_lessons.import_csv(uow, admin, content, now=app.clock())
    with app.uow() as uow:
        assert text_lessons.review(uow, admin) == []


def test_only_an_admin_reviews(app: App, seller: User) -> None:
    with app.uow() as uow, pytest.raises(PermissionDenied):
        text_lessons.review(uow, seller)


def test_a_batch_teaches_its_own_text_only_event_with_what_it_observed(
    app: App, seller: User
) -> None:
    """The batch's lessons are read before its observations are counted where they are read
    with its parcels (PostgreSQL, ``read_ahead``): they still count, as when read after."""
    teach(app, "available_for_pickup", 2)
    post(
        app,
        [
            item(NUMBERS[2], 30, TEXT.format(n=30), "available_for_pickup"),  # the third word
            item(NUMBERS[3], 31, TEXT.format(n=31)),
        ],
        "aftership",
    )
    assert status_of(app, NUMBERS[3]) == "available_for_pickup"
