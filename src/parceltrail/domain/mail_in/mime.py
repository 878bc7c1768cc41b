"""A raw mail (bytes as received) to its headers, visible text and links, within bounds.

The standard library's ``email`` package with ``policy.default`` parses the MIME tree and
undoes quoted-printable and base64; charsets are decoded here so that an unknown or lying
charset is recorded and replaced, never raised. Forwarded mails attached whole
(``message/rfc822``) are read like the rest. What is too large, too deep or too many parts is
refused with the reason.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import errors, message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime, quote
from typing import Final

from parceltrail.domain.mail_in.html_text import html_to_text

URL: Final = re.compile(r"https?://[^\s<>\"'\])]+", re.IGNORECASE)
MAX_TEXT_LINKS: Final = 200
_ENCODING_DEFECTS: Final = (
    errors.InvalidBase64CharactersDefect,
    errors.InvalidBase64LengthDefect,
    errors.InvalidBase64PaddingDefect,
)


@dataclass(frozen=True, slots=True)
class MailLimits:
    """How much of one mail is read: larger, deeper or busier mails are refused."""

    max_bytes: int = 5 * 1024 * 1024
    max_parts: int = 100
    max_depth: int = 8
    max_text: int = 300_000


class MailRefused(Exception):
    """Raised inside this module only: ``read_mail`` turns it into ``MailContent.refused``."""


@dataclass(frozen=True, slots=True)
class MailContent:
    """What a mail says, as text; ``refused`` says why nothing of it was read."""

    fingerprint: str  # the same mail twice has the same one
    subject: str = ""
    sender: str = ""  # the address in From
    sender_name: str = ""
    sent_at: datetime | None = None
    text: str = ""
    links: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # what was left out or repaired, in words
    marked: tuple[str, ...] = ()  # values the HTML marks as tracking numbers (html_text.py)
    refused: str | None = None
    headers: dict[str, str] = field(default_factory=dict)  # the few the reader looks at


_KEPT_HEADERS: Final = ("list-id", "x-mailer", "return-path", "reply-to", "x-shopify-shop-domain")


def fingerprint_of(raw: bytes) -> str:
    """The Message-ID where there is one (forwarding twice keeps it), else the bytes' hash."""
    match = re.search(rb"(?im)^message-id:[ \t]*(<[^>\r\n]{1,250}>)", raw[:65536])
    seed = match.group(1).strip().lower() if match else raw
    return hashlib.sha256(seed).hexdigest()[:40]


def read_mail(raw: bytes, limits: MailLimits | None = None) -> MailContent:
    """Headers, text and links of a mail; bounded, never raising on what the mail contains."""
    limits = limits or MailLimits()
    fingerprint = fingerprint_of(raw[: limits.max_bytes + 1])
    if len(raw) > limits.max_bytes:
        return MailContent(fingerprint, refused=_too_large(len(raw), limits))
    try:
        message = message_from_bytes(raw, policy=policy.default)
        reader = _Reader(limits)
        reader.walk(message, depth=0)
    except MailRefused as refused:
        return MailContent(fingerprint, refused=str(refused))
    return _content(fingerprint, message, reader)


def _too_large(size: int, limits: MailLimits) -> str:
    return (
        f"the mail is {size // 1024} KiB, more than the {limits.max_bytes // 1024} KiB read "
        "here; forward the shipping mail without attachments"
    )


class _Reader:
    def __init__(self, limits: MailLimits) -> None:
        self.limits = limits
        self.parts = 0
        self.texts: list[str] = []
        self.links: list[str] = []
        self.notes: list[str] = []
        self.marked: list[str] = []
        self.size = 0

    def walk(self, part: Message, depth: int) -> None:
        self.parts += 1
        if self.parts > self.limits.max_parts:
            raise MailRefused(
                f"the mail has more than {self.limits.max_parts} parts; a shipping mail has a few"
            )
        if depth > self.limits.max_depth:
            raise MailRefused(f"the mail's parts are nested more than {self.limits.max_depth} deep")
        kind = part.get_content_type()
        # An attached mail is multipart to the email library too: asked first, so that its
        # own From and Subject (the shop's) are read before its parts.
        if kind == "message/rfc822":
            self._forwarded(part, depth)
        elif part.is_multipart():
            for child in part.get_payload():
                if isinstance(child, Message):
                    self.walk(child, depth + 1)
        elif kind in ("text/plain", "text/html") and not _is_attachment(part):
            self._text(part, kind, depth)
        elif part.get_content_maintype() == "multipart":
            # Its boundary never occurs (an edited copy, a boundary changed by hand): the body
            # as it stands, whose own first boundary line then gives its parts.
            self.notes.append("a multipart body without its declared boundary was read as text")
            self._text(part, "text/plain", depth, preamble=True)

    def _forwarded(self, part: Message, depth: int) -> None:
        for inner in part.get_payload():
            assert isinstance(inner, Message)  # the parser gives an attached mail as a message
            self.texts.append(_header_lines(inner))
            self.walk(inner, depth + 1)

    def _text(self, part: Message, kind: str, depth: int, *, preamble: bool = False) -> None:
        """``preamble``: the body is a multipart's, whose text before its first boundary line
        (RFC 2046's preamble, "This is a multi-part message in MIME format.") is no part."""
        body = _decoded(part, self.notes)
        embedded = _embedded_parts(body, preamble) if kind == "text/plain" else None
        if embedded is not None:
            self.notes.append("a MIME part without the headers around it was read as one")
            self.links.extend(URL.findall(body)[:MAX_TEXT_LINKS])
            # One level below the text that carried them, as any part's children: an attached
            # mail in them is read, and a body embedding a body ... still ends at max_depth.
            self.walk(embedded, depth + 1)
            return
        if kind == "text/plain" and _looks_like_html(body):
            kind = "text/html"
        if kind == "text/html":
            read = html_to_text(body)
            if read.scripts:
                self.notes.append(f"{read.scripts} script element(s) left out")
            body, links = read.text, read.links
            self.marked.extend(read.marked)
        else:
            links = tuple(URL.findall(body)[:MAX_TEXT_LINKS])
        self.size += len(body)
        if self.size > self.limits.max_text:
            self.notes.append("text beyond the first characters read was left out")
            body = body[: max(0, self.limits.max_text - (self.size - len(body)))]
        self.texts.append(body)
        self.links.extend(links)


