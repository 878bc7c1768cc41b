"""Reading a raw mail: fingerprints, the bounds and their messages, parts read and left out,
charsets repaired, forwarded mails, sender, date and the headers kept.

Mails are constructed here with the standard library (no real mail is quoted)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP

from parceltrail.domain.mail_in.mime import (
    MAX_TEXT_LINKS,
    MailLimits,
    _too_large,
    fingerprint_of,
    read_mail,
)

UPS = "1Z999AA10123456784"  # UPS's documented test number


def _message(body: str = "Your parcel is on its way", **headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = headers.pop("sender", "Shop <Orders@Shop.Example>")
    message["Subject"] = headers.pop("subject", "Shipped")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


def _raw(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=SMTP)


def _plain_part(data: bytes, charset: str) -> bytes:
    return (
        b"From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=" + charset.encode() + b"\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + data + b"\r\n"
    )


def test_a_fingerprint_is_the_message_ids_or_the_bytes_hash() -> None:
    with_id = b"Message-ID: <ABC@Example.com>\r\nSubject: x\r\n\r\nbody"
    expected = hashlib.sha256(b"<abc@example.com>").hexdigest()[:40]
    assert fingerprint_of(with_id) == expected
    assert fingerprint_of(b"message-id:   <abc@example.com>\r\n\r\nother") == expected
    without = b"Subject: x\r\n\r\nbody"
    assert fingerprint_of(without) == hashlib.sha256(without).hexdigest()[:40]
    late = b"Subject: x\r\n" + b"X-Pad: " + b"a" * 70_000 + b"\r\nMessage-ID: <late@x>\r\n\r\n"
    assert fingerprint_of(late) == hashlib.sha256(late).hexdigest()[:40]  # beyond 64 KiB
    assert read_mail(with_id).fingerprint == expected


def test_a_mail_over_the_size_limit_is_refused_with_its_size() -> None:
    raw = _raw(_message("x" * 5000))
    limits = MailLimits(max_bytes=2048)
    refused = read_mail(raw, limits)
    assert refused.refused == (
        f"the mail is {len(raw) // 1024} KiB, more than the 2 KiB read here; "
        "forward the shipping mail without attachments"
    )
    assert refused.text == ""
    assert read_mail(raw, MailLimits(max_bytes=len(raw))).refused is None  # exactly the limit


def _multipart(parts: int) -> EmailMessage:
    message = _message("first")
    for n in range(1, parts):
        message.add_attachment(f"extra {n}", subtype="plain", disposition="inline")
    return message


def test_a_mail_with_too_many_parts_is_refused() -> None:
    raw = _raw(_multipart(3))  # the container and three text parts: four parts
    assert read_mail(raw, MailLimits(max_parts=4)).refused is None
    assert read_mail(raw, MailLimits(max_parts=3)).refused == (
        "the mail has more than 3 parts; a shipping mail has a few"
    )


def test_a_mail_nested_too_deep_is_refused() -> None:
    inner = _message("deep")
    for _ in range(3):
        outer = EmailMessage()
        outer["Subject"] = "wrapper"
        outer.make_mixed()
        outer.attach(inner)
        inner = outer
    raw = _raw(inner)
    assert read_mail(raw, MailLimits(max_depth=3)).refused is None
    assert read_mail(raw, MailLimits(max_depth=2)).refused == (
        "the mail's parts are nested more than 2 deep"
    )


def test_text_attachments_are_left_out_and_inline_parts_read() -> None:
    message = _message("body text")
    message.add_attachment("attached text", subtype="plain", filename="notes.txt")
    message.add_attachment("inline text", subtype="plain", disposition="inline")
    content = read_mail(_raw(message))
    assert content.text.split() == ["body", "text", "inline", "text"]


def test_a_mail_forwarded_as_an_attachment_is_read() -> None:
    original = _message(f"Tracking number: {UPS}", sender="UPS <mcinfo@ups.com>", subject="UPS")
    forward = _message("see below", sender="Me <me@example.com>", subject="Fwd: UPS")
    forward.add_attachment(original)
    content = read_mail(_raw(forward))
    assert [line for line in content.text.splitlines() if line.strip()] == [
        "see below",
        "From: UPS <mcinfo@ups.com>",  # the original's sender and subject name the shop
        "Subject: UPS",
        f"Tracking number: {UPS}",
    ]
    assert content.sender == "me@example.com"


def test_html_is_read_as_text_and_its_scripts_noted() -> None:
    html = "<html><body><p>Shipped</p><script>x()</script><script>y()</script></body></html>"
    message = _message(html)
    message.set_content(html, subtype="html")
    content = read_mail(_raw(message))
    assert content.text == "Shipped"
    assert content.notes == ("2 script element(s) left out",)


def test_plain_text_that_is_html_is_read_as_html() -> None:
    for start in ("<!DOCTYPE html>", "<html>", "<table>", "<div>", "<body>", "  <HTML>"):
        content = read_mail(_raw(_message(f"{start}<p>Shipped</p><p>today</p>")))
        assert content.text == "Shipped\ntoday", start
    assert read_mail(_raw(_message("<p>not html at the start"))).text.startswith("<p>")


def test_text_beyond_the_limit_is_cut_and_noted() -> None:
    message = _message("a" * 50)
    message.add_attachment("b" * 50, subtype="plain", disposition="inline")
    content = read_mail(_raw(message), MailLimits(max_text=60))
    # 52 characters of the first part (with its line end), then 8 of the second.
    assert content.text == "a" * 50 + "\r\n\n" + "b" * 8
    assert "text beyond the first characters read was left out" in content.notes
    whole = read_mail(_raw(message), MailLimits(max_text=1000))
    assert whole.notes == ()


def test_links_in_plain_text_are_found_once_and_bounded() -> None:
    body = f"Track: https://www.ups.com/track?tracknum={UPS} or https://www.ups.com/track?tracknum={UPS}"
    body += " (http://example.com/a) 'https://example.com/b' <https://example.com/c>"
    content = read_mail(_raw(_message(body)))
    assert content.links == (
        f"https://www.ups.com/track?tracknum={UPS}",
        "http://example.com/a",
        "https://example.com/b",
        "https://example.com/c",
    )
    many = " ".join(f"https://example.com/{n}" for n in range(MAX_TEXT_LINKS + 10))
    assert len(read_mail(_raw(_message(many))).links) == MAX_TEXT_LINKS


def test_an_unknown_charset_is_read_as_utf8_and_noted() -> None:
    content = read_mail(_plain_part("Zásilka".encode(), "x-unknown"))
    assert content.text.strip() == "Zásilka"
    assert content.notes == ('unknown charset "x-unknown" read as UTF-8',)


def test_utf8_declared_as_another_charset_is_repaired() -> None:
    content = read_mail(_plain_part("Zásilka doručena".encode(), "ascii"))
    assert content.text.strip() == "Zásilka doručena"
    assert content.notes == ('text declared as "ascii" was UTF-8',)


def test_bytes_that_are_not_the_charset_are_replaced_and_noted() -> None:
    content = read_mail(_plain_part(b"bad \xff byte", "utf-8"))
    assert content.text.strip() == "bad \ufffd byte"
    assert content.notes == ('bytes that are not "utf-8" were replaced',)
    latin = read_mail(_plain_part("Zásilka".encode("latin-1"), "iso-8859-1"))
    assert (latin.text.strip(), latin.notes) == ("Zásilka", ())


def test_sender_date_and_kept_headers() -> None:
    message = _message(
        "x",
        sender='"Shop Team" <Orders@Shop.Example>',
        Date="Sun, 06 Dec 2026 09:30:00 +0100",
        List_Id="<news.shop.example>",
        X_Mailer="ShopMailer 2",
    )
    content = read_mail(_raw(message))
    assert (content.sender_name, content.sender) == ("Shop Team", "orders@shop.example")
    assert content.subject == "Shipped"
    assert content.sent_at == datetime(2026, 12, 6, 8, 30, tzinfo=UTC)
    assert content.headers == {"list-id": "<news.shop.example>", "x-mailer": "ShopMailer 2"}


def test_a_date_without_a_zone_or_unreadable_is_none() -> None:
    naive = read_mail(_raw(_message("x", Date="Sun, 06 Dec 2026 09:30:00 -0000")))
    assert naive.sent_at is None
    assert read_mail(_raw(_message("x", Date="someday"))).sent_at is None
    assert read_mail(b"Subject: no date\r\n\r\nbody").sent_at is None


def test_a_mail_without_a_sender() -> None:
    content = read_mail(b"Subject: hello\r\n\r\nbody")
    assert (content.sender, content.sender_name) == ("", "")
    assert content.text == "body"


def test_a_body_that_is_a_mime_part_is_read_as_one() -> None:
    body = f"--boundary42\nContent-Type: text/plain; charset=utf-8\n\nTracking number: {UPS}\n"
    content = read_mail(_raw(_message(body)))
    assert f"Tracking number: {UPS}" in content.text
    assert "--boundary42" not in content.text
    assert content.notes == ("a MIME part without the headers around it was read as one",)


def test_the_size_refusal_counts_whole_kibibytes() -> None:
    assert _too_large(2048, MailLimits(max_bytes=1024)) == (
        "the mail is 2 KiB, more than the 1 KiB read here; "
        "forward the shipping mail without attachments"
    )
    assert _too_large(2047, MailLimits(max_bytes=2047)).startswith(
        "the mail is 1 KiB, more than the 1 KiB"
    )


def test_the_shop_of_a_mail_forwarded_as_an_attachment_is_the_original_sender() -> None:
    from parceltrail.domain.mail_in.understand import understand

    original = _message(
        f"Tracking number: {UPS}", sender="Carrier <mcinfo@ups.com>", subject="Your parcel"
    )
    forward = _message("see below", sender="Me <me@example.com>", subject="Fwd: Your parcel")
    forward.add_attachment(original)
    reading = understand(_raw(forward))
    assert reading.shop is not None
    assert reading.shop.name == "UPS"
