"""The `parceltrail` command line."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated, Any

import typer

from parceltrail import __version__
from parceltrail.bootstrap import App, build
from parceltrail.domain.errors import ParceltrailError
from parceltrail.domain.users import Role
from parceltrail.services import tracking as tracking_service
from parceltrail.services import users as user_service
from parceltrail.services.views import TrackingView

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


def _fail(exc: ParceltrailError) -> typer.Exit:
    typer.secho(f"error: {exc.message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code=2 if exc.http_status in (404, 422, 409) else 1)


def _app() -> App:
    return build()


@app.command()
def migrate() -> None:
    """Create or upgrade the database schema."""
    from parceltrail.storage.migrate import current, upgrade

    parceltrail = _app()
    upgrade(parceltrail.engine)
    typer.echo(f"database at revision {current(parceltrail.engine)}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
) -> None:
    """Serve the web app and API."""
    import uvicorn

    from parceltrail.web.app import create_app

    parceltrail = _app()
    settings = parceltrail.settings
    uvicorn.run(
        create_app(parceltrail, run_jobs=settings.run_jobs_in_server and not settings.queue_url),
        host=host or settings.host,
        port=port or settings.port,
        log_level=settings.log_level.lower(),
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
    from parceltrail.demo import seed_demo
    from parceltrail.storage.migrate import upgrade

    parceltrail = _app()
    upgrade(parceltrail.engine)
    summary = seed_demo(parceltrail, orders=orders or 12, seed=seed, issue_tokens=tokens)
    typer.echo(summary)


@app.command()
def detect(
    numbers: Annotated[
        list[str] | None, typer.Argument(help="Numbers to check; read from stdin when none.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per input line, in order.")
    ] = False,
) -> None:
    """Validate tracking numbers, rank their carriers and suggest fixes for typos."""
    from parceltrail.domain.numbers import detect as detect_number
    from parceltrail.domain.numbers import detect_json_lines

    lines: Iterable[str] = numbers if numbers else _stdin_lines()
    if as_json:
        _write_chunked(detect_json_lines(lines))
        return
    for line in lines:
        typer.echo(render_detection(detect_number(line).to_dict()))


def _stdin_lines() -> Iterator[str]:
    for line in sys.stdin:
        yield line.rstrip("\r\n")


def _write_chunked(outputs: Iterable[str], size: int = 4096) -> None:
    """Write JSON lines in chunks: one write per line would cost more than detection."""
    out = sys.stdout
    chunk: list[str] = []
    for text in outputs:
        chunk.append(text)
        if len(chunk) >= size:
            out.write("\n".join(chunk) + "\n")
            chunk.clear()
    if chunk:
        out.write("\n".join(chunk) + "\n")
    out.flush()


def render_detection(result: dict[str, Any]) -> str:
    """A human answer: verdict, ranked carriers with their evidence, and suggestions."""
    verdict = "valid" if result["valid"] else "INVALID"
    lines = [f"{result['input']!r} -> {result['normalized'] or '-'}  [{verdict}]"]
    for candidate in result["candidates"]:
        sure = "certain" if candidate.get("certain") else "possible"
        carrier, score = candidate["carrier"], candidate["score"]
        lines.append(f"  {carrier:<24} {score:>4}  {sure:<8}  {candidate['reason']}")
    for suggestion in result["suggestions"]:
        lines.append(f"  did you mean {suggestion['number']}? ({suggestion['change']})")
    lines.append(f"  {result['message']}")
    return "\n".join(lines)


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
    """Run the sweeps once: health and ETAs, dispute escalation, auto-confirmation."""
    from parceltrail.jobs.polling import learn_windows
    from parceltrail.services import disputes, health

    parceltrail = _app()
    with parceltrail.uow() as uow:
        learned = health.learn_lanes(uow=uow, now=parceltrail.clock()) if lanes else 0
        escalated = disputes.escalate_overdue(
            uow=uow, now=parceltrail.clock(), periods=parceltrail.periods
        )
        confirmed = disputes.auto_confirm(uow=uow, now=parceltrail.clock())
        uow.commit()
    typer.echo(f"disputes escalated: {escalated}; orders auto-confirmed: {confirmed}")
    more = True
    while more:
        with parceltrail.uow() as uow:
            report = health.sweep(uow=uow, now=parceltrail.clock())
            uow.commit()
        more = report.more
        typer.echo(f"health: examined {report.examined}, changed {report.changed}")
    if lanes:
        windows = learn_windows(uow_factory=parceltrail.uow, now=parceltrail.clock())
        typer.echo(f"lanes re-learned: {learned}; next-scan windows learned: {windows}")


def _live_demo(
    orders: int, seed: int, speed: float, host: str | None, port: int | None, tokens: bool
) -> None:
    import uvicorn

    from parceltrail.config import Settings
    from parceltrail.demo import live_accounts, open_accounts
    from parceltrail.simulator.live import start_live
    from parceltrail.web.app import create_app

    settings = Settings()
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
            access_log=False,  # the poller's calls to the simulator would flood the terminal
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


@app.command()
def poll(
    once: Annotated[bool, typer.Option("--once", help="One sweep, then exit.")] = False,
    every: Annotated[float, typer.Option(help="Seconds between sweeps.")] = 30.0,
    simulator_url: Annotated[
        str | None, typer.Option(help="Simulator to poll (default PARCELTRAIL_SIMULATOR_URL).")
    ] = None,
) -> None:
    """Poll carriers for the shipments that are due (adaptive schedule, see docs/simulator.md)."""
    import time

    import httpx

    from parceltrail.connectors.simulator import discover
    from parceltrail.jobs.polling import poll_due

    parceltrail = _app()
    url = simulator_url or parceltrail.settings.simulator_url
    if not url:
        typer.secho("error: set PARCELTRAIL_SIMULATOR_URL or --simulator-url", err=True)
        raise typer.Exit(code=2)
    with httpx.Client(timeout=10.0) as http:
        try:
            clients = discover(url, http)
        except ParceltrailError as exc:
            raise _fail(exc) from None
        while True:
            report = poll_due(uow_factory=parceltrail.uow, clients=clients, now=parceltrail.clock())
            typer.echo(report.summary())
            if once:
                return
            time.sleep(every)


@users_app.command("create")
def users_create(
    email: str,
    role: Annotated[Role, typer.Option(help="buyer, seller or admin.")] = Role.BUYER,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    password: Annotated[
        bool, typer.Option("--password", help="Prompt (hidden) for a password to log in with.")
    ] = False,
) -> None:
    """Create a user."""
    from parceltrail.services import accounts

    secret = None
    if password:
        secret = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    parceltrail = _app()
    try:
        with parceltrail.uow() as uow:
            user = user_service.create_user(
                uow=uow, email=email, role=role, name=name, now=parceltrail.clock()
            )
            if secret is not None:
                accounts.set_password(uow=uow, user=user, password=secret)
            uow.commit()
    except ParceltrailError as exc:
        raise _fail(exc) from None
    typer.echo(f"created {user.role.value} {user.email} ({user.id})")


@tokens_app.command("create")
def tokens_create(
    email: str, name: Annotated[str, typer.Option(help="What the token is for.")] = "cli"
) -> None:
    """Create an API token for a user and print only the token."""
    parceltrail = _app()
    try:
        with parceltrail.uow() as uow:
            _, secret = user_service.create_token(
                uow=uow, email=email, name=name, now=parceltrail.clock()
            )
            uow.commit()
    except ParceltrailError as exc:
        raise _fail(exc) from None
    typer.echo(secret)


@app.command()
def track(
    number: str,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON instead.")] = False,
) -> None:
    """Show a tracking number's status and timeline."""
    parceltrail = _app()
    try:
        with parceltrail.uow() as uow:
            view = tracking_service.get_tracking(
                uow=uow, tracking_number=number, viewer=None, now=parceltrail.clock()
            )
    except ParceltrailError as exc:
        raise _fail(exc) from None
    if as_json:
        typer.echo(json.dumps(view.to_json(), indent=2, ensure_ascii=False))
    else:
        typer.echo(render_timeline(view))


