"""Mail in end to end: a real SMTP client (smtplib) hands mail to ``mail-in`` on loopback, the
job runner reads it, and the parcel is in the user's list; refusals come back as SMTP answers."""

from __future__ import annotations

import smtplib
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from parceltrail.bootstrap import App
from parceltrail.connectors.mail_in import MailInHandler, mail_in_server
from parceltrail.domain.users import Role
from parceltrail.jobs.mail_in import intake_from
from parceltrail.jobs.runner import InProcessRunner
from parceltrail.services import mail_in
from tests import factories

MAILS = Path(__file__).resolve().parent.parent / "data" / "mails"
DOMAIN = "in.parceltrail.test"
UPS_MAIL = MAILS / "mp_ups_out_for_delivery_new.eml"  # states 1Z0Y12345678031234
AMAZON_MAIL = MAILS / "mp_amazon_shipped.eml"  # states no number


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(app: App) -> Iterator[int]:
    handler = MailInHandler(
        uow=app.uow,
        clock=app.clock,
        domain=DOMAIN,
        intake=intake_from(app.settings, app.pollers),
        per_hour=5,
    )
    port = _free_port()
    controller = mail_in_server(handler, host="127.0.0.1", port=port, max_bytes=200_000)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def _address(app: App, email: str = "me@example.com") -> tuple[str, str]:
    user = factories.user(app, email, Role.BUYER)
    with app.uow() as uow:
        address = mail_in.address_of(uow=uow, user=user, domain=DOMAIN, now=app.clock())
    return user.id, address


def _send(port: int, to: str, raw: bytes) -> None:
    """Send as a mail client does: CRLF line ends (smtplib leaves bytes as they are)."""
    wire = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.sendmail("me@mail.example", [to], wire)


def _parcels(app: App, user_id: str) -> list[tuple[str, str | None, str, str]]:
    with app.uow() as uow:
        found = uow.parcels.list_for(user_id, archived=False, limit=10)
    return [(p.tracking_number, p.carrier, p.source, p.label) for p in found]


def test_a_forwarded_shipping_mail_becomes_a_parcel(app: App, server: int) -> None:
    user_id, address = _address(app)
    _send(server, address, UPS_MAIL.read_bytes())
    assert _parcels(app, user_id) == []  # queued, not read on the SMTP connection
    InProcessRunner(app.jobs).run_once()
    assert _parcels(app, user_id) == [
        ("1Z0Y12345678031234", "ups", "mail", "Parcel (mail from UPS)")
    ]
    with app.uow() as uow:
        [mail] = uow.mails.recent(user_id, 5)
        assert (mail.status, mail.numbers, mail.shop) == ("found", ("1Z0Y12345678031234",), "UPS")
        assert uow.mails.raw(mail.id)[1] is None  # the mail itself is gone once read


def test_the_same_mail_twice_is_one_parcel(app: App, server: int) -> None:
    user_id, address = _address(app)
    _send(server, address, UPS_MAIL.read_bytes())
    _send(server, address, UPS_MAIL.read_bytes())
    InProcessRunner(app.jobs).run_once()
    assert len(_parcels(app, user_id)) == 1
    with app.uow() as uow:
        assert len(uow.mails.recent(user_id, 5)) == 1


def test_a_mail_without_a_number_is_recorded_with_the_reason(app: App, server: int) -> None:
    user_id, address = _address(app)
    _send(server, address, AMAZON_MAIL.read_bytes())
    InProcessRunner(app.jobs).run_once()
    assert _parcels(app, user_id) == []
    with app.uow() as uow:
        [mail] = uow.mails.recent(user_id, 5)
    assert (mail.status, mail.shop) == ("nothing_found", "Amazon")
    assert "no tracking number" in (mail.reason or "")


def test_unknown_addresses_and_oversized_mail_are_refused(app: App, server: int) -> None:
    _, address = _address(app)
    with pytest.raises(smtplib.SMTPRecipientsRefused) as unknown:
        _send(server, f"nobody@{DOMAIN}", b"Subject: hi\r\n\r\nhello\r\n")
    assert unknown.value.recipients[f"nobody@{DOMAIN}"][0] == 550
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        _send(server, "someone@elsewhere.example", b"Subject: hi\r\n\r\nhello\r\n")
    huge = b"Subject: big\r\n\r\n" + b"x" * 300_000 + b"\r\n"
    with pytest.raises((smtplib.SMTPSenderRefused, smtplib.SMTPDataError)) as too_big:
        _send(server, address, huge)
    assert too_big.value.smtp_code == 552


def test_a_mail_bomb_stops_at_the_hourly_limit(app: App, server: int) -> None:
    _, address = _address(app)
    for index in range(5):
        _send(
            server, address, f"Message-ID: <m{index}@x>\r\nSubject: {index}\r\n\r\nhi\r\n".encode()
        )
    with pytest.raises(smtplib.SMTPDataError) as refused:
        _send(server, address, b"Message-ID: <m6@x>\r\nSubject: 6\r\n\r\nhi\r\n")
    assert refused.value.smtp_code == 452


def test_a_rotated_address_takes_no_more_mail(app: App, server: int) -> None:
    user = factories.user(app, "me@example.com", Role.BUYER)
    with app.uow() as uow:
        old = mail_in.address_of(uow=uow, user=user, domain=DOMAIN, now=app.clock())
    with app.uow() as uow:
        new = mail_in.rotate_address(uow=uow, user=user, domain=DOMAIN, now=app.clock())
    assert new != old
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        _send(server, old, b"Subject: hi\r\n\r\nhello\r\n")
    _send(server, new, b"Subject: hi\r\n\r\nhello\r\n")
