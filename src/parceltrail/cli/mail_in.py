"""``parceltrail mail-in``: the SMTP server behind the users' forwarding addresses."""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Annotated

import typer

from parceltrail.cli.main import app, open_app


@app.command("mail-in")
def mail_in(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 2525,
) -> None:
    """Receive forwarded shipping mails for PARCELTRAIL_MAIL_IN_DOMAIN; the worker reads them."""
    from parceltrail.connectors.mail_in import MailInHandler, mail_in_server
    from parceltrail.jobs.mail_in import intake_from

    parceltrail = open_app()
    settings = parceltrail.settings
    if not settings.mail_in_domain:
        typer.secho(
            "error: set PARCELTRAIL_MAIL_IN_DOMAIN to the domain of the forwarding addresses "
            "(its MX record points here)",
            err=True,
            fg=typer.colors.RED,
        )
        raise typer.Exit(2)
    handler = MailInHandler(
        uow=parceltrail.uow,
        clock=parceltrail.clock,
        domain=settings.mail_in_domain,
        intake=intake_from(settings, parceltrail.pollers),
        per_hour=settings.mail_in_per_hour,
    )
    server = mail_in_server(handler, host=host, port=port, max_bytes=settings.mail_in_max_bytes)
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    server.start()
    typer.echo(f"mail-in: taking mail for *@{settings.mail_in_domain} on {host}:{port}")
    try:
        stop.wait()
    finally:
        server.stop()
        parceltrail.close()