def render_timeline(view: TrackingView) -> str:
    """A terminal timeline: headline, milestones, then events newest first in local time."""
    shipment, state = view.shipment, view.shipment.state
    lines = [
        f"{shipment.tracking_number}  {shipment.carrier or 'carrier unknown'}",
        f"Status: {_words(state.status.value)} ({_words(state.sub_status.value)})",
    ]
    if view.health is not None:
        if view.health.eta is not None:
            lines.append(f"ETA: {view.health.eta.explanation()}")
        lines.append(f"Note: {view.health.health.explanation}")
    if state.milestones:
        lines.append("Milestones:")
        for milestone, at in sorted(state.milestones.items(), key=lambda item: item[1]):
            lines.append(f"  {at:%Y-%m-%d %H:%M} UTC  {milestone.value.replace('_', ' ')}")
    lines.append("Events:" if view.events else "No carrier events yet.")
    for event in view.events:
        local = _local(event.occurred_at, event.utc_offset_minutes)
        place = f"  [{event.location}]" if str(event.location) else ""
        lines.append(f"  {local}  {event.description}{place}")
    return "\n".join(lines)


def _words(code: str) -> str:
    return code.replace("_", " ")


def _local(moment: datetime, offset_minutes: int | None) -> str:
    if offset_minutes is None:
        return f"{moment:%Y-%m-%d %H:%M} UTC"
    local = moment.astimezone(timezone(timedelta(minutes=offset_minutes)))
    return f"{local:%Y-%m-%d %H:%M %z}"


