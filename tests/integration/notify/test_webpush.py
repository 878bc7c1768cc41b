"""Web Push as an alert channel, sent to a loopback push-service stand-in that checks the
VAPID token (RFC 8292) and decrypts the payload (RFC 8291) as a browser would."""

from __future__ import annotations

import json

import pytest

from parceltrail.domain.errors import ValidationFailed
from parceltrail.notify.errors import DeliveryFailed
from parceltrail.notify.webpush import AlertChannels, channel_url, generate_keys, public_key_of
from tests.pushservice import Browser, push_service


@pytest.fixture
def keys():
    return generate_keys()


def test_a_push_arrives_signed_and_encrypted_for_that_browser(keys) -> None:
    browser = Browser()
    channels = AlertChannels(
        allow_private=True,
        vapid_private_key=keys.private_key,
        vapid_subject="mailto:ops@example.com",
    )
    with push_service(browser) as service:
        url = channels.check(channel_url(browser.subscription(service.endpoint("a1"))))
        assert (
            channels.send(url, title="Parcel LX… is out for delivery", body="Żółw 📦 today")
            == "webpush"
        )
    assert service.errors == []
    [push] = service.received
    assert push.path == "/push/a1"
    assert push.key == keys.public_key  # the deployment's key, as browsers subscribed with
    assert push.claims["sub"] == "mailto:ops@example.com"
    assert json.loads(push.payload) == {
        "title": "Parcel LX… is out for delivery",
        "body": "Żółw 📦 today",
    }
    assert channels.mask(url) == "webpush://127.0.0.1 (browser notifications)"


def test_another_browser_cannot_read_it(keys) -> None:
    owner, other = Browser(), Browser(auth=b"fedcba9876543210")
    channels = AlertChannels(allow_private=True, vapid_private_key=keys.private_key)
    with push_service(other) as service, pytest.raises(DeliveryFailed) as failed:
        channels.send(channel_url(owner.subscription(service.endpoint("b"))), title="t", body="b")
    assert not failed.value.permanent  # a 400 is retried; 404 and 410 are for good
    assert service.received == []
    assert any("InvalidTag" in error for error in service.errors)


def test_a_gone_subscription_fails_for_good_and_a_missing_key_or_private_host_is_refused(
    keys,
) -> None:
    browser = Browser()
    channels = AlertChannels(allow_private=True, vapid_private_key=keys.private_key)
    with push_service(browser) as service:
        gone = channel_url(browser.subscription(service.endpoint("c", gone=True)))
        with pytest.raises(DeliveryFailed) as failed:
            channels.send(gone, title="t", body="b")
        assert failed.value.permanent
        local = channel_url(browser.subscription(service.endpoint("d")))
    with pytest.raises(ValidationFailed, match="VAPID key"):
        AlertChannels(allow_private=True).check(local)
    with pytest.raises(ValidationFailed, match="private or local address"):
        AlertChannels(vapid_private_key=keys.private_key).check(local)
    with pytest.raises(ValidationFailed, match="p256dh"):
        channel_url({"endpoint": "https://push.example.com/x", "keys": {}})


def test_the_public_key_is_derived_from_the_configured_private_key(keys) -> None:
    assert public_key_of(keys.private_key) == keys.public_key
    assert len(keys.public_key) == 87  # 65 bytes, uncompressed P-256 point, base64url


def test_the_preferences_page_adds_this_browser_and_alerts_arrive_as_pushes(
    napp, smtp, clock, keys
) -> None:
    from parceltrail.bootstrap import build
    from parceltrail.domain.users import Role
    from tests import factories
    from tests.e2e.web import Browser as Pages
    from tests.e2e.web import person
    from tests.integration.notify.conftest import run, served

    app = build(
        napp.settings.model_copy(update={"vapid_private_key": keys.private_key}), clock=clock
    )
    browser = Browser()
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    person(app, "buyer@example.com", Role.BUYER)
    with push_service(browser) as service, served(app) as client:
        pages = Pages(client)
        assert (
            pages.form(
                "/login", "/login", email="buyer@example.com", password="correct horse battery"
            ).status_code
            == 303
        )
        form = client.get("/account/notifications")
        assert f'data-key="{keys.public_key}"' in form.text
        subscription = json.dumps(browser.subscription(service.endpoint("buyer")))
        added = pages.form("/account/notifications", "/account/push", subscription=subscription)
        assert added.status_code == 303
        assert (
            "webpush://127.0.0.1 (browser notifications)"
            in client.get("/account/notifications").text
        )
        factories.shipped(app, seller, "1Z999AA10123456784")
        stats = run(app)
    app.engine.dispose()  # this test's own app: its connections end with it
    assert (stats.failed, stats.dead) == (0, 0)
    assert service.errors == []
    [push] = service.received
    message = json.loads(push.payload)
    assert message["title"] == "Your order R-1 has shipped: 1Z999AA10123456784"
    assert "/track/1Z999AA10123456784" in message["body"]
