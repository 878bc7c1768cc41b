"""Daily digests (services/digest.py), on the in-memory unit of work with the real templates."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from parceltrail.domain.notifications import (
    DeliveryMode,
    DigestItem,
    Subscription,
    SubscriptionKind,
    SubscriptionStatus,
    channel_id,
)
from parceltrail.notify import render
from parceltrail.services import digest
from parceltrail.services.alerting import Links
from tests.unit.services.conftest import T0
from tests.unit.services.fakes import FakeUnitOfWork

HOUR = 7  # the configured hour (UTC) a day's digest leaves; T0 is 08:00
SECRET = "a-test-secret-of-some-length"
CHANNEL = "ntfy://ntfy.example.com/parcels"


def subscription(
    uow: FakeUnitOfWork, sub_id: str, mode: DeliveryMode, channels: tuple[str, ...] = ()
) -> Subscription:
    sub = Subscription(
        sub_id,
        SubscriptionKind.TRACKING,
        "fan@example.com",
        SubscriptionStatus.ACTIVE,
        ("delivered",),
        T0,
        tracking_number="RR123456785CN",
        mode=mode,
        channels=channels,
    )
    uow.store.subscriptions[sub.id] = sub
    return sub


def hold(uow: FakeUnitOfWork, key: str, sub_id: str, hours_before: int) -> None:
    uow.store.digest_items[key] = (
        DigestItem(
            key,
            "fan@example.com",
            sub_id,
            "milestone",
            "RR123456785CN",
            f"headline {key}",
            "detail",
            T0 - timedelta(hours=hours_before),
        ),
        None,
    )


def send(uow: FakeUnitOfWork, hours_later: int = 0) -> int:
    now = T0 + timedelta(hours=hours_later)
    wording = digest.Wording(templates=render, links=Links("https://pt.example", SECRET, now))
    return digest.send_digests(uow_factory=uow.factory, wording=wording, hour=HOUR, now=now)


def test_the_slot_is_the_last_time_the_configured_hour_passed() -> None:
    assert digest.digest_slot(T0, HOUR) == T0.replace(hour=7)
    assert digest.digest_slot(T0, 9) == T0.replace(hour=9) - timedelta(days=1)
    assert digest.digest_day(T0, 9) == "2026-11-09"


def test_one_mail_a_day_holds_what_happened_before_the_hour_and_runs_again_send_nothing(
    uow: FakeUnitOfWork,
) -> None:
    subscription(uow, "sub_a", DeliveryMode.DIGEST, channels=(CHANNEL,))
    hold(uow, "early", "sub_a", hours_before=3)
    hold(uow, "late", "sub_a", hours_before=0)  # 08:00, after today's 07:00: tomorrow's
    assert send(uow) == 1
    assert send(uow, hours_later=1) == 0  # the same day's digest left already
    (mail, channel) = uow.store.deliveries.values()
    assert (mail.channel, mail.recipient, mail.subject) == (
        "email",
        "fan@example.com",
        "Your parcel digest of Nov 10, 2026: 1 update",
    )
    assert "headline early" in mail.content["text"]
    assert "late" not in mail.content["text"]
    assert (channel.channel, channel.recipient) == ("apprise", channel_id(CHANNEL))
    assert channel.content["body"] == "RR123456785CN: headline early"
    held = {key: taken for key, (_, taken) in uow.store.digest_items.items()}
    assert held["early"] is not None
    assert held["late"] is None


def test_items_of_an_ended_subscription_are_dropped_and_nothing_is_mailed(
    uow: FakeUnitOfWork,
) -> None:
    sub = subscription(uow, "sub_a", DeliveryMode.DIGEST)
    sub.status = SubscriptionStatus.UNSUBSCRIBED
    hold(uow, "early", "sub_a", hours_before=3)
    assert send(uow) == 0
    assert uow.store.deliveries == {}
    assert uow.store.digest_items["early"][1] == digest.DROPPED


def test_an_address_without_an_account_reads_it_in_the_language_and_zone_it_asked_in(
    uow: FakeUnitOfWork,
) -> None:
    sub = subscription(uow, "sub_a", DeliveryMode.DIGEST)
    uow.store.subscriptions[sub.id] = replace(sub, language="pl", time_zone="Europe/Warsaw")
    hold(uow, "early", "sub_a", hours_before=3)  # 05:00 UTC: 06:00 in Warsaw
    hold(uow, "earlier", "sub_a", hours_before=4)
    assert send(uow) == 1
    (mail,) = uow.store.deliveries.values()
    assert mail.subject == "Twoje podsumowanie przesyłek z 10 lis 2026: aktualizacje: 2"
    assert "10 lis, 06:00 CET" in mail.content["text"]


def test_with_nothing_said_the_digest_is_in_the_shops_language(uow: FakeUnitOfWork) -> None:
    subscription(uow, "sub_a", DeliveryMode.DIGEST)
    hold(uow, "early", "sub_a", hours_before=3)
    now = T0
    wording = digest.Wording(
        templates=render, links=Links("https://pt.example", SECRET, now), language="de"
    )
    assert digest.send_digests(uow_factory=uow.factory, wording=wording, hour=HOUR, now=now) == 1
    (mail,) = uow.store.deliveries.values()
    assert mail.subject == "Ihre Sendungsübersicht vom 10.11.2026: 1 Aktualisierung"
    assert "05:00 UTC" in mail.content["text"]