_PART_START: Final = re.compile(
    r"\A\s*(--(?P<boundary>[^\n]{1,200}))\n(?=content-(?:type|transfer-encoding):)", re.I
)
# The first boundary line of a multipart body after its preamble, within its first characters.
_FIRST_BOUNDARY: Final = re.compile(
    r"^--[^\n]{1,200}\n(?=content-(?:type|transfer-encoding):)", re.I | re.M
)
MAX_PREAMBLE: Final = 2000
_HTML_START: Final = re.compile(r"\A\s*(?:<!doctype html|<html|<table|<div|<body)", re.I)


def _embedded_parts(body: str, preamble: bool = False) -> Message | None:
    """A body that is itself the parts of a multipart (a boundary line, then part headers): a
    forward or a copy that lost the message's own headers. Read as the multipart it was, with
    the boundary its first line gives, so every part is one: a forwarded mail attached after
    the forwarder's note is a ``message/rfc822`` part, not text of the note. With
    ``preamble``, text before the first boundary line is passed over."""
    if preamble:
        first = _FIRST_BOUNDARY.search(body[:MAX_PREAMBLE].replace("\r\n", "\n"))
        if first is not None:
            body = body.replace("\r\n", "\n")[first.start() :]
    start = _PART_START.match(body[:400].replace("\r\n", "\n"))  # 400 as the mail counts
    if start is None:
        return None
    text = body.replace("\r\n", "\n")
    boundary = start.group("boundary").rstrip()  # padding after a boundary is allowed
    head = f'Content-Type: multipart/mixed; boundary="{quote(boundary)}"\n\n'
    return message_from_bytes((head + text[start.start(1) :]).encode(), policy=policy.default)


def _looks_like_html(body: str) -> bool:
    return _HTML_START.match(body[:400]) is not None


def _is_attachment(part: Message) -> bool:
    return part.get_content_disposition() == "attachment"


def _decoded(part: Message, notes: list[str]) -> str:
    """The part's text: transfer encoding undone, then its charset (or UTF-8) decoded."""
    # Bytes for any part that is not multipart: a broken base64 is decoded as far as it goes
    # (or left as it came) and recorded among the part's defects, never raised.
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)  # only parts that are not multipart are decoded here
    if any(isinstance(defect, _ENCODING_DEFECTS) for defect in part.defects):
        notes.append("a part's transfer encoding was broken; it was read as it came")
    charset = part.get_content_charset("utf-8").strip()  # lower case, as the package gives it
    try:
        codecs.lookup(charset)
    except LookupError:
        notes.append(f'unknown charset "{charset[:40]}" read as UTF-8')
        charset = "utf-8"
    text = data.decode(charset, errors="replace")
    if "\ufffd" in text and charset != "utf-8":
        retried = data.decode(errors="replace")  # as UTF-8
        if retried.count("\ufffd") < text.count("\ufffd"):
            notes.append(f'text declared as "{charset}" was UTF-8')
            text = retried
    if "\ufffd" in text:
        notes.append(f'bytes that are not "{charset}" were replaced')
    return _without_lone_surrogates(text, charset, notes)


def _without_lone_surrogates(text: str, charset: str, notes: list[str]) -> str:
    """Half a surrogate pair (UTF-7 and UTF-16 decoders let one through) replaced: no text of
    a mail may fail to encode later."""
    whole = text.encode(errors="replace").decode()  # UTF-8 both ways
    if whole != text:
        notes.append(f'bytes that are not "{charset}" were replaced')
    return whole


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a header whose encoded words cannot be parsed
        return ""
    return str(value or "").strip()[:500]


def _header_lines(message: Message) -> str:
    return "\n".join(
        f"{name}: {value}" for name in ("From", "Subject") if (value := _header(message, name))
    )


def _content(fingerprint: str, message: Message, reader: _Reader) -> MailContent:
    name, address = _sender(message)
    return MailContent(
        fingerprint,
        subject=_header(message, "subject"),
        sender=address,
        sender_name=name,
        sent_at=_date(message),
        text="\n".join(text for text in reader.texts if text),
        links=tuple(dict.fromkeys(reader.links)),
        notes=tuple(dict.fromkeys(reader.notes)),
        marked=tuple(dict.fromkeys(reader.marked)),
        headers={name: value for name in _KEPT_HEADERS if (value := _header(message, name))},
    )


def _sender(message: Message) -> tuple[str, str]:
    pairs = getaddresses([_header(message, "from")])
    if not pairs:
        return "", ""
    name, address = pairs[0]
    return name.strip()[:200], address.strip().lower()[:254]


def _date(message: Message) -> datetime | None:
    try:  # no Date header is "" here, which fails to parse like any unreadable date
        moment = parsedate_to_datetime(_header(message, "date"))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else None


__all__ = ["EmailMessage", "MailContent", "MailLimits", "fingerprint_of", "read_mail"]
