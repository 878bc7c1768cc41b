"""Mail reaches a real SMTP server: right content, stable ids, nothing lost, nothing twice."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.domain.carriers import carrier_name
from parceltrail.domain.numbers import carrier_tracking_url
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import new_event
from parceltrail.domain.users import Role
from parceltrail.notify import render
from parceltrail.services import deliveries, tracking
from parceltrail.services.deliveries import queue_email
from parceltrail.storage import jobs_repository as store
from parceltrail.storage.tables import outbox
from tests import factories
from tests.integration.notify.conftest import SmtpServer, run

NUMBER = "1Z999AA10123456784"


def _ship(app: App) -> None:
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    factories.shipped(app, seller, NUMBER)


def _body(message: object, subtype: str) -> str:
    for part in message.walk():  # type: ignore[attr-defined]
        if part.get_content_type() == f"text/{subtype}":
            return str(part.get_content())
    raise AssertionError(subtype)


def test_dispatch_mail_arrives_with_number_and_links(napp: App, smtp: SmtpServer) -> None:
    _ship(napp)
    stats = run(napp)
    assert stats.dead == 0
    assert stats.failed == 0
    subjects = smtp.inbox.subjects()
    assert subjects == ["Order R-1 confirmed", f"Your order R-1 has shipped: {NUMBER}"]
    mail = smtp.inbox.messages[1]
    assert mail["To"] == "buyer@example.com"
    text, html = _body(mail, "plain"), _body(mail, "html")
    with napp.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
        assert seller is not None
        order = uow.orders.by_reference(seller.id, "R-1")
    assert order is not None
    button = f"Track your order: http://127.0.0.1:8000/orders/{order.id}"
    assert button in text  # one button, to the order page
    assert html.count(f'href="http://127.0.0.1:8000/orders/{order.id}"') == 1
    assert "Order R-1" in text
    assert f"{order.lines[0].quantity} x {order.lines[0].title}" in text  # its items
    assert "Manage alerts: http://127.0.0.1:8000/alerts/manage?token=" in text
    assert "Unsubscribe: http://127.0.0.1:8000/alerts/unsubscribe?token=" in text
    assert carrier_name("ups") in text
    assert NUMBER in html
    url = carrier_tracking_url("ups", NUMBER)
    assert url
    assert url in text
    assert mail["Message-ID"].startswith("<")
    assert mail["Date"]
    assert mail["List-Unsubscribe"].startswith("<http://127.0.0.1:8000/alerts/unsubscribe?")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_smtp_outage_delivers_everything_once_when_it_returns(
    napp: App, smtp: SmtpServer, clock
) -> None:
    smtp.down()
    _ship(napp)
    first = run(napp)
    assert first.failed == 2
    assert smtp.inbox.messages == []
    clock.advance(minutes=1)
    assert run(napp).failed == 2  # still down: retried, not lost
    smtp.up()
    clock.advance(hours=1)
    assert run(napp).done == 2
    clock.advance(hours=10)
    run(napp)
    assert len(smtp.inbox.messages) == 2
    # the two mails' fan-out and send jobs, and the health sweep's "not active yet" notice
    assert store.counts(napp.engine) == {"done": 5}


def _events(number: str, at, *steps: tuple[str, str]):
    return [
        (
            i,
            new_event(
                tracking_number=number,
                occurred_at=at + timedelta(hours=i),
                description=text,
                now=at + timedelta(days=1),
                sub_status=SubStatus(status),
            ),
        )
        for i, (status, text) in enumerate(steps)
    ]


def test_replayed_carrier_events_send_nothing_twice(napp: App, smtp: SmtpServer, clock) -> None:
    _ship(napp)
    run(napp)
    steps = _events(
        NUMBER,
        clock.now,
        ("customs_started", "Customs <b>inspection</b>"),
        ("out_for_delivery", "With courier " + "x" * 20000),
    )
    for _ in range(3):
        with napp.uow() as uow:
            tracking.ingest(uow=uow, actor=None, events=steps, now=clock.now)
        run(napp)
    subjects = smtp.inbox.subjects()
    assert subjects.count(f"Parcel {NUMBER} is in customs") == 1
    assert subjects.count(f"Parcel {NUMBER} is out for delivery") == 1
    html = _body(smtp.inbox.messages[-1], "html")
    assert "<b>inspection</b>" not in html
    assert len(html) < 5000


def test_crash_after_sending_resends_with_the_same_message_id(
    napp: App, smtp: SmtpServer, clock, monkeypatch
) -> None:
    real = deliveries.record
    crashes = {"left": 1}

    def crash_once(*, delivery, status, **kw):
        if status == "sent" and crashes["left"]:
            crashes["left"] -= 1
            raise RuntimeError("worker killed after sending")
        real(delivery=delivery, status=status, **kw)

    monkeypatch.setattr(deliveries, "record", crash_once)
    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    factories.order(napp, seller)
    run(napp)
    clock.advance(hours=1)
    run(napp)
    ids = [m["Message-ID"] for m in smtp.inbox.messages]
    assert len(ids) == 2
    assert ids[0] == ids[1]
    assert store.counts(napp.engine) == {"done": 2}


def test_invalid_address_and_header_injection_are_dead_lettered_with_a_reason(
    napp: App, smtp: SmtpServer, clock
) -> None:
    rendered = render.render("order_confirmed", "Hi\r\nBcc: victim@example.com", {"reference": "R"})
    with napp.uow() as uow:
        for n, to in enumerate(["bad\r\nBcc: x@evil.test", "not-an-address", "ok@example.com"]):
            queue_email(uow, key=f"k{n}", topic="t", to=to, rendered=rendered, now=clock.now)
    stats = run(napp)
    assert (stats.dead, stats.done) == (2, 1)
    [mail] = smtp.inbox.messages
    assert mail["Subject"] == "Hi Bcc: victim@example.com"
    assert mail["Bcc"] is None
    with napp.engine.connect() as connection:
        errors = (
            connection.execute(select(outbox.c.last_error).where(outbox.c.status == "dead"))
            .scalars()
            .all()
        )
    assert all("not an e-mail address" in error for error in errors)


OTHER = "RR987654312CN"


def test_one_batch_of_two_parcels_tells_each_buyer_once_even_when_one_fails_first(
    napp: App, smtp: SmtpServer, clock, monkeypatch
) -> None:
    """The batch's updates share one outbox row; one that fails is re-queued alone and told
    when its row runs, and the batch row's other parcel is told at once, once."""
    from parceltrail.services import fanout

    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    factories.shipped(napp, seller, NUMBER)
    factories.shipped(napp, seller, OTHER, "R-2", buyer="other@example.com")
    run(napp)
    steps = [
        *_events(NUMBER, clock.now, ("customs_started", "Held by customs")),
        *_events(OTHER, clock.now, ("customs_started", "Held by customs")),
    ]
    with napp.uow() as uow:
        tracking.ingest(uow=uow, actor=None, events=steps, now=clock.now)
    with napp.engine.connect() as connection:
        batch_id, topic = connection.execute(
            select(outbox.c.id, outbox.c.topic).order_by(outbox.c.id.desc())
        ).first()
    assert topic == "shipment.tracking_updated.batch"
    real = fanout.tracking_updated
    failures: list[str] = []

    def fails_once_for_number(uow, event):  # the batch's first update, on its first try
        if event.payload["tracking_number"] == NUMBER and not failures:
            failures.append(event.source)
            raise RuntimeError("not now")
        real(uow, event)

    monkeypatch.setattr(fanout, "tracking_updated", fails_once_for_number)
    assert run(napp).dead == 0
    assert failures == [f"{batch_id}.0"]
    with napp.engine.connect() as connection:
        rows = connection.execute(
            select(outbox.c.payload, outbox.c.status).where(
                outbox.c.topic == "shipment.tracking_updated"
            )
        ).all()
    # Re-queued alone, naming its fact as the batch row did, and run (due at once).
    assert [(r.payload["tracking_number"], r.payload["outbox_source"], r.status) for r in rows] == [
        (NUMBER, f"{batch_id}.0", "done")
    ]
    clock.advance(minutes=1)
    run(napp)
    subjects = smtp.inbox.subjects()
    assert subjects.count(f"Parcel {NUMBER} is in customs") == 1
    assert subjects.count(f"Parcel {OTHER} is in customs") == 1
