"""Message validation: bounded text, real images only, unread counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.messages import (
    MAX_BODY,
    MAX_IMAGE_BYTES,
    Message,
    checked_attachment,
    checked_body,
    unread,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
T0 = datetime(2026, 11, 1, tzinfo=UTC)


def test_bodies_are_trimmed_and_bounded() -> None:
    assert checked_body("  Where is my parcel?\r\n ") == "Where is my parcel?"
    with pytest.raises(ValidationFailed):
        checked_body("   ")
    with pytest.raises(ValidationFailed):
        checked_body("x" * (MAX_BODY + 1))


def test_images_are_recognised_by_their_bytes_not_their_name() -> None:
    attachment = checked_attachment("../../etc/photo<script>.png", PNG)
    assert attachment.content_type == "image/png"
    assert "/" not in attachment.filename
    assert "<" not in attachment.filename
    webp = checked_attachment("a.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ")
    assert webp.content_type == "image/webp"
    with pytest.raises(ValidationFailed, match="not a PNG"):
        checked_attachment("evil.png", b"<html><script>alert(1)</script>")


def test_images_over_the_limit_are_refused_with_the_limit() -> None:
    with pytest.raises(ValidationFailed, match="at most 2 MB"):
        checked_attachment("big.png", PNG + b"\x00" * MAX_IMAGE_BYTES)


def test_unread_counts_only_the_other_sides_newer_messages() -> None:
    thread = [
        Message("m1", "o1", "buyer", "hello", T0),
        Message("m2", "o1", "seller", "shipped", T0 + timedelta(hours=1)),
        Message("m3", "o1", "seller", "tracking added", T0 + timedelta(hours=2)),
    ]
    assert unread(thread, "buyer", None) == 2
    assert unread(thread, "buyer", T0 + timedelta(hours=1)) == 1
    assert unread(thread, "seller", None) == 1
