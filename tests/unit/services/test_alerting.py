"""Telling one subscriber one fact (services/alerting.py): held for the digest or sent at once,
with signed links; on the in-memory unit of work."""

from __future__ import annotations

from parceltrail.domain.notifications import DeliveryMode, read_token
from parceltrail.services import alerts
from parceltrail.services.alerting import Fact, Links, tell
from parceltrail.services.notify_ports import Rendered
from tests.unit.services.conftest import T0
from tests.unit.services.fakes import FakeUnitOfWork
from tests.unit.services.test_digest import CHANNEL, SECRET, subscription


def test_links_are_signed_for_their_purpose() -> None:
    links = Links("https://pt.example", SECRET, T0)
    token = links.unsubscribe("sub_1").split("token=")[1]
    assert read_token(SECRET, alerts.UNSUBSCRIBE, token) == "sub_1"
    assert read_token(SECRET, alerts.CONFIRM, token) is None
    assert links.track("RR1") == "https://pt.example/track/RR1"
    assert links.order("ord_1") == "https://pt.example/orders/ord_1"


def test_tell_holds_the_fact_for_a_digest_subscriber_and_mails_the_others_at_once(
    uow: FakeUnitOfWork,
) -> None:
    links = Links("https://pt.example", SECRET, T0)
    fact = Fact(
        key="k1",
        topic="shipment.tracking_updated",
        kind="milestone",
        tracking_number="RR123456785CN",
        detail="Delivered.",
        link="https://pt.example/track/RR123456785CN",
    )
    seen: list[dict[str, str]] = []

    def rendered(urls: dict[str, str]) -> Rendered:
        seen.append(urls)
        return Rendered("Parcel delivered", "text", "<p>html</p>")

    with uow:
        tell(links, uow, subscription(uow, "sub_d", DeliveryMode.DIGEST), fact, rendered, T0)
    ((item, _),) = uow.store.digest_items.values()
    assert (item.key, item.headline, item.happened_at) == ("k1", "Parcel delivered", T0)
    assert uow.store.deliveries == {}
    fact_now = Fact("k2", fact.topic, fact.kind, fact.tracking_number, fact.detail, fact.link)
    at_once = subscription(uow, "sub_i", DeliveryMode.IMMEDIATE, channels=(CHANNEL,))
    with uow:
        tell(links, uow, at_once, fact_now, rendered, T0)
        tell(links, uow, at_once, fact_now, rendered, T0)  # the same fact: nothing new
    (mail, channel) = uow.store.deliveries.values()
    assert (mail.recipient, mail.subject, mail.content["unsubscribe_url"]) == (
        "fan@example.com",
        "Parcel delivered",
        seen[-1]["unsubscribe_url"],
    )
    assert seen[-1]["manage_url"].startswith("https://pt.example/alerts/manage?token=")
    assert channel.content["body"] == "Delivered.\nhttps://pt.example/track/RR123456785CN"
