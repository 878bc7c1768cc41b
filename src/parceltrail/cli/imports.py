"""CSV import of shipments and carrier events, with progress and an exact summary."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from parceltrail.cli.main import fail, import_app, open_app
from parceltrail.domain.errors import ParceltrailError

if TYPE_CHECKING:
    from parceltrail.bootstrap import App

SellerOption = Annotated[str, typer.Option("--seller", help="The importing seller's e-mail.")]
ReportOption = Annotated[
    Path | None, typer.Option("--report", help="Also write every rejection to this CSV file.")
]
CsvFile = Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A CSV UTF-8 file.")]


@import_app.command("shipments")
def import_shipments(file: CsvFile, seller: SellerOption, report: ReportOption = None) -> None:
    """Orders and their dispatch: order_reference,buyer_email,title,quantity,tracking_number,
    carrier?,dispatched_at?. A new reference creates the order; each row is whole or absent."""
    from parceltrail.services.bulk import SHIPMENT_COLUMNS
    from parceltrail.services.csv_import import import_shipments as run

    def with_protection(app: App, **batches: Any) -> Any:
        return run(protection=app.periods.protection, **batches)

    _import(file, seller, report, SHIPMENT_COLUMNS, with_protection)


@import_app.command("events")
def import_events(file: CsvFile, seller: SellerOption, report: ReportOption = None) -> None:
    """Carrier events for your shipments: tracking_number,occurred_at,description,status?,
    city?,country?,carrier?,code?,id?. An event already stored counts as a duplicate."""
    from parceltrail.services.bulk import EVENT_COLUMNS
    from parceltrail.services.csv_import import import_events as run

    _import(file, seller, report, EVENT_COLUMNS, lambda _app, **batches: run(**batches))


def _import(file: Path, email: str, report: Path | None, columns: Any, run: Any) -> None:
    """Stream the file in committed batches with a progress bar on stderr, then the summary."""
    from parceltrail.services import bulk
    from parceltrail.services import users as user_service
    from parceltrail.services.csv_import import Summary

    parceltrail = open_app()
    try:
        with parceltrail.uow() as uow:
            seller = user_service.find_seller(uow=uow, email=email)
    except ParceltrailError as exc:
        raise fail(exc) from None
    summary, interrupted = Summary(), False
    with (
        file.open("rb") as stream,
        typer.progressbar(
            length=file.stat().st_size, label=f"importing {file.name}", file=sys.stderr
        ) as bar,
    ):
        try:
            records = bulk.read(bulk.lines_of(stream), columns)
            for committed in run(
                parceltrail,
                uow=parceltrail.uow,
                clock=parceltrail.clock,
                seller=seller,
                records=records,
            ):
                summary = committed
                bar.update(stream.tell() - bar.pos)
        except ParceltrailError as exc:
            raise fail(exc) from None
        except KeyboardInterrupt:
            interrupted = True
    parceltrail.close()
    _summarise(file, summary, report, interrupted)


def _summarise(file: Path, summary: Any, report: Path | None, interrupted: bool) -> None:
    typer.echo(
        f"{file.name}: {summary.rows:,} rows: {summary.accepted:,} accepted, "
        f"{summary.duplicates:,} duplicate, {len(summary.rejected):,} rejected"
    )
    for rejected in summary.rejected:
        typer.echo(f"  line {rejected.line}: {rejected.reason}: {rejected.message}")
    if report is not None:
        with report.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["line", "reason", "message"])
            writer.writerows((r.line, r.reason, r.message) for r in summary.rejected)
    if interrupted:
        typer.secho(
            f"interrupted: rows up to line {summary.last_line} are imported, none after it; "
            "run the same command again to finish (imported rows count as duplicates)",
            err=True,
            fg=typer.colors.YELLOW,
        )
        raise typer.Exit(code=130)
    if summary.rejected:
        raise typer.Exit(code=1)
