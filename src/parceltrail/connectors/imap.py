"""Reading a user's mailbox over IMAP with IMAPClient: only mails after the last UID read,
fetched with ``BODY.PEEK[]`` so nothing is marked seen, each no larger than allowed.

The caller gives the guard every connection runs in: ``notify.netguard``'s
``public_connections_only`` (a user-given host must not reach parceltrail's own network), or
none where private addresses are allowed (tests, a mail server on the operator's network).
"""

from __future__ import annotations

import imaplib
import socket
import ssl
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from parceltrail.services.parcels_ports import ImapAccount, MailboxRead, MailboxUnavailable

TIMEOUT = 20.0


class ImapMailbox:
    """The ``Mailbox`` port over IMAPClient."""

    def __init__(
        self,
        *,
        guard: Callable[[], AbstractContextManager[Any]] = nullcontext,
        timeout: float = TIMEOUT,
    ) -> None:
        self._guard = guard
        self._timeout = timeout

    def read(
        self,
        account: ImapAccount,
        password: str,
        *,
        after_uid: int | None,
        limit: int,
        max_bytes: int,
    ) -> MailboxRead:
        try:
            with self._guard(), self._connect(account) as client:
                client.login(account.username, password)
                folder = client.select_folder(account.folder, readonly=True)
                return _read(client, folder, after_uid, limit, max_bytes)
        except (IMAPClientError, imaplib.IMAP4.error, OSError, ssl.SSLError) as failed:
            raise MailboxUnavailable(_why(account, failed)) from failed

    def _connect(self, account: ImapAccount) -> IMAPClient:
        client = IMAPClient(
            account.host,
            port=account.port,
            ssl=account.security == "tls",
            timeout=self._timeout,
        )
        if account.security == "starttls":
            client.starttls(ssl.create_default_context())
        return client


def _read(
    client: IMAPClient, folder: dict[bytes, Any], after: int | None, limit: int, max_bytes: int
) -> MailboxRead:
    validity = int(folder.get(b"UIDVALIDITY", 0))
    top = int(folder.get(b"UIDNEXT", 1)) - 1
    if after is None or after >= top:
        return MailboxRead(validity, top, [])
    uids = sorted(uid for uid in client.search(["UID", f"{after + 1}:*"]) if uid > after)[:limit]
    if not uids:
        return MailboxRead(validity, top, [])
    sizes = client.fetch(uids, ["RFC822.SIZE"])
    small = [uid for uid in uids if int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0)) <= max_bytes]
    bodies = client.fetch(small, ["BODY.PEEK[]"]) if small else {}
    mails = [(uid, _body(bodies.get(uid))) for uid in uids]
    return MailboxRead(validity, max(uids), mails)


def _body(fetched: dict[bytes, Any] | None) -> bytes | None:
    if not fetched:
        return None
    body = fetched.get(b"BODY[]")
    return bytes(body) if body is not None else None


def _why(account: ImapAccount, failed: BaseException) -> str:
    where = f"{account.host[:100]}:{account.port}"
    if isinstance(failed, socket.timeout | TimeoutError):
        return f"{where} did not answer within {TIMEOUT:.0f} seconds"
    text = str(failed)[:200] or type(failed).__name__
    if "private or local" in text:
        return f"{where}: {text}; parceltrail reads only mailboxes on the internet"
    return f"{where} refused: {text}"
