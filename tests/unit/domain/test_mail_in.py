"""Reading mail: MIME, charsets, HTML, forwarded mails, links, and the bounds on bad input."""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.policy import SMTP

from parceltrail.domain.mail_in import MailLimits, read_mail, understand
from parceltrail.domain.parcel_links import LinkNumber, number_in_link

UPS = "1Z999AA10123456784"


def _mail(
    body: str, *, subtype: str = "plain", sender: str = "shop@example.com", **headers: str
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["Subject"] = headers.pop("subject", "Your order has shipped")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body, subtype=subtype)
    return message.as_bytes(policy=SMTP)


def test_quoted_printable_html_gives_text_and_links_without_scripts() -> None:
    html = (
        "<html><head><style>p{}</style><script>alert('x')</script></head><body>"
        "<p>Tracking&nbsp;number:</p><table><tr><td>1Z999AA1</td></tr></table>"
        f'<a href="https://www.ups.com/track?loc=en_US&amp;tracknum={UPS}">Track</a></body></html>'
    )
    raw = _mail(html, subtype="html")
    content = read_mail(raw)
    assert "alert" not in content.text
    assert "Tracking number:" in content.text
    assert content.links == (f"https://www.ups.com/track?loc=en_US&tracknum={UPS}",)
    assert "1 script element(s) left out" in content.notes
    reading = understand(raw)
    assert [(n.number, n.carrier, n.via) for n in reading.numbers] == [(UPS, "ups", "link")]


def test_base64_and_a_declared_charset_are_decoded() -> None:
    body = "Ihre Sendung ist unterwegs. Sendungsnummer: " + UPS + " — Grüße"
    raw = (
        b"From: shop@example.de\r\nSubject: Versand\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(body.replace("—", "-").encode("latin-1"))
    )
    content = read_mail(raw)
    assert "Grüße" in content.text
    assert understand(raw).numbers[0].number == UPS


def test_an_unknown_charset_is_read_as_utf8_and_noted() -> None:
    raw = (
        b"From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=x-made-up\r\n\r\n"
        b"Tracking number " + UPS.encode() + b" \xff\r\n"
    )
    content = read_mail(raw)
    assert UPS in content.text
    assert any("unknown charset" in note for note in content.notes)


def test_too_large_too_many_parts_and_too_deep_are_refused_with_the_reason() -> None:
    limits = MailLimits(max_bytes=1000, max_parts=3, max_depth=2, max_text=10_000)
    big = understand(b"Subject: x\r\n\r\n" + b"a" * 2000, limits=limits)
    assert big.outcome == "refused"
    assert "KiB" in (big.reason or "")
    parts = EmailMessage()
    parts["Subject"] = "many"
    parts.set_content("one")
    for index in range(4):
        parts.add_attachment(f"part {index}", filename=f"{index}.txt")
    many = understand(parts.as_bytes(), limits=MailLimits(max_parts=3))
    assert many.outcome == "refused"
    assert "parts" in (many.reason or "")
    nested = "Content-Type: text/plain\r\n\r\nhi\r\n"
    for level in range(12):
        nested = (
            f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n'
            f"{nested}\r\n--b{level}--\r\n"
        )
    deep = understand(("Subject: deep\r\n" + nested).encode(), limits=MailLimits(max_depth=8))
    assert deep.outcome == "refused"
    assert "nested" in (deep.reason or "")


def test_garbage_never_raises() -> None:
    for raw in (b"", b"\x00\xff" * 100, b"Content-Type: multipart/mixed\r\n\r\n--", b"From: <"):
        assert understand(raw).outcome in ("nothing_found", "refused")


def test_a_mail_with_no_number_says_why() -> None:
    reading = understand(_mail("Thanks for your order #12345! We will ship it soon."))
    assert reading.outcome == "nothing_found"
    assert "no tracking number" in (reading.reason or "")
    assert reading.order_reference == "12345"


