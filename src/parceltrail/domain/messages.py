"""Buyer-seller messages: one thread per order, bounded text, small image attachments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from parceltrail.domain.errors import ValidationFailed

MAX_BODY = 5000
MAX_ATTACHMENTS = 4
PAGE_SIZE = 30  # messages per page of a thread, newest page first
MAX_PAGE_SIZE = 100
MAX_IMAGE_BYTES = 2 * 1024 * 1024

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


def checked_body(body: str) -> str:
    text = (body or "").replace("\r\n", "\n").strip()
    if not text:
        raise ValidationFailed("a message needs some text", field="body")
    if len(text) > MAX_BODY:
        raise ValidationFailed(f"a message has at most {MAX_BODY} characters", field="body")
    return text


def checked_attachment(filename: str, data: bytes) -> Attachment:
    """An image attachment within the size limit, its type read from its bytes."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationFailed(
            f"{filename[:80]!r} is {len(data) // 1024} KB; images can be at most "
            f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB",
            field="attachments",
        )
    kind = image_type(data)
    if kind is None:
        raise ValidationFailed(
            f"{filename[:80]!r} is not a PNG, JPEG, GIF or WebP image", field="attachments"
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
