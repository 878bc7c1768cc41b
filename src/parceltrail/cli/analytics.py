"""`parceltrail analytics ...`: count existing shipments into the analytics rollups."""

from __future__ import annotations

import time

import typer

from parceltrail.cli.main import app, open_app
from parceltrail.services import analytics

analytics_app = typer.Typer(
    help="Delivery analytics' rollups (docs/analytics.md).", no_args_is_help=True
)
app.add_typer(analytics_app, name="analytics")


@analytics_app.command("rebuild")
def analytics_rebuild(
    batch: int = typer.Option(analytics.BATCH, help="Shipments per transaction."),
) -> None:
    """Empty the rollups and count every dispatched shipment again (the ETAs kept stay)."""
    parceltrail = open_app()
    started = time.perf_counter()
    counted = analytics.rebuild(uow_factory=parceltrail.uow, clock=parceltrail.clock, batch=batch)
    typer.echo(f"analytics: counted {counted} shipments in {time.perf_counter() - started:.1f} s")


@analytics_app.command("sweep")
def analytics_sweep() -> None:
    """Count the shipments assessed since the last sweep, and those turning overdue."""
    parceltrail = open_app()
    counted = analytics.sweep_rounds(uow_factory=parceltrail.uow, clock=parceltrail.clock)
    typer.echo(f"analytics: counted {counted} shipments")
