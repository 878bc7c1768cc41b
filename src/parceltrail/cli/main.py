"""The `parceltrail` command line: the app, its shared helpers, and serving."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from parceltrail import __version__
from parceltrail.domain.errors import ParceltrailError

if TYPE_CHECKING:  # the app (database, queues...) is imported on use: `detect` needs none of it
    from parceltrail.bootstrap import App
    from parceltrail.config import Settings

app = typer.Typer(help="parceltrail: self-hosted order and parcel tracking.", no_args_is_help=True)
users_app = typer.Typer(help="Manage user accounts.", no_args_is_help=True)
tokens_app = typer.Typer(help="Manage API tokens.", no_args_is_help=True)
import_app = typer.Typer(help="Import shipments or carrier events from CSV.", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(tokens_app, name="tokens")
app.add_typer(import_app, name="import")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"parceltrail {__version__}")
        raise typer.Exit


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Self-hosted order and parcel tracking."""


def fail(exc: ParceltrailError) -> typer.Exit:
    typer.secho(f"error: {exc.message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code=2 if exc.http_status in (404, 422, 409) else 1)


def open_app() -> App:
    from parceltrail.bootstrap import build

    return build()


def configure_logs(settings: Settings) -> None:
    """For the long-running commands: every record one line, with its request id."""
    from parceltrail import logs

    logs.configure(settings.log_level, settings.log_format)


@app.command()
def migrate() -> None:
    """Create or upgrade the database schema."""
    from parceltrail.storage.migrate import current, upgrade

    parceltrail = open_app()
    upgrade(parceltrail.engine)
    typer.echo(f"database at revision {current(parceltrail.engine)}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    migrate_first: Annotated[
        bool, typer.Option("--migrate", help="Bring the schema up to date before serving.")
    ] = False,
) -> None:
    """Serve the web app and API."""
    import uvicorn

    from parceltrail.web.app import create_app

    parceltrail = open_app()
    settings = parceltrail.settings
    configure_logs(settings)
    if migrate_first:
        from parceltrail.storage.migrate import upgrade

        upgrade(parceltrail.engine)
    uvicorn.run(
        create_app(parceltrail, run_jobs=settings.run_jobs_in_server and not settings.queue_url),
        host=host or settings.host,
        port=port or settings.port,
        log_level=settings.log_level.lower(),
        log_config=None,  # configure_logs' handler, with request ids
        access_log=False,  # the app logs each request itself, with its id and duration
    )


@app.command()
def demo(
    orders: Annotated[
        int | None, typer.Option(help="How many demo orders to create (12; 300 with --live).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for a reproducible demo.")] = 7,
    tokens: Annotated[
        bool, typer.Option("--tokens", help="Print new API tokens for the demo seller and buyer.")
    ] = False,
    live: Annotated[
        bool, typer.Option("--live", help="Serve with the simulator; parcels move while you watch.")
    ] = False,
    speed: Annotated[
        float, typer.Option(help="With --live: simulated seconds per second.")
    ] = 600.0,
    host: Annotated[str | None, typer.Option(help="With --live: interface to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="With --live: port to listen on.")] = None,
) -> None:
    """Migrate and fill the database with demo data; with --live, also serve and keep polling."""
    if live:
        _live_demo(orders or 300, seed, speed, host, port, tokens)
        return
    from parceltrail.demo.seed import seed_demo
    from parceltrail.storage.migrate import upgrade

    parceltrail = open_app()
    upgrade(parceltrail.engine)
    summary = seed_demo(parceltrail, orders=orders or 12, seed=seed, issue_tokens=tokens)
    typer.echo(summary)


def _live_demo(
    orders: int, seed: int, speed: float, host: str | None, port: int | None, tokens: bool
) -> None:
    import uvicorn

    from parceltrail.config import Settings
    from parceltrail.demo.live import start_live
    from parceltrail.demo.seed import live_accounts, open_accounts
    from parceltrail.web.app import create_app

    settings = Settings()
    configure_logs(settings)
    live = start_live(settings, seed=seed, orders=orders, speed=speed)
    typer.echo(live.summary)
    accounts = live_accounts()
    typer.echo(
        "\n".join(open_accounts(live.app, accounts, tokens_for=accounts[:1] if tokens else ()))
    )
    typer.echo(
        f"simulator API at {live.server.url}; one real minute is {speed / 60:g} simulated hours"
    )
    try:
        uvicorn.run(
            create_app(live.app, run_jobs=not settings.queue_url),
            host=host or settings.host,
            port=port or settings.port,
            log_level=settings.log_level.lower(),
            log_config=None,  # configure_logs' handler, with request ids
            access_log=False,  # the app logs each request itself, with its id and duration
        )
    finally:
        live.stop()


@app.command()
def simulator(
    seed: Annotated[int, typer.Option(help="Seed: the same seed gives the same parcels.")] = 1,
    parcels: Annotated[int, typer.Option(help="Parcels already on their way.")] = 500,
    speed: Annotated[float, typer.Option(help="Simulated seconds per real second.")] = 600.0,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8100,
) -> None:
    """Serve the carrier network simulator's tracking API (see docs/simulator.md)."""
    import uvicorn

    from parceltrail.simulator.api import create_app
    from parceltrail.simulator.world import build_world

    network = build_world(seed=seed, parcels=parcels, speed=speed, start=datetime.now(UTC))
    typer.echo(f"simulator: {parcels} parcels, seed {seed}, {speed:g}x; try GET /v1/parcels")
    uvicorn.run(create_app(network), host=host, port=port, log_level="warning")
