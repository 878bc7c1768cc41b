"""E-mail: MIME messages with text and HTML parts, sent over SMTP or kept in the dev inbox."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from parceltrail.notify.errors import DeliveryFailed

MAX_SUBJECT = 200


@dataclass(frozen=True, slots=True)
class Mail:
    to: str
    subject: str
    text: str
    html: str
    key: str  # the delivery's idempotency key: the Message-ID is derived from it
    date: datetime
    unsubscribe_url: str | None = None


class Mailer(Protocol):
    transport: str

    def send(self, message: EmailMessage) -> None: ...


def clean_header(value: str, limit: int = MAX_SUBJECT) -> str:
    """One line, no control characters, bounded: nothing can start a new header."""
    text = "".join(ch if ch.isprintable() else " " for ch in value)
    return " ".join(text.split())[:limit]


def _address(raw: str) -> Address:
    name, addr = parseaddr(raw)
    user, _, domain = addr.rpartition("@")
    broken = not raw.isprintable() or any(ch in addr for ch in "<>,;: ")
    if broken or not user or not domain or "." not in domain:
        raise DeliveryFailed(f"{clean_header(raw, 80)!r} is not an e-mail address", permanent=True)
    try:
        return Address(display_name=clean_header(name, 100), username=user, domain=domain)
    except (ValueError, IndexError) as exc:
        raise DeliveryFailed(f"invalid address {addr[:80]!r}: {exc}", permanent=True) from None


def build_message(mail: Mail, *, sender: str) -> EmailMessage:
    """The MIME message: stable Message-ID, Date, RFC 8058 one-click unsubscribe headers."""
    message = EmailMessage(policy=SMTP)
    from_address = _address(sender)
    message["From"] = from_address
    message["To"] = _address(mail.to)
    message["Subject"] = clean_header(mail.subject)
    message["Date"] = format_datetime(mail.date)
    message["Message-ID"] = f"<{mail.key}@{from_address.domain}>"
    if mail.unsubscribe_url:
        message["List-Unsubscribe"] = f"<{clean_header(mail.unsubscribe_url, 1000)}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(mail.text)
    message.add_alternative(mail.html, subtype="html")
    return message


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str
    port: int
    username: str | None
    password: str | None
    tls: bool  # smtps://: TLS from the first byte
    starttls: bool


def parse_smtp_url(url: str) -> SmtpConfig:
    """smtp://user:pass@host:587?starttls=true, or smtps://user:pass@host:465."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise ValueError("PARCELTRAIL_SMTP_URL must look like smtp://user:pass@host:587")
    query = parse_qs(parts.query)
    tls = parts.scheme == "smtps"
    starttls = query.get("starttls", ["false"])[0].lower() in ("1", "true", "yes")
    return SmtpConfig(
        host=parts.hostname,
        port=parts.port or (465 if tls else 587 if starttls else 25),
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        tls=tls,
        starttls=starttls,
    )


class SmtpMailer:
    transport = "smtp"

    def __init__(self, url: str, *, timeout: float) -> None:
        self.config = parse_smtp_url(url)
        self.timeout = timeout

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        if c.tls:
            return smtplib.SMTP_SSL(
                c.host, c.port, timeout=self.timeout, context=ssl.create_default_context()
            )
        client = smtplib.SMTP(c.host, c.port, timeout=self.timeout)
        if c.starttls:
            client.starttls(context=ssl.create_default_context())
        return client

    def send(self, message: EmailMessage) -> None:
        try:
            with self._connect() as client:
                if self.config.username:
                    client.login(self.config.username, self.config.password or "")
                client.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise DeliveryFailed(
                f"the SMTP server refused the recipient: {exc.recipients}",
                permanent=all(code >= 500 for code in codes),
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise DeliveryFailed(
                f"SMTP {exc.smtp_code}: {exc.smtp_error!r}", permanent=exc.smtp_code >= 500
            ) from None
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            raise DeliveryFailed(f"SMTP server unreachable: {type(exc).__name__}: {exc}") from None


class DevInbox:
    """No SMTP server: the message stays in the database and shows at /dev/inbox."""

    transport = "dev"

    def send(self, message: EmailMessage) -> None:
        return None


def build_mailer(smtp_url: str | None, *, timeout: float) -> Mailer:
    return SmtpMailer(smtp_url, timeout=timeout) if smtp_url else DevInbox()
