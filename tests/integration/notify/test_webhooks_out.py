"""Outbound webhooks to a real receiver on loopback: signed, retried, de-duplicated, disabled."""

from __future__ import annotations

import pytest

from parceltrail.bootstrap import App
from parceltrail.connectors import generic
from parceltrail.domain.users import Role
from parceltrail.services import deliveries, outbound
from parceltrail.storage import jobs_repository as store
from tests import factories
from tests.integration.notify.conftest import Receiver, SmtpServer, run

NUMBER = "1Z999AA10123456784"


def _endpoint(app: App, receiver: Receiver, events=("shipment.dispatched",)):
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    with app.uow() as uow:
        endpoint = outbound.register_endpoint(
            uow=uow, user=seller, url=receiver.url, events=list(events), now=app.clock()
        )
    return seller, endpoint


def test_webhook_is_signed_in_the_inbound_format_and_delivered_once(
    napp: App, receiver: Receiver, clock
) -> None:
    seller, endpoint = _endpoint(napp, receiver)
    factories.shipped(napp, seller, NUMBER)
    run(napp)
    [(headers, body)] = receiver.requests
    generic.verify(body, headers, secret=endpoint.secret, now=clock.now)  # raises if wrong
    [event] = receiver.processed.values()
    assert event["type"] == "shipment.dispatched"
    assert event["data"]["tracking_number"] == NUMBER


def test_receiver_down_then_500_then_back_gets_everything_once(
    napp: App, receiver: Receiver, clock
) -> None:
    seller, _ = _endpoint(napp, receiver)
    receiver.down()
    factories.shipped(napp, seller, NUMBER)
    assert run(napp).failed == 1
    receiver.up()
    receiver.mode = "500"
    clock.advance(minutes=5)
    assert run(napp).failed == 1
    receiver.mode = "ok"
    clock.advance(hours=2)
    run(napp)
    assert len(receiver.processed) == 1
    # ... plus the health sweep's "not active yet" notice, which this endpoint did not ask for
    assert store.counts(napp.engine) == {"done": 6}


def test_crash_after_post_is_deduplicated_by_the_receiver(
    napp: App, receiver: Receiver, clock, monkeypatch
) -> None:
    real = deliveries.record
    left = [1]

    def crash_once(*, delivery, status, **kw):
        if status == "sent" and delivery.channel == "webhook" and left[0]:
            left[0] -= 1
            raise RuntimeError("killed after the POST")
        real(delivery=delivery, status=status, **kw)

    monkeypatch.setattr(deliveries, "record", crash_once)
    seller, _ = _endpoint(napp, receiver)
    factories.shipped(napp, seller, NUMBER)
    run(napp)
    clock.advance(hours=1)
    run(napp)
    assert len(receiver.requests) == 2
    assert len(receiver.processed) == 1


def test_redirecting_receiver_is_dead_lettered_then_disabled_with_a_notice(
    napp: App, receiver: Receiver, smtp: SmtpServer, clock
) -> None:
    seller, endpoint = _endpoint(napp, receiver, events=["*"])
    receiver.mode = "redirect"
    factories.shipped(napp, seller, NUMBER)  # order.created and shipment.dispatched: 2 deaths
    stats = run(napp)
    assert stats.dead == 2
    with napp.uow() as uow:
        found = uow.alerts.endpoint(endpoint.id)
        jobs = uow.deliveries.jobs(["dead"], 10)
    assert found is not None
    assert found.status == "disabled"
    assert "redirected (301)" in (found.disabled_reason or "")
    assert all("redirects are not followed" in job["last_error"] for job in jobs)
    assert "Webhook endpoint disabled" in smtp.inbox.subjects()
    # fixed: enable and redeliver; the receiver gets it with the original idempotency key
    receiver.mode = "ok"
    with napp.uow() as uow:
        outbound.set_enabled(uow=uow, user=seller, endpoint_id=endpoint.id, enabled=True)
        [first, *_] = outbound.deliveries(uow=uow, user=seller, endpoint_id=endpoint.id, limit=5)
        outbound.redeliver(
            uow=uow, user=seller, endpoint_id=endpoint.id, delivery_id=first.id, now=clock.now
        )
    run(napp)
    assert list(receiver.processed) == [first.idempotency_key]


def test_private_and_loopback_receivers_are_refused_unless_allowed(app: App, receiver) -> None:
    from parceltrail.notify.errors import DeliveryFailed
    from parceltrail.notify.webhooks import WebhookPoster

    poster = WebhookPoster(timeout=2.0)
    for url in (receiver.url, "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/x"):
        with pytest.raises(DeliveryFailed, match="private or local address") as caught:
            poster.post(url, b"{}", secret="s", key="k", topic="t", now=app.clock())
        assert caught.value.permanent
    assert not receiver.processed
    poster.close()


def test_a_name_that_turns_private_after_the_check_is_refused_when_connecting(
    app: App, receiver, monkeypatch
) -> None:
    """DNS rebinding: the name was public when checked, and points inside when connecting.
    The check is passed over here (as a rebinding name would pass it); the connection is not."""
    from parceltrail.notify import webhooks
    from parceltrail.notify.errors import DeliveryFailed

    monkeypatch.setattr(webhooks, "_public_only", lambda url: None)
    poster = webhooks.WebhookPoster(timeout=2.0)
    with pytest.raises(DeliveryFailed, match="when connecting") as caught:
        poster.post(receiver.url, b"{}", secret="s", key="k", topic="t", now=app.clock())
    assert caught.value.permanent
    assert not receiver.processed
    poster.close()


def test_a_host_name_that_cannot_be_encoded_is_refused_for_good_with_the_reason(app: App) -> None:
    from parceltrail.notify.errors import DeliveryFailed
    from parceltrail.notify.webhooks import WebhookPoster, non_public_address

    too_long_label = "a" * 70 + ".example.com"
    assert non_public_address(too_long_label) == f"{too_long_label!r} is not a valid host name"
    poster = WebhookPoster(timeout=2.0)
    with pytest.raises(DeliveryFailed, match="is not a valid host name") as caught:
        poster.post(
            f"https://{too_long_label}/hook",
            b"{}",
            secret="s",
            key="k",
            topic="t",
            now=app.clock(),
        )
    assert caught.value.permanent
    poster.close()
