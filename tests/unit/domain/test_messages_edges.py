"""Message limits at their exact edges, declared image sizes read exactly, names made safe.

Image headers are built here byte by byte from the format specifications: PNG IHDR
(RFC 2083 4.1.1), GIF logical screen (GIF89a spec 18), JPEG SOF (ITU T.81 B.2.2), WebP
VP8X / VP8L / VP8 (RFC 9649 2.7, 3, and RFC 6386 9.1).
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.messages import (
    IMAGE_TYPES,
    MAX_BODY,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_IMAGE_SIDE,
    Message,
    checked_attachment,
    checked_body,
    declared_size,
    image_type,
    unread,
)

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def png(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr


def gif(width: int, height: int) -> bytes:
    return b"GIF87a" + struct.pack("<HH", width, height)


def jpeg(width: int, height: int, marker: int = 0xC0, extra_segments: int = 1) -> bytes:
    """SOI, some APPn segments of different lengths, then a start-of-frame segment."""
    segments = b"".join(
        b"\xff" + bytes([0xE0 + i]) + struct.pack(">H", 2 + 3 * i) + b"\x00" * (3 * i)
        for i in range(extra_segments)
    )
    sof = (
        b"\xff" + bytes([marker]) + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    )
    return b"\xff\xd8" + segments + sof


def webp_vp8x(width: int, height: int) -> bytes:
    body = b"\x00" * 4 + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return (
        b"RIFF" + struct.pack("<I", 4 + 8 + len(body)) + b"WEBPVP8X" + struct.pack("<I", 10) + body
    )


def webp_vp8l(width: int, height: int) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    body = b"\x2f" + bits.to_bytes(4, "little")
    return (
        b"RIFF" + struct.pack("<I", 4 + 8 + len(body)) + b"WEBPVP8L" + struct.pack("<I", 5) + body
    )


def webp_vp8(width: int, height: int, scale: int = 0) -> bytes:
    body = (
        b"\x00\x00\x00"
        + b"\x9d\x01\x2a"
        + struct.pack("<HH", width | (scale << 14), height | (scale << 14))
    )
    return (
        b"RIFF" + struct.pack("<I", 4 + 8 + len(body)) + b"WEBPVP8 " + struct.pack("<I", 10) + body
    )


@pytest.mark.parametrize(
    ("data", "kind", "size"),
    [
        (png(1234, 567), "image/png", (1234, 567)),
        (gif(321, 65000), "image/gif", (321, 65000)),
        (b"GIF89a" + struct.pack("<HH", 7, 9), "image/gif", (7, 9)),
        (jpeg(800, 600), "image/jpeg", (800, 600)),
        (jpeg(801, 601, marker=0xC2, extra_segments=3), "image/jpeg", (801, 601)),
        (jpeg(1, 2, marker=0xCF, extra_segments=0), "image/jpeg", (1, 2)),
        (webp_vp8x(4000, 3001), "image/webp", (4000, 3001)),
        (webp_vp8l(16384, 2), "image/webp", (16384, 2)),
        (webp_vp8(1023, 769, scale=3), "image/webp", (1023, 769)),
    ],
)
def test_the_declared_size_is_read_exactly(data: bytes, kind: str, size: tuple[int, int]) -> None:
    assert image_type(data) == kind
    assert declared_size(data, kind) == size


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (png(5, 5)[:23], "image/png"),  # IHDR cut short
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDX" + b"\x00" * 13, "image/png"),
        (gif(5, 5)[:9], "image/gif"),
        (jpeg(5, 5)[:-10], "image/jpeg"),  # the frame segment cut short
        (b"\xff\xd8\x00\x00" + jpeg(5, 5)[2:], "image/jpeg"),  # not a segment marker
        (jpeg(5, 5, marker=0xC4), "image/jpeg"),  # a Huffman table is no frame
        (webp_vp8x(5, 5)[:29], "image/webp"),
        (webp_vp8l(5, 5)[:24], "image/webp"),
        (webp_vp8(5, 5)[:29], "image/webp"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8Y" + b"\x00" * 20, "image/webp"),
        (png(5, 5), "image/tiff"),
    ],
)
def test_a_header_too_short_or_unknown_declares_no_size(data: bytes, kind: str) -> None:
    assert declared_size(data, kind) is None


def test_image_types() -> None:
    assert IMAGE_TYPES == ("image/png", "image/jpeg", "image/gif", "image/webp")
    assert image_type(b"GIF87a") == "image/gif"
    assert image_type(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert image_type(b"RIFF\x00\x00\x00\x00WEBX") is None
    assert image_type(b"RIFX\x00\x00\x00\x00WEBP") is None
    assert image_type(b"") is None


@pytest.mark.parametrize(
    ("width", "height", "allowed"),
    [
        (MAX_IMAGE_SIDE, 4000, True),
        (MAX_IMAGE_SIDE + 1, 10, False),
        (10, MAX_IMAGE_SIDE + 1, False),
        (8000, 5000, True),  # exactly 40 megapixels
        (8001, 5000, False),
    ],
)
def test_image_sides_and_pixels_at_their_limits(width: int, height: int, allowed: bool) -> None:
    if allowed:
        assert checked_attachment("a.png", png(width, height)).content_type == "image/png"
    else:
        with pytest.raises(ValidationFailed):
            checked_attachment("a.png", png(width, height))


def test_the_refusal_of_a_huge_image_says_its_size_and_the_limits() -> None:
    with pytest.raises(ValidationFailed) as error:
        checked_attachment("x" * 90 + ".png", png(10_001, 3))
    assert str(error.value) == (
        f"'{'x' * 80}' declares 10,001 x 3 pixels; images can be at most 10,000 pixels a "
        "side and 40 megapixels: send a smaller photo"
    )
    assert error.value.details == {"field": "attachments"}
    assert MAX_IMAGE_PIXELS == 40_000_000


def test_the_refusal_of_a_heavy_file_says_its_kilobytes_and_the_limit() -> None:
    data = png(10, 10) + b"\x00" * (MAX_IMAGE_BYTES - len(png(10, 10)) + 1)
    with pytest.raises(ValidationFailed) as error:
        checked_attachment("y" * 81, data)
    assert str(error.value) == f"'{'y' * 80}' is 2048 KB; images can be at most 2 MB"
    assert error.value.details == {"field": "attachments"}
    exactly = data[:MAX_IMAGE_BYTES]
    assert checked_attachment("ok.png", exactly).data == exactly


def test_the_refusal_of_a_non_image_names_the_file_and_the_types() -> None:
    with pytest.raises(ValidationFailed) as error:
        checked_attachment("z" * 85, b"%PDF-1.7")
    assert str(error.value) == f"'{'z' * 80}' is not a PNG, JPEG, GIF or WebP image"
    assert error.value.details == {"field": "attachments"}


def test_file_names_keep_only_safe_characters_and_at_most_100() -> None:
    attachment = checked_attachment("../My label_2-b.png\x00;<x>", png(1, 1))
    assert attachment.filename == "..My label_2-b.pngx"
    assert attachment.data == png(1, 1)
    assert attachment.id is None
    assert checked_attachment("a" * 150, png(1, 1)).filename == "a" * 100
    assert checked_attachment("<>/\\", png(1, 1)).filename == "image"
    assert checked_attachment("", png(1, 1)).filename == "image"


def test_a_body_of_exactly_the_limit_is_kept_and_line_ends_are_unified() -> None:
    assert checked_body("x" * MAX_BODY) == "x" * MAX_BODY
    assert checked_body(" a\r\nb\r\n") == "a\nb"
    assert checked_body(" " + "y" * MAX_BODY + "\r\n") == "y" * MAX_BODY


def test_body_refusals_say_what_to_do() -> None:
    with pytest.raises(ValidationFailed) as empty:
        checked_body("\r\n")
    assert str(empty.value) == "a message needs some text"
    assert empty.value.details == {"field": "body"}
    with pytest.raises(ValidationFailed) as long:
        checked_body("x" * (MAX_BODY + 1))
    assert str(long.value) == "a message has at most 5000 characters"
    assert long.value.details == {"field": "body"}
    with pytest.raises(ValidationFailed):
        checked_body(None)  # type: ignore[arg-type]


def test_a_message_at_exactly_the_last_visit_is_read() -> None:
    thread = [Message("m1", "o1", "seller", "shipped", T0)]
    assert unread(thread, "buyer", T0) == 0
    assert unread(thread, "buyer", T0 - timedelta(seconds=1)) == 1
    assert unread([], "buyer", None) == 0
