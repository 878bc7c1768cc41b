"""Reading a raw mail: fingerprints, the bounds and their messages, parts read and left out,
charsets repaired, forwarded mails, sender, date and the headers kept.

Mails are constructed here with the standard library (no real mail is quoted)."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from email import message_from_bytes
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


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:40]


def test_a_refused_mail_keeps_a_fingerprint_of_one_byte_more_than_is_read() -> None:
    limits = MailLimits(max_bytes=2048)
    raw = _raw(_message("x" * 5000))
    assert read_mail(raw, limits).fingerprint == _hash(raw[:2049])  # bounded work
    at_limit = raw[:2048]
    assert read_mail(at_limit, limits).fingerprint == _hash(at_limit)
    # One byte over is refused, so it must not share the fingerprint of the mail it starts with.
    assert read_mail(raw[:2049], limits).fingerprint != read_mail(at_limit, limits).fingerprint
    busy = _raw(_multipart(3))
    assert read_mail(busy, MailLimits(max_parts=3)).fingerprint == _hash(busy)


def test_the_message_id_is_read_within_the_first_64_kib_to_its_last_byte() -> None:
    header = b"\r\nMessage-ID: <edge@x>\r\n\r\nbody"
    pad = 65536 - len(b"X-Pad: \r\nMessage-ID: <edge@x>")
    inside = b"X-Pad: " + b"a" * pad + header
    assert inside.index(b">") == 65535
    assert fingerprint_of(inside) == _hash(b"<edge@x>")
    beyond = b"X-Pad: " + b"a" * (pad + 1) + header
    assert fingerprint_of(beyond) == _hash(beyond)


def _forwarded_within(levels: int) -> bytes:
    inner = _message(f"Tracking number: {UPS}", sender="UPS <mcinfo@ups.com>", subject="UPS")
    for _ in range(levels):
        forward = _message("see below", sender="Me <me@example.com>", subject="Fwd")
        forward.add_attachment(inner)
        inner = forward
    return _raw(inner)


def test_an_attached_mail_is_one_level_below_its_part() -> None:
    # The forward (0), its attachment part (1), the attached mail (2); twice: 2, 3, 4.
    raw = _forwarded_within(1)
    assert UPS in read_mail(raw, MailLimits(max_depth=2)).text
    assert read_mail(raw, MailLimits(max_depth=1)).refused == (
        "the mail's parts are nested more than 1 deep"
    )
    twice = _forwarded_within(2)
    assert UPS in read_mail(twice, MailLimits(max_depth=4)).text
    assert read_mail(twice, MailLimits(max_depth=3)).refused is not None


def test_text_exactly_at_the_limit_is_whole_and_what_follows_is_left_out() -> None:
    message = _message("a" * 50)
    message.add_attachment("b" * 50, subtype="plain", disposition="inline")
    exact = read_mail(_raw(message), MailLimits(max_text=52))  # the first part and its line end
    assert exact.text == "a" * 50 + "\r\n"
    assert exact.notes == ("text beyond the first characters read was left out",)
    first_only = _message("a" * 50)
    assert read_mail(_raw(first_only), MailLimits(max_text=52)).notes == ()


def test_an_html_part_is_never_read_as_a_mime_part() -> None:
    html = f"--boundary42\nContent-Type: text/plain\n\n<p>Tracking number: {UPS}</p>"
    message = _message()
    message.set_content(html, subtype="html")
    content = read_mail(_raw(message))
    assert content.text.startswith("--boundary42")
    assert content.notes == ()


def test_a_body_that_is_an_encoded_mime_part_is_decoded() -> None:
    encoded = base64.b64encode(f"Tracking number: {UPS}".encode()).decode()
    body = (
        "--boundary42\nContent-Transfer-Encoding: base64\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{encoded}\n"
    )
    content = read_mail(_raw(_message(body)))
    assert content.text == f"Tracking number: {UPS}"


def test_a_mime_part_or_html_is_recognised_only_in_the_first_400_characters() -> None:
    part = f"--b\nContent-Type: text/plain\n\nTracking number: {UPS}\n"
    start = "--b\r\ncontent-type:"  # counted as it arrives, with its line ends
    for padding, read_as_part in ((400 - len(start), True), (401 - len(start), False)):
        notes = read_mail(_raw(_message(" " * padding + part))).notes
        assert (notes != ()) is read_as_part, padding
    html = "<html><p>Shipped</p>"
    assert read_mail(_raw(_message(" " * 395 + html))).text == "Shipped"
    assert read_mail(_raw(_message(" " * 396 + html))).text.strip().startswith("<html>")


def _bare_part(data: bytes, content_type: bytes = b"text/plain") -> bytes:
    return b"Subject: s\r\nContent-Type: " + content_type + b"\r\n\r\n" + data


def test_a_part_without_a_charset_is_utf8() -> None:
    content = read_mail(_bare_part("Zásilka".encode()))
    assert (content.text, content.notes) == ("Zásilka", ())
    broken = read_mail(_bare_part(b"bad \xff byte"))
    assert broken.notes == ('bytes that are not "utf-8" were replaced',)


def test_bytes_of_neither_the_charset_nor_utf8_are_replaced_and_named() -> None:
    ascii_part = read_mail(_plain_part(b"bad \xff byte", "ascii"))
    assert ascii_part.text.strip() == "bad \ufffd byte"
    assert ascii_part.notes == ('bytes that are not "ascii" were replaced',)
    unknown = read_mail(_plain_part(b"bad \xff byte", "x-unknown"))
    assert unknown.notes == (
        'unknown charset "x-unknown" read as UTF-8',
        'bytes that are not "utf-8" were replaced',
    )
    long_name = "x-" + "y" * 60
    assert read_mail(_plain_part(b"ok", long_name)).notes == (
        f'unknown charset "{long_name[:40]}" read as UTF-8',
    )


def test_half_a_surrogate_pair_is_replaced_so_the_text_always_encodes() -> None:
    content = read_mail(_plain_part(b"Zasilka +2D0-", "utf-7"))
    assert content.text.strip() == "Zasilka ?"
    assert content.notes == ('bytes that are not "utf-7" were replaced',)
    content.text.encode("utf-8")
    embedded = f"--b\nContent-Type: text/plain\n\nTracking number: {UPS}\n".encode("utf-7")
    inner = read_mail(_plain_part(embedded + b" +2D0-", "utf-7"))
    assert f"Tracking number: {UPS}" in inner.text


def test_a_broken_base64_part_is_read_as_far_as_it_goes_and_noted() -> None:
    unpadded = base64.b64encode(b"Shipped today").rstrip(b"=")
    raw = _bare_part(unpadded, b"text/plain\r\nContent-Transfer-Encoding: base64")
    content = read_mail(raw)
    assert content.text == "Shipped today"
    assert content.notes == ("a part's transfer encoding was broken; it was read as it came",)


def test_headers_names_and_addresses_are_clipped() -> None:
    name, address = "N" * 210, "a" * 64 + "@" + "b" * 192 + ".example"  # 481 characters
    headers = f'From: "{name}" <{address}>\r\nSubject: {"S" * 600}\r\n\r\nx'
    content = read_mail(headers.encode())
    assert content.subject == "S" * 500
    assert content.sender_name == "N" * 200
    assert content.sender == address[:254]


def test_a_header_the_email_package_cannot_parse_is_read_as_empty() -> None:
    # Both raise inside the standard library's address parser (IndexError, AttributeError).
    content = read_mail(b"From: b@\r\nReply-To: :; <\r\nList-Id: <l.example>\r\n\r\nbody")
    assert (content.sender, content.sender_name, content.text) == ("", "", "body")
    assert content.headers == {"list-id": "<l.example>"}
    forward = _message("see below", sender="Me <me@example.com>", subject="Fwd")
    forward.add_attachment(message_from_bytes(b"From: b@\r\nSubject: UPS\r\n\r\nShipped"))
    assert read_mail(_raw(forward)).text.splitlines()[-2:] == ["Subject: UPS", "Shipped"]


def test_a_multipart_body_without_its_declared_boundary_is_read_by_its_own() -> None:
    raw = (
        b"From: UPS <mcinfo@ups.com>\r\nSubject: Delivered\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/related; boundary=declared\r\n\r\n"
        b"--actual\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
        b'<p>Tracking Number: <span id="trackingNumber">' + UPS.encode() + b"</span></p>\r\n"
        b"--actual--\r\n"
    )
    content = read_mail(raw)
    assert content.text == f"Tracking Number: {UPS}"
    assert content.marked == (UPS,)
    assert content.notes[0] == "a multipart body without its declared boundary was read as text"


def test_the_preamble_of_a_multipart_body_without_its_declared_boundary_is_left_out() -> None:
    # "This is a multi-part message in MIME format." before the first boundary (RFC 2046's
    # preamble, which most mail programs write): the parts are still read as parts, not the
    # raw quoted-printable HTML and base64 image as text
    raw = (
        b"From: UPS <mcinfo@ups.com>\r\nSubject: Delivered\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/related; boundary=declared\r\n\r\n"
        b"This is a multi-part message in MIME format.\r\n\r\n"
        b"--actual\r\nContent-Type: text/html; charset=UTF-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b'<p style=3D"color:red">Tracking Number: <span id=3D"trackingNumber">'
        + UPS.encode()
        + b"</span></p>\r\n"
        b"--actual\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5E"
        b"rkJggg==\r\n"
        b"--actual--\r\n"
    )
    content = read_mail(raw)
    assert content.text == f"Tracking Number: {UPS}"
    assert content.marked == (UPS,)