@app.command()
def worker(
    once: Annotated[
        bool, typer.Option("--once", help="Run every due job and sweep, then exit.")
    ] = False,
    threads: Annotated[int, typer.Option(help="Dramatiq worker threads.")] = 8,
) -> None:
    """Run background jobs: in-process, or Dramatiq workers when PARCELTRAIL_QUEUE_URL is set."""
    from parceltrail.jobs.worker import run_worker

    raise typer.Exit(run_worker(_app().jobs, once=once, threads=threads, echo=typer.echo))


SellerOption = Annotated[str, typer.Option("--seller", help="The importing seller's e-mail.")]
ReportOption = Annotated[
    Path | None, typer.Option("--report", help="Also write every rejection to this CSV file.")
]
CsvFile = Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A CSV UTF-8 file.")]


@import_app.command("shipments")
def import_shipments(file: CsvFile, seller: SellerOption, report: ReportOption = None) -> None:
    """Orders and their dispatch: order_reference,buyer_email,title,quantity,tracking_number,
    carrier?,dispatched_at?. A new reference creates the order; each row is whole or absent."""
    from parceltrail.jobs.csv_import import import_shipments as run
    from parceltrail.services.bulk import SHIPMENT_COLUMNS

    _import(file, seller, report, SHIPMENT_COLUMNS, run)


@import_app.command("events")
def import_events(file: CsvFile, seller: SellerOption, report: ReportOption = None) -> None:
    """Carrier events for your shipments: tracking_number,occurred_at,description,status?,
    city?,country?,carrier?,code?,id?. An event already stored counts as a duplicate."""
    from parceltrail.jobs.csv_import import import_events as run
    from parceltrail.services.bulk import EVENT_COLUMNS

    _import(file, seller, report, EVENT_COLUMNS, run)


def _import(file: Path, email: str, report: Path | None, columns: Any, run: Any) -> None:
    """Stream the file in committed batches with a progress bar on stderr, then the summary."""
    from parceltrail.jobs.csv_import import Summary
    from parceltrail.services import bulk

    parceltrail = _app()
    try:
        with parceltrail.uow() as uow:
            seller = user_service.find_seller(uow=uow, email=email)
    except ParceltrailError as exc:
        raise _fail(exc) from None
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
                uow=parceltrail.uow, clock=parceltrail.clock, seller=seller, records=records
            ):
                summary = committed
                bar.update(stream.tell() - bar.pos)
        except ParceltrailError as exc:
            raise _fail(exc) from None
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
