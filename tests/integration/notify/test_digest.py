"""The daily digest over a real SMTP server: no per-event mail in digest mode, one digest per
recipient and day, nothing twice however often the sweep runs, nothing when nothing happened."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import func, select

from parceltrail.bootstrap import App
from parceltrail.domain.ids import new_id
from parceltrail.domain.notifications import (
    ALERT_MILESTONES,
    DeliveryMode,
    DigestItem,
    Subscription,
    SubscriptionKind,
    SubscriptionStatus,
)
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import new_event
from parceltrail.domain.users import Role
from parceltrail.jobs.sweeps import send_digests
from parceltrail.services import preferences, tracking
from parceltrail.services.digest import digest_day
from parceltrail.storage.tables import deliveries, digest_items
from tests import factories
from tests.integration.notify.conftest import SmtpServer, run, served

NUMBER = "1Z999AA10123456784"


def _digest_buyer(app: App) -> None:
    """A buyer who chose the daily digest before their order shipped."""
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    buyer = factories.user(app, "buyer@example.com", Role.BUYER)
    with app.uow() as uow:
        preferences.save_preferences(
            uow=uow,
            user=buyer,
            choices=preferences.Choices(mode="digest"),
            checker=app.channels,
            now=app.clock(),
        )
    factories.shipped(app, seller, NUMBER)


def _carrier_says(app: App, clock, *steps: tuple[str, str]) -> None:
    events = [
        (
            i,
            new_event(
                tracking_number=NUMBER,
                occurred_at=clock.now - timedelta(hours=5 - i),
                description=text,
                now=clock.now,
                sub_status=SubStatus(status),
            ),
        )
        for i, (status, text) in enumerate(steps)
    ]
    with app.uow() as uow:
        tracking.ingest(uow=uow, actor=None, events=events, now=clock.now)


def _digests(smtp: SmtpServer) -> list:
    return [m for m in smtp.inbox.messages if "digest" in str(m["Subject"])]


def test_digest_day_turns_at_the_configured_hour(clock) -> None:
    assert digest_day(clock.now.replace(hour=7, minute=59), 8) == "2026-11-27"
    assert digest_day(clock.now.replace(hour=8, minute=0), 8) == "2026-11-28"
    assert digest_day(clock.now.replace(hour=0, minute=0), 0) == "2026-11-28"


def test_digest_mode_sends_one_digest_a_day_exactly_once(
    napp: App, smtp: SmtpServer, clock
) -> None:
    _digest_buyer(napp)
    run(napp)
    _carrier_says(
        napp,
        clock,
        ("customs_started", "Customs <b>inspection</b>"),
        ("out_for_delivery", "With courier " + "x" * 5000),
    )
    run(napp)
    assert smtp.inbox.subjects() == ["Order R-1 confirmed"]  # nothing per event
    clock.advance(minutes=20)
    assert send_digests(napp.jobs) == 0  # held after today's 08:00: in tomorrow's digest
    clock.advance(hours=23)  # 08:20 the next day
    run(napp)
    [digest] = _digests(smtp)
    assert digest["Subject"] == "Your parcel digest of Nov 29, 2026: 3 updates"
    text = digest.get_body(("plain",)).get_content()
    html = digest.get_body(("html",)).get_content()
    assert "has shipped" in text
    assert f"Parcel {NUMBER} is in customs" in text
    assert f"Parcel {NUMBER} is out for delivery" in text
    assert "<b>inspection</b>" not in html
    assert len(html) < 8000
    assert digest["List-Unsubscribe"].startswith(
        "<http://127.0.0.1:8000/alerts/unsubscribe-digest?token="  # a page, not JSON
    )
    assert "/alerts/manage?token=" in text

    for _ in range(3):  # the sweep again, and again: nothing twice
        clock.advance(minutes=20)
        assert send_digests(napp.jobs) == 0
        run(napp)
    assert len(_digests(smtp)) == 1

    _carrier_says(napp, clock, ("delivered", "Delivered to the front door"))
    run(napp)  # held for the digest
    clock.advance(minutes=20)
    assert send_digests(napp.jobs) == 0  # today's left already: this waits for tomorrow's
    run(napp)
    assert len(_digests(smtp)) == 1
    clock.advance(hours=23)
    run(napp)
    assert [str(m["Subject"]) for m in _digests(smtp)][1] == (
        "Your parcel digest of Nov 30, 2026: 1 update"
    )
    clock.advance(days=1)
    run(napp)
    assert len(_digests(smtp)) == 2  # nothing happened: no mail
    with napp.engine.connect() as connection:
        waiting = connection.execute(
            select(func.count())
            .select_from(digest_items)
            .where(digest_items.c.digest_key.is_(None))
        ).scalar_one()
        digest_rows = connection.execute(
            select(func.count()).select_from(deliveries).where(deliveries.c.topic == "digest")
        ).scalar_one()
    assert (waiting, digest_rows) == (0, 2)


def test_the_digest_unsubscribe_link_stops_the_alerts_it_summarised(
    napp: App, smtp: SmtpServer, clock
) -> None:
    _digest_buyer(napp)
    run(napp)
    clock.advance(hours=23, minutes=20)
    run(napp)
    [digest] = _digests(smtp)
    link = digest["List-Unsubscribe"].strip("<>").replace("http://127.0.0.1:8000", "")
    with served(napp) as client:
        assert client.post(link.replace("token=", "token=x")).status_code == 404
        answer = client.post(link)  # RFC 8058 one-click
        assert answer.status_code == 200
        assert "Alerts stopped that came in the digest: 1." in answer.text
    _carrier_says(napp, clock, ("delivered", "Delivered"))
    clock.advance(days=1)
    run(napp)
    assert len(_digests(smtp)) == 1


def test_switching_back_to_immediate_mails_per_event_again(
    napp: App, smtp: SmtpServer, clock
) -> None:
    _digest_buyer(napp)
    run(napp)
    with napp.uow() as uow:
        buyer = uow.users.by_email("buyer@example.com")
        assert buyer is not None
        prefs = preferences.save_preferences(
            uow=uow,
            user=buyer,
            choices=preferences.Choices(mode="immediate", milestones=["delivered"]),
            checker=napp.channels,
            now=clock.now,
        )
    assert prefs.mode is DeliveryMode.IMMEDIATE
    _carrier_says(napp, clock, ("out_for_delivery", "With courier"), ("delivered", "Delivered"))
    run(napp)
    subjects = smtp.inbox.subjects()
    assert f"Parcel {NUMBER} was delivered" in subjects
    assert f"Parcel {NUMBER} is out for delivery" not in subjects  # not chosen any more
    clock.advance(hours=23, minutes=20)
    run(napp)
    [digest] = _digests(smtp)  # what was held before the switch still arrives, once
    assert "has shipped" in digest.get_body(("plain",)).get_content()
    assert re.search(r"1 update$", str(digest["Subject"]))


def _digest_reader(app: App, email: str) -> str:
    """An active alert subscription on NUMBER in digest mode; its id."""
    sub = Subscription(
        id=new_id("sub"),
        kind=SubscriptionKind.TRACKING,
        email=email,
        status=SubscriptionStatus.ACTIVE,
        milestones=ALERT_MILESTONES,
        created_at=app.clock(),
        tracking_number=NUMBER,
        problems=False,
        mode=DeliveryMode.DIGEST,
    )
    with app.uow() as uow:
        uow.alerts.add_subscription(sub)
    return sub.id


def _held(
    app: App, email: str, subscription_id: str, fact: str, at: datetime | None = None
) -> None:
    with app.uow() as uow:
        assert uow.digests.add(
            DigestItem(
                key=f"{email}-{fact}",
                recipient=email,
                subscription_id=subscription_id,
                kind="milestone",
                tracking_number=NUMBER,
                headline=fact,
                detail=fact,
                happened_at=at or app.clock(),
            )
        )


def test_recipients_whose_digest_left_today_do_not_hold_up_the_others(
    napp: App, smtp: SmtpServer, clock
) -> None:
    """A sweep takes a bounded number of recipients; those already served today, whose new
    items wait for tomorrow, must not fill that number for ever."""
    first = _digest_reader(napp, "a@example.com")
    second = _digest_reader(napp, "b@example.com")
    _held(napp, "a@example.com", first, "customs")
    clock.advance(hours=23)  # 08:00 the next day: yesterday's digests are due
    assert send_digests(napp.jobs, max_recipients=1) == 1  # a's digest of the day
    late = clock.now - timedelta(minutes=30)  # a scan from before the turn, polled late
    _held(napp, "a@example.com", first, "delivered", at=late)  # waits for a's next digest
    _held(napp, "b@example.com", second, "customs", at=late)
    clock.advance(minutes=15)
    assert send_digests(napp.jobs, max_recipients=1) == 1  # b's, although a sorts first
    run(napp)
    assert sorted(str(m["To"]) for m in _digests(smtp)) == ["a@example.com", "b@example.com"]