def test_a_forwarded_mail_keeps_its_shop_and_numbers() -> None:
    body = (
        "---------- Forwarded message ---------\n"
        "From: AliExpress <transaction@notice.aliexpress.com>\n"
        "Subject: Your order 8123456789 has been shipped\n\n"
        f"Item: Wireless earbuds\nTracking number: {UPS}\n"
    )
    reading = understand(_mail(body, sender="me@gmail.com", subject="Fwd: shipped"))
    assert reading.shop is not None
    assert reading.shop.name == "AliExpress"
    assert reading.numbers[0].number == UPS
    assert reading.items == ("Wireless earbuds",)
    assert reading.label() == "Wireless earbuds from AliExpress"


def test_the_same_mail_has_the_same_fingerprint() -> None:
    one = _mail("x", Message_ID="<abc@shop.example>")
    forwarded_again = one.replace(b"Subject: Your order has shipped", b"Subject: Fwd: again")
    assert read_mail(one).fingerprint == read_mail(forwarded_again).fingerprint
    assert read_mail(_mail("x")).fingerprint != read_mail(_mail("y")).fingerprint


def test_tracking_links_of_the_directory_give_number_and_carrier() -> None:
    page = "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html"
    dhl = f"{page}?piececode=00340435073630130811"
    assert number_in_link(dhl) == LinkNumber("00340435073630130811", "dhl_paket")
    evri = number_in_link("https://www.evri.com/track/parcel/H00QWA0000123456")
    assert evri is not None
    assert evri.carrier == "evri"
    wrapped = "https://click.example.net/L0/https:%2F%2Fwww.ups.com%2Ftrack%3Ftracknum%3D" + UPS
    assert number_in_link(wrapped) == LinkNumber(UPS, "ups")
    assert number_in_link("https://example.com/?tracking=" + UPS) is None
    assert number_in_link("javascript:alert(1)") is None


def test_a_carriers_mail_names_the_shop_the_parcel_is_from() -> None:
    body = f"Your parcel is on its way.\nTracking number: {UPS}\n"
    subject = "Your UPS parcel from John Lewis & Partners is on its way"
    reading = understand(_mail(body, sender="mcinfo@ups.com", subject=subject))
    assert reading.shop is not None
    assert (reading.shop.kind, reading.shop_name) == ("carrier", "John Lewis & Partners")
    assert reading.label() == "Parcel from John Lewis & Partners"
    plain = understand(_mail(body, sender="mcinfo@ups.com", subject="UPS Update"))
    assert plain.label() == "Parcel (mail from UPS)"


def test_a_carriers_subject_naming_the_parcel_by_number_gives_it() -> None:
    # Mondial Relay's Dutch "ready for pickup" mail states its number only in the subject.
    subject = "Je pakket 77116398 ligt voor je klaar"
    reading = understand(_mail("Goed nieuws!", sender="noreply@mondialrelay.fr", subject=subject))
    assert reading.shop is not None
    assert reading.shop.name == "Mondial Relay"
    assert [(n.number, n.carrier, n.via) for n in reading.numbers] == [
        ("77116398", "mondial_relay", "label")
    ]


def test_a_shops_own_tracking_code_is_taken_without_a_carrier() -> None:
    body = "Your Vinted Go parcel is ready.\nTracking code: 1788036855089520\n"
    reading = understand(_mail(body, sender="no-reply@vinted.com", subject="Collect it"))
    assert reading.shop is not None
    assert (reading.shop.name, reading.shop.kind) == ("Vinted", "marketplace")
    assert [(n.number, n.carrier) for n in reading.numbers] == [("1788036855089520", None)]
    # Not from a shop it knows, or not labelled "tracking": the bare number is no parcel's.
    unknown = "Your parcel is ready.\nTracking code: 1788036855089520\n"
    assert understand(_mail(unknown, subject="Collect it")).numbers == ()
    shipment = "Shipment 1788036855089520 is ready.\n"
    assert understand(_mail(shipment, sender="no-reply@vinted.com")).numbers == ()
