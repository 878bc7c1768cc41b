"""Notification rules read back: who wants what, stable names and keys, and signed links that
only their own purpose and secret open."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from parceltrail.domain.notifications import (
    DeliveryMode,
    Subscription,
    SubscriptionKind,
    SubscriptionStatus,
    WebhookEndpoint,
    channel_id,
    idempotency_key,
    read_token,
    sign_token,
)

AT = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)


def subscription(kind: SubscriptionKind, status: SubscriptionStatus, **kw: object) -> Subscription:
    return Subscription(
        "sub_1",
        kind,
        "buyer@example.com",
        status,
        ("delivered",),
        AT,
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("kind", list(SubscriptionKind))
def test_only_an_active_subscription_wants_its_milestones(kind: SubscriptionKind) -> None:
    active = subscription(kind, SubscriptionStatus.ACTIVE)
    assert active.wants("delivered")
    assert not active.wants("out_for_delivery")
    for status in (SubscriptionStatus.PENDING, SubscriptionStatus.UNSUBSCRIBED):
        assert not subscription(kind, status).wants("delivered")


def test_problems_go_to_active_order_and_seller_subscriptions_that_ask_for_them() -> None:
    active = SubscriptionStatus.ACTIVE
    assert subscription(SubscriptionKind.ORDER, active).wants_problems()
    assert subscription(SubscriptionKind.SELLER, active).wants_problems()
    assert not subscription(SubscriptionKind.TRACKING, active).wants_problems()
    assert not subscription(SubscriptionKind.ORDER, active, problems=False).wants_problems()
    pending = SubscriptionStatus.PENDING
    assert not subscription(SubscriptionKind.ORDER, pending).wants_problems()


def test_a_digest_subscription_says_so() -> None:
    sub = subscription(SubscriptionKind.ORDER, SubscriptionStatus.ACTIVE)
    assert not sub.digest
    assert replace(sub, mode=DeliveryMode.DIGEST).digest


def endpoint(events: tuple[str, ...], status: str = "active") -> WebhookEndpoint:
    return WebhookEndpoint("whe_1", "usr_1", "https://example.com/hook", "s", events, status, 0, AT)


def test_a_webhook_endpoint_wants_its_topics_or_all_while_active() -> None:
    assert endpoint(("shipment.tracking_updated",)).wants("shipment.tracking_updated")
    assert not endpoint(("shipment.tracking_updated",)).wants("dispute.changed")
    assert endpoint(("*",)).wants("dispute.changed")
    assert not endpoint(("*",), status="disabled").wants("dispute.changed")


def test_a_channel_is_named_by_a_stable_hash_of_its_url() -> None:
    assert channel_id("mailto://a:b@example.com") == "ch_c0833d9e2b59"
    assert channel_id("mailto://a:c@example.com") != "ch_c0833d9e2b59"


def test_an_idempotency_key_is_stable_and_keeps_the_parts_apart() -> None:
    assert idempotency_key("a", "b") == "f04cdced9736a69da6103f08a4daaf8c485dd481"
    assert idempotency_key("a", "b") != idempotency_key("ab")
    assert len(idempotency_key("x")) == 40


def test_a_signed_link_reads_back_its_subject() -> None:
    token = sign_token("s3cret", "unsubscribe", "sub_1")
    assert token == "c3ViXzEudlFJdV9GamV1LUpjWlNFX2pVUkI3Wk44"  # stable: links live in mail
    assert "=" not in token
    assert read_token("s3cret", "unsubscribe", token) == "sub_1"
    dotted = sign_token("s3cret", "confirm", "sub.with.dots")
    assert read_token("s3cret", "confirm", dotted) == "sub.with.dots"


def test_a_link_opens_only_for_its_own_purpose_and_secret() -> None:
    token = sign_token("s3cret", "unsubscribe", "sub_1")
    assert read_token("s3cret", "confirm", token) is None
    assert read_token("other", "unsubscribe", token) is None
    forged = base64.urlsafe_b64encode(b"sub_2." + token.encode()[-24:]).decode().rstrip("=")
    assert read_token("s3cret", "unsubscribe", forged) is None


@pytest.mark.parametrize(
    "token",
    [
        "",
        "***",
        base64.urlsafe_b64encode(b"\xff\xfe.abc").decode(),  # not UTF-8
        base64.urlsafe_b64encode(b".abc").decode(),  # no subject
        base64.urlsafe_b64encode(b"no-dot").decode(),
    ],
)
def test_malformed_links_open_nothing(token: str) -> None:
    assert read_token("s3cret", "unsubscribe", token) is None


def test_an_overlong_link_opens_nothing_even_when_signed() -> None:
    subject = "s" * 400
    token = sign_token("s3cret", "unsubscribe", subject)
    assert len(token) > 400
    assert read_token("s3cret", "unsubscribe", token) is None
    short = sign_token("s3cret", "unsubscribe", "s" * 200)
    assert len(short) <= 400
    assert read_token("s3cret", "unsubscribe", short) == "s" * 200
