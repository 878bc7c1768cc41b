"""``parceltrail mail-in --host H --port P`` as an operator runs it, and ``worker --once``."""

from __future__ import annotations

import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from parceltrail.bootstrap import build
from parceltrail.cli import app
from parceltrail.config import Settings
from parceltrail.domain.users import Role
from parceltrail.services import mail_in
from tests import factories

MAIL = Path(__file__).resolve().parent.parent / "data" / "mails" / "mp_gls_delivering.eml"
DOMAIN = "in.parceltrail.test"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    # A minute, not seconds: a new interpreter importing the app took over 20 s once on a
    # machine with many runnable processes a core, and the test failed without a fault.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("mail-in did not start listening")


def test_mail_in_takes_a_mail_and_the_worker_makes_it_a_parcel(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PARCELTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'mail.db'}",
        "PARCELTRAIL_MAIL_IN_DOMAIN": DOMAIN,
    }
    runner = CliRunner(env=env)
    assert runner.invoke(app, ["migrate"]).exit_code == 0
    parceltrail = build(Settings(database_url=env["PARCELTRAIL_DATABASE_URL"]))
    user = factories.user(parceltrail, "me@example.com", Role.BUYER)
    with parceltrail.uow() as uow:
        address = mail_in.address_of(uow=uow, user=user, domain=DOMAIN, now=parceltrail.clock())
    port = _free_port()
    command = [sys.executable, "-m", "parceltrail", "mail-in", "--host", "127.0.0.1"]
    process = subprocess.Popen([*command, "--port", str(port)], env=env, stderr=subprocess.PIPE)
    try:
        _wait_for(port, process)
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            wire = MAIL.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            client.sendmail("me@mail.example", [address], wire)
    finally:
        process.send_signal(signal.SIGTERM)
        stopped = process.wait(timeout=20)
        if process.stderr is not None:
            process.stderr.close()
    assert stopped == 0
    assert runner.invoke(app, ["worker", "--once"]).exit_code == 0
    with parceltrail.uow() as uow:
        parcels = uow.parcels.list_for(user.id, archived=False, limit=5)
    parceltrail.close()
    assert [(p.tracking_number, p.carrier, p.source) for p in parcels] == [
        ("90346692444", "gls", "mail")
    ]


def test_mail_in_without_a_domain_says_what_to_set(tmp_path: Path) -> None:
    env = {**os.environ, "PARCELTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    env.pop("PARCELTRAIL_MAIL_IN_DOMAIN", None)
    result = CliRunner(env=env).invoke(app, ["mail-in", "--port", str(_free_port())])
    assert result.exit_code == 2
    assert "PARCELTRAIL_MAIL_IN_DOMAIN" in result.output
