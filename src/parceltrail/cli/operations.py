"""Commands that run the background work: sweeps, polling, the job worker."""

from __future__ import annotations

from typing import Annotated

import typer

from parceltrail.cli.main import app, configure_logs, open_app


@app.command()
def sweep(
    lanes: Annotated[
        bool,
        typer.Option(
            "--lanes",
            help="Also re-learn lane transit times and each carrier's next-scan windows.",
        ),
    ] = False,
) -> None:
    """Run the sweeps once: health and ETAs, analytics, dispute escalation, auto-confirmation."""
    from parceltrail.services import analytics, disputes, health
    from parceltrail.services.polling import learn_windows

    parceltrail = open_app()
    with parceltrail.uow() as uow:
        learned = health.learn_lanes(uow=uow, now=parceltrail.clock()) if lanes else 0
        escalated = disputes.escalate_overdue(
            uow=uow, now=parceltrail.clock(), periods=parceltrail.periods
        )
        confirmed = disputes.auto_confirm(uow=uow, now=parceltrail.clock())
    typer.echo(f"disputes escalated: {escalated}; orders auto-confirmed: {confirmed}")
    more = True
    while more:
        with parceltrail.uow() as uow:
            report = health.sweep(uow=uow, now=parceltrail.clock())
        more = report.more
        typer.echo(f"health: examined {report.examined}, changed {report.changed}")
    counted = analytics.sweep_rounds(uow_factory=parceltrail.uow, clock=parceltrail.clock)
    typer.echo(f"analytics: counted {counted}")
    if lanes:
        windows = learn_windows(uow_factory=parceltrail.uow, now=parceltrail.clock())
        typer.echo(f"lanes re-learned: {learned}; next-scan windows learned: {windows}")


@app.command()
def poll(
    once: Annotated[bool, typer.Option("--once", help="One sweep, then exit.")] = False,
    every: Annotated[float, typer.Option(help="Seconds between sweeps.")] = 30.0,
    simulator_url: Annotated[
        str | None, typer.Option(help="Simulator to poll (default PARCELTRAIL_SIMULATOR_URL).")
    ] = None,
) -> None:
    """Poll carriers for the shipments that are due (adaptive schedule, see docs/simulator.md).

    Polls the simulator (PARCELTRAIL_SIMULATOR_URL or --simulator-url) and the carrier APIs
    configured for karrio (PARCELTRAIL_KARRIO_*, docs/carriers.md).
    """
    import time

    from parceltrail.connectors.http import outbound_client
    from parceltrail.jobs.carriers import carrier_clients
    from parceltrail.services.polling import poll_due

    parceltrail = open_app()
    settings = parceltrail.settings
    if not (simulator_url or settings.simulator_url or settings.karrio_carriers()):
        typer.secho(
            "error: nothing to poll; set PARCELTRAIL_SIMULATOR_URL (or --simulator-url) or a "
            "carrier's PARCELTRAIL_KARRIO_* setting (docs/carriers.md)",
            err=True,
        )
        raise typer.Exit(code=2)
    with outbound_client(timeout=10.0) as http:
        clients, problems = carrier_clients(settings, http, simulator_url=simulator_url)
        if problems:
            for problem in problems:
                typer.secho(f"error: {problem}", err=True)
            raise typer.Exit(code=2)
        while True:
            report = poll_due(uow_factory=parceltrail.uow, clients=clients, now=parceltrail.clock())
            typer.echo(report.summary())
            if once:
                return
            time.sleep(every)


@app.command()
def worker(
    once: Annotated[
        bool, typer.Option("--once", help="Run every due job and sweep, then exit.")
    ] = False,
    threads: Annotated[int, typer.Option(help="Dramatiq worker threads.")] = 8,
) -> None:
    """Run background jobs: in-process, or Dramatiq workers when PARCELTRAIL_QUEUE_URL is set."""
    from parceltrail.jobs.worker import run_worker

    parceltrail = open_app()
    configure_logs(parceltrail.settings)
    raise typer.Exit(run_worker(parceltrail.jobs, once=once, threads=threads, echo=typer.echo))


@app.command()
def quota() -> None:
    """Each tracking backend's quota: registered today and this month against its budget
    (PARCELTRAIL_*_DAILY_BUDGET, ..._MONTHLY_BUDGET), and what the provider says is left."""
    from parceltrail.services.backends import quotas

    parceltrail = open_app()
    configured = parceltrail.jobs.backends
    if not configured.aggregators:
        typer.echo("no tracking backend with a key (PARCELTRAIL_17TRACK_API_KEY, ...)")
        return
    for view in quotas(uow_factory=parceltrail.uow, backends=configured, now=parceltrail.clock()):
        typer.echo(view.line())
