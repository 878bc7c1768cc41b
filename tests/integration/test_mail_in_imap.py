"""Mail in from a connected mailbox, against a real IMAP server started here: pymap (PyPI
``pymap``, in-memory ``dict`` backend, plain IMAP on a loopback port), read with IMAPClient.
Only mail that arrives after connecting is read; nothing is marked seen."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

from parceltrail.bootstrap import App
from parceltrail.connectors.imap import ImapMailbox
from parceltrail.domain.users import Role
from parceltrail.jobs.mail_in import intake_from
from parceltrail.jobs.runner import InProcessRunner
from parceltrail.services import mail_in_imap
from parceltrail.storage.secret_box import FernetBox
from tests import factories

MAILS = Path(__file__).resolve().parent.parent / "data" / "mails"
USER, PASSWORD = "me", "app-password-123"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def imap_port() -> Iterator[int]:
    """One server for the module: each test's user reads only what arrives after connecting."""
    port = _free_port()
    command = [sys.executable, "-c", "import sys; from pymap.main import main; sys.exit(main())"]
    command += ["--no-tls", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--no-service", "admin", "dict"]
    command += ["--demo-user", USER, "--demo-password", PASSWORD]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert server.poll() is None, "pymap exited"
                assert time.monotonic() < deadline, "pymap did not start"
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def _append(port: int, path: Path) -> None:
    with IMAPClient("127.0.0.1", port=port, ssl=False, timeout=10) as client:
        client.login(USER, PASSWORD)
        client.append("INBOX", path.read_bytes())


def _connect(app: App, port: int, password: str = PASSWORD) -> str:
    user = factories.user(app, "me@example.com", Role.BUYER)
    form = mail_in_imap.MailboxForm("127.0.0.1", port, USER, password, security="none")
    with app.uow() as uow:
        account = mail_in_imap.connect(
            uow=uow, user=user, form=form, box=FernetBox(app.settings.secret_key), now=app.clock()
        )
    assert PASSWORD.encode() not in account.secret  # stored encrypted
    return user.id


def _visit(app: App, user_id: str) -> int:
    return mail_in_imap.visit(
        uow_factory=app.uow,
        user_id=user_id,
        mailbox=ImapMailbox(),
        box=FernetBox(app.settings.secret_key),
        intake=intake_from(app.settings, app.pollers),
        now=app.clock(),
    )


def test_only_mail_after_connecting_is_read_and_becomes_parcels(app: App, imap_port: int) -> None:
    _append(imap_port, MAILS / "mp_ups_out_for_delivery.eml")  # there before connecting
    user_id = _connect(app, imap_port)
    assert _visit(app, user_id) == 0  # the first visit notes where the folder stands
    _append(imap_port, MAILS / "mp_gls_delivering.eml")
    assert _visit(app, user_id) == 1
    assert _visit(app, user_id) == 0  # nothing new
    InProcessRunner(app.jobs).run_once()
    with app.uow() as uow:
        parcels = uow.parcels.list_for(user_id, archived=False, limit=5)
        account = uow.imap.get(user_id)
    assert [(p.tracking_number, p.carrier, p.source) for p in parcels] == [
        ("90346692444", "gls", "imap")
    ]
    assert account is not None
    assert account.last_error is None
    with IMAPClient("127.0.0.1", port=imap_port, ssl=False, timeout=10) as client:
        client.login(USER, PASSWORD)
        client.select_folder("INBOX", readonly=True)
        assert client.search(["SEEN"]) == []  # nothing marked seen


def test_the_worker_reads_due_mailboxes(app: App, imap_port: int) -> None:
    app.jobs.settings = app.settings.model_copy(update={"imap_allow_private": True})
    user_id = _connect(app, imap_port)
    InProcessRunner(app.jobs).run_once()  # first visit
    _append(imap_port, MAILS / "mp_royal_mail_uk_delivered.eml")
    app.clock.advance(minutes=6)  # type: ignore[attr-defined]
    InProcessRunner(app.jobs).run_once()  # reads the mailbox, queues the mail
    InProcessRunner(app.jobs).run_once()  # reads the mail
    with app.uow() as uow:
        parcels = uow.parcels.list_for(user_id, archived=False, limit=5)
    assert [p.tracking_number for p in parcels] == ["MA038501234GB"]


def test_a_refused_login_is_recorded_not_raised(app: App, imap_port: int) -> None:
    user_id = _connect(app, imap_port, password="wrong")
    assert _visit(app, user_id) == 0
    with app.uow() as uow:
        account = uow.imap.get(user_id)
    assert account is not None
    assert "refused" in (account.last_error or "")


def test_a_private_address_is_refused_unless_allowed(app: App, imap_port: int) -> None:
    from parceltrail.notify.netguard import public_connections_only

    user_id = _connect(app, imap_port)
    guarded = mail_in_imap.visit(
        uow_factory=app.uow,
        user_id=user_id,
        mailbox=ImapMailbox(guard=public_connections_only),
        box=FernetBox(app.settings.secret_key),
        intake=intake_from(app.settings, app.pollers),
        now=app.clock(),
    )
    assert guarded == 0
    with app.uow() as uow:
        account = uow.imap.get(user_id)
    assert account is not None
    assert "private or local" in (account.last_error or "")
