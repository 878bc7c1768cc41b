"""``parceltrail mail-in``: an SMTP server (aiosmtpd) that takes mail only for known
forwarding addresses, within size and rate limits, and queues it for the job runner.

Every database call runs in a worker thread, never on the event loop. A refused mail gets a
permanent (5xx) or temporary (4xx) SMTP answer that says why, so the sender's server tells
the user.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from parceltrail.domain.clock import Clock
from parceltrail.domain.rate_limits import RateLimited
from parceltrail.services import mail_in
from parceltrail.services.ports import UnitOfWork

log = logging.getLogger(__name__)
MAX_RECIPIENTS = 10


class MailInHandler:
    """aiosmtpd's handler: RCPT checks the address, DATA stores and queues the mail."""

    def __init__(
        self,
        *,
        uow: Callable[[], UnitOfWork],
        clock: Clock,
        domain: str,
        intake: mail_in.Intake,
        per_hour: int,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._domain = domain
        self._intake = intake
        self._per_hour = per_hour

    async def handle_RCPT(  # noqa: N802 - the name aiosmtpd calls
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 Too many recipients"
        user_id = await asyncio.to_thread(self._known, address)
        if user_id is None:
            return "550 5.1.1 No such forwarding address here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - the name aiosmtpd calls
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        raw = envelope.original_content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", errors="replace")
        if len(raw) > self._intake.limits.max_bytes:
            return "552 5.3.4 Message too big for this forwarding address"
        answers = [await asyncio.to_thread(self._take, rcpt, raw) for rcpt in envelope.rcpt_tos]
        return next((a for a in answers if not a.startswith("250")), answers[0])

    def _known(self, address: str) -> str | None:
        with self._uow() as uow:
            inbox = mail_in.recipient_inbox(uow=uow, address=address, domain=self._domain)
        return inbox.user_id if inbox else None

    def _take(self, address: str, raw: bytes) -> str:
        now = self._clock()
        try:
            with self._uow() as uow:
                inbox = mail_in.recipient_inbox(uow=uow, address=address, domain=self._domain)
                if inbox is None:  # rotated between RCPT and DATA
                    return "550 5.1.1 No such forwarding address here"
                mail_in.within_mail_rate(
                    uow=uow, user_id=inbox.user_id, per_hour=self._per_hour, now=now
                )
                mail_in.receive(
                    uow=uow,
                    user_id=inbox.user_id,
                    raw=raw,
                    via="smtp",
                    intake=self._intake,
                    now=now,
                )
        except RateLimited:
            return "452 4.2.2 Too many mails for this address this hour; try again later"
        except Exception:
            log.exception("mail-in: a mail for %s could not be stored", address)
            return "451 4.3.0 Could not store the mail now; try again later"
        return "250 Message accepted"


class _ForwardedMailSMTP(SMTP):
    """RFC 5321 allows 1,000 characters a line; forwarded shipping mails (HTML from mail
    clients) often have longer ones, so up to 20,000 are taken. The size limit still holds."""

    line_length_limit = 20_000


class _Controller(Controller):
    def factory(self) -> SMTP:
        return _ForwardedMailSMTP(self.handler, **self.SMTP_kwargs)


def mail_in_server(handler: MailInHandler, *, host: str, port: int, max_bytes: int) -> Any:
    """An aiosmtpd controller (its own thread and loop): ``start()``, then ``stop()``."""
    return _Controller(
        handler, hostname=host, port=port, data_size_limit=max_bytes, ready_timeout=10.0
    )
