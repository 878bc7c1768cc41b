"""Message validation: bounded text, real images only, unread counts."""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any

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


def _png(width: int, height: int) -> bytes:
    """A PNG signature and IHDR chunk (RFC 2083 section 4.1.1) declaring these dimensions."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


def _jpeg(width: int, height: int) -> bytes:
    """SOI, a JFIF APP0 segment, then a baseline SOF0 segment declaring these dimensions."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof0


def _gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00"


def _webp(width: int, height: int) -> bytes:
    """RIFF/WEBP with an extended (VP8X) header: canvas width and height less one, 24 bits."""
    body = (
        b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    )
    return (
        b"RIFF"
        + struct.pack("<I", 4 + 8 + len(body))
        + b"WEBPVP8X"
        + struct.pack("<I", len(body))
        + body
    )


def test_a_png_declaring_100000_pixels_a_side_is_refused() -> None:
    with pytest.raises(ValidationFailed, match="declares 100,000 x 100,000 pixels"):
        checked_attachment("bomb.png", _png(100_000, 100_000))


@pytest.mark.parametrize("build", [_png, _jpeg, _gif, _webp])
def test_images_declaring_more_pixels_than_a_photo_are_refused(build: Any) -> None:
    assert checked_attachment("label.img", build(4000, 3000)).data  # a 12 MP photo
    with pytest.raises(ValidationFailed, match="declares 60,000 x 60,000 pixels"):
        checked_attachment("bomb.img", build(60_000, 60_000))  # JPEG and GIF sides: 16 bits
    with pytest.raises(ValidationFailed, match="megapixels"):
        checked_attachment("wide.img", build(9_000, 9_000))  # 81 MP, each side allowed


def test_unread_counts_only_the_other_sides_newer_messages() -> None:
    thread = [
        Message("m1", "o1", "buyer", "hello", T0),
        Message("m2", "o1", "seller", "shipped", T0 + timedelta(hours=1)),
        Message("m3", "o1", "seller", "tracking added", T0 + timedelta(hours=2)),
    ]
    assert unread(thread, "buyer", None) == 2
    assert unread(thread, "buyer", T0 + timedelta(hours=1)) == 1
    assert unread(thread, "seller", None) == 1
