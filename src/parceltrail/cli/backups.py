"""Backing up and restoring the SQLite database (PostgreSQL: pg_dump, docs/operations.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from parceltrail.cli.main import app, fail, open_app
from parceltrail.domain.errors import ParceltrailError


@app.command("backup")
def backup_command(
    destination: Annotated[Path, typer.Argument(help="The new file to write the backup to.")],
) -> None:
    """Copy the live SQLite database to a new file, consistent and checked; safe while
    parceltrail runs."""
    from parceltrail.storage.backup import backup

    parceltrail = open_app()
    try:
        report = backup(parceltrail.engine, destination)
    except ParceltrailError as exc:
        raise fail(exc) from None
    typer.echo(
        f"backup written to {report.path}: {report.size:,} bytes, schema {report.revision}, "
        f"{report.shipments:,} shipments, {report.events:,} events"
    )


@app.command("restore")
def restore_command(
    source: Annotated[Path, typer.Argument(help="A file `parceltrail backup` wrote.")],
    yes: Annotated[
        bool, typer.Option("--yes", help="Replace the database without asking.")
    ] = False,
) -> None:
    """Replace the SQLite database with a backup, migrated to this version; the database it
    replaces is kept beside it. Stop the server and workers first."""
    from parceltrail.storage.backup import restore

    parceltrail = open_app()
    if not yes:
        typer.confirm(f"Replace the database with {source}?", abort=True)
    try:
        report, kept = restore(parceltrail.engine, source, now=parceltrail.clock())
    except ParceltrailError as exc:
        raise fail(exc) from None
    typer.echo(
        f"restored {source}: schema {report.revision}, {report.shipments:,} shipments, "
        f"{report.events:,} events; the replaced database is kept at {kept}"
    )
