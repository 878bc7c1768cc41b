"""Commands that read: detect numbers, show a tracking's timeline."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Annotated, Any

import typer

from parceltrail.cli.main import app, fail, open_app
from parceltrail.domain.errors import ParceltrailError

if TYPE_CHECKING:  # the services import the text classifier, which `detect` does not need
    from parceltrail.services.views import TrackingView


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
    if as_json:
        from parceltrail.cli.json_lines import write_json_lines, write_json_lines_of_stream

        if numbers:
            write_json_lines(numbers, sys.stdout)
        else:
            write_json_lines_of_stream(sys.stdin, sys.stdout)
        return
    from parceltrail.domain.numbers import detect as detect_number

    lines: Iterable[str] = numbers if numbers else _stdin_lines()
    for line in lines:
        typer.echo(render_detection(detect_number(line).to_dict()))


def _stdin_lines() -> Iterator[str]:
    for line in sys.stdin:
        yield line.rstrip("\r\n")


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
def track(
    number: str,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON instead.")] = False,
) -> None:
    """Show a tracking number's status and timeline."""
    from parceltrail.services import tracking as tracking_service

    parceltrail = open_app()
    try:
        with parceltrail.uow() as uow:
            view = tracking_service.get_tracking(
                uow=uow, tracking_number=number, viewer=None, now=parceltrail.clock()
            )
    except ParceltrailError as exc:
        raise fail(exc) from None
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
