"""Buyer-seller messages: one thread per order, bounded text, small image attachments."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import datetime

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.words import N_, Words

MAX_BODY = 5000
MAX_ATTACHMENTS = 4
PAGE_SIZE = 30  # messages per page of a thread, newest page first
MAX_PAGE_SIZE = 100
MAX_IMAGE_BYTES = 2 * 1024 * 1024
# A few bytes can declare a huge image (a 100,000 x 100,000 PNG compresses to kilobytes);
# whoever decodes it (a browser, a thumbnailer) would need gigabytes. Photos of labels fit.
MAX_IMAGE_SIDE = 10_000
MAX_IMAGE_PIXELS = 40_000_000

# Image types by their first bytes; the declared content type is not trusted.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
IMAGE_TYPES = (*dict.fromkeys(kind for _, kind in _MAGIC), "image/webp")


@dataclass(frozen=True, slots=True)
class Attachment:
    """An image; in a listed thread ``data`` is empty and ``id`` names where to fetch it."""

    filename: str
    content_type: str
    data: bytes
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    order_id: str
    author_id: str
    body: str
    created_at: datetime
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)


def image_type(data: bytes) -> str | None:
    """The image's real type from its first bytes (WebP: RIFF....WEBP), or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


def declared_size(data: bytes, kind: str) -> tuple[int, int] | None:
    """The width and height the image's header declares, where the header is there to read."""
    if kind == "image/png" and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if kind == "image/gif" and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if kind == "image/jpeg":
        return _jpeg_size(data)
    if kind == "image/webp":
        return _webp_size(data)
    return None


_JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """From the first start-of-frame segment (each segment says its length; skip to it)."""
    at = 2
    while at + 9 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return int(width), int(height)
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        at += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


def checked_body(body: str) -> str:
    text = (body or "").replace("\r\n", "\n").strip()
    if not text:
        raise ValidationFailed(N_("a message needs some text"), field="body")
    if len(text) > MAX_BODY:
        raise ValidationFailed(
            Words("a message has at most {most} characters", most=MAX_BODY), field="body"
        )
    return text


def checked_attachment(filename: str, data: bytes) -> Attachment:
    """An image attachment within the size limit, its type read from its bytes."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationFailed(
            Words(
                "{file!r} is {size} KB; images can be at most {most} MB",
                file=filename[:80],
                size=len(data) // 1024,
                most=MAX_IMAGE_BYTES // (1024 * 1024),
            ),
            field="attachments",
        )
    kind = image_type(data)
    if kind is None:
        raise ValidationFailed(
            Words("{file!r} is not a PNG, JPEG, GIF or WebP image", file=filename[:80]),
            field="attachments",
        )
    size = declared_size(data, kind)
    if size is not None and (max(size) > MAX_IMAGE_SIDE or size[0] * size[1] > MAX_IMAGE_PIXELS):
        raise ValidationFailed(
            Words(
                "{file!r} declares {width:,} x {height:,} pixels; images can be at most "
                "{side:,} pixels a side and {megapixels} megapixels: send a smaller photo",
                file=filename[:80],
                width=size[0],
                height=size[1],
                side=MAX_IMAGE_SIDE,
                megapixels=MAX_IMAGE_PIXELS // 1_000_000,
            ),
            field="attachments",
        )
    safe_name = "".join(ch for ch in filename if ch.isalnum() or ch in "._- ")[:100] or "image"
    return Attachment(safe_name, kind, data)


def unread(thread: list[Message], reader_id: str, last_read_at: datetime | None) -> int:
    """Messages from the other side newer than the reader's last visit."""
    return sum(
        1
        for message in thread
        if message.author_id != reader_id
        and (last_read_at is None or message.created_at > last_read_at)
    )
