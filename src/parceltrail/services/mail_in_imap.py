"""Mail in from a mailbox the user connects: host, user, app password (stored encrypted) and
folder; each visit reads only the mails that arrived since the last one.

The first visit (and one after the server renumbered the folder: a new UIDVALIDITY) only notes
where the folder stands, so old mail is never imported; later ones read the mails above that
UID. The mailbox is read outside any transaction; what it gave is stored in a short one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from parceltrail.domain.errors import NotFound, ValidationFailed
from parceltrail.domain.users import User
from parceltrail.services.mail_in import Intake, receive, record_refused
from parceltrail.services.parcels import ParcelsUnitOfWork
from parceltrail.services.parcels_ports import (
    ImapAccount,
    Mailbox,
    MailboxUnavailable,
    SecretBox,
)

SECURITY = ("tls", "starttls", "none")
PER_VISIT = 50
ACCOUNTS_PER_SWEEP = 100
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")


class ImapNotConnected(NotFound):
    code = "imap_not_connected"


@dataclass(frozen=True, slots=True)
class MailboxForm:
    host: str
    port: int
    username: str
    password: str
    folder: str = "INBOX"
    security: str = "tls"


def connect(
    *, uow: ParcelsUnitOfWork, user: User, form: MailboxForm, box: SecretBox, now: datetime
) -> ImapAccount:
    """Store (or replace) the user's mailbox; it is first read at the next visit."""
    _check(form)
    account = ImapAccount(
        user_id=user.id,
        host=form.host.strip().lower(),
        port=form.port,
        username=form.username.strip(),
        secret=box.seal(form.password),
        folder=form.folder.strip() or "INBOX",
        security=form.security,
    )
    uow.imap.save(account, now)
    return account


def _check(form: MailboxForm) -> None:
    if not _HOST.match(form.host.strip()):
        raise ValidationFailed("host: give the IMAP server's name, such as imap.example.com")
    if not 1 <= form.port <= 65535:
        raise ValidationFailed("port: 993 for IMAP over TLS, 143 for STARTTLS")
    if form.security not in SECURITY:
        raise ValidationFailed(f"security: one of {', '.join(SECURITY)}")
    if not form.username.strip() or not form.password:
        raise ValidationFailed("username and password (an app password) are both needed")


def account_of(*, uow: ParcelsUnitOfWork, user: User) -> ImapAccount:
    account = uow.imap.get(user.id)
    if account is None:
        raise ImapNotConnected("no mailbox is connected; connect one with PUT /api/v1/parcels/imap")
    return account


def disconnect(*, uow: ParcelsUnitOfWork, user: User) -> None:
    if not uow.imap.remove(user.id):
        raise ImapNotConnected("no mailbox is connected")


def visit(
    *,
    uow_factory: Callable[[], ParcelsUnitOfWork],
    user_id: str,
    mailbox: Mailbox,
    box: SecretBox,
    intake: Intake,
    now: datetime,
) -> int:
    """Read one user's mailbox once; how many new mails were taken."""
    with uow_factory() as uow:
        account = uow.imap.get(user_id)
    if account is None:
        return 0
    after = account.last_uid if account.uid_validity is not None else None
    try:
        read = mailbox.read(
            account,
            box.open(account.secret),
            after_uid=after,
            limit=PER_VISIT,
            max_bytes=intake.limits.max_bytes,
        )
    except (MailboxUnavailable, ValueError) as failed:
        with uow_factory() as uow:
            uow.imap.save(replace(account, last_polled_at=now, last_error=str(failed)[:500]), now)
        return 0
    renumbered = account.uid_validity not in (None, read.uid_validity)
    taken = 0
    with uow_factory() as uow:
        for _, raw in [] if renumbered else read.mails:
            if raw is None:
                record_refused(
                    uow=uow, user_id=user_id, via="imap", now=now, reason=_too_large(intake)
                )
            elif receive(uow=uow, user_id=user_id, raw=raw, via="imap", intake=intake, now=now):
                taken += 1
        uow.imap.save(
            account.polled(
                at=now, uid_validity=read.uid_validity, last_uid=read.last_uid, error=None
            ),
            now,
        )
    return taken


def _too_large(intake: Intake) -> str:
    return (
        f"a mail in the mailbox is larger than {intake.limits.max_bytes // 1024} KiB and was "
        "not read"
    )


def visit_due(
    *,
    uow_factory: Callable[[], ParcelsUnitOfWork],
    every: timedelta,
    mailbox: Mailbox,
    box: SecretBox,
    intake: Intake,
    now: datetime,
) -> int:
    """The `imap` sweep: read each mailbox last read at least ``every`` ago (a setting), one
    visit and its short transactions each; how many new mails were taken."""
    with uow_factory() as uow:
        due = due_accounts(uow=uow, now=now, every=every)
    return sum(
        visit(
            uow_factory=uow_factory,
            user_id=user_id,
            mailbox=mailbox,
            box=box,
            intake=intake,
            now=now,
        )
        for user_id in due
    )


def due_accounts(
    *, uow: ParcelsUnitOfWork, now: datetime, every: timedelta, limit: int = ACCOUNTS_PER_SWEEP
) -> list[str]:
    """Users whose mailbox was last read at least ``every`` ago (or never)."""
    due: list[str] = []
    for user_id in uow.imap.all_user_ids(limit):
        account = uow.imap.get(user_id)
        if account and (account.last_polled_at is None or now - account.last_polled_at >= every):
            due.append(user_id)
    return due
