"""`parceltrail analytics ...`: count existing shipments into the analytics rollups."""

from __future__ import annotations

import time

import typer

from parceltrail.cli.main import app, open_app

analytics_app = typer.Typer(
    help="Delivery analytics' rollups (docs/analytics.md).", no_args_is_help=True
)
app.add_typer(analytics_app, name="analytics")


@analytics_app.command("rebuild")
def analytics_rebuild(
    batch: int | None = typer.Option(
        None, min=1, help="Shipments per transaction (default: services.analytics.BATCH)."
    ),
) -> None:
    """Empty the rollups and count every dispatched shipment again (the ETAs kept stay)."""
    from parceltrail.services import analytics  # loaded by the command, not at start-up

    parceltrail = open_app()
    started = time.perf_counter()
    counted = analytics.rebuild(
        uow_factory=parceltrail.uow, clock=parceltrail.clock, batch=batch or analytics.BATCH
    )
    typer.echo(f"analytics: counted {counted} shipments in {time.perf_counter() - started:.1f} s")


@analytics_app.command("sweep")
def analytics_sweep() -> None:
    """Count the shipments assessed since the last sweep, and those turning overdue."""
    from parceltrail.services import analytics

    parceltrail = open_app()
    counted = analytics.sweep_rounds(uow_factory=parceltrail.uow, clock=parceltrail.clock)
    typer.echo(f"analytics: counted {counted} shipments")
