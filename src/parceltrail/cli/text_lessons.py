"""`parceltrail text-lessons ...`: review what the feed taught about carrier texts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from parceltrail.cli.main import app, fail, open_app
from parceltrail.domain.errors import ParceltrailError

text_lessons_app = typer.Typer(
    help="Review, correct, export and import what the feed taught about carrier texts.",
    no_args_is_help=True,
)
app.add_typer(text_lessons_app, name="text-lessons")
MAX_IMPORT_BYTES = 20_000_000


@text_lessons_app.command("list")
def text_lessons_list(
    state: Annotated[str, typer.Option(help="all, undecided, agreement or correction.")] = "all",
    limit: Annotated[int, typer.Option(help="At most this many, most observed first.")] = 50,
) -> None:
    """Print the most observed texts: what sources said, and what the text now teaches."""
    from parceltrail.services import text_lessons as lessons_service

    parceltrail = open_app()
    try:
        with parceltrail.reader() as uow:
            rows = lessons_service.review(uow, None, state=state, limit=limit)
    except ParceltrailError as exc:
        raise fail(exc) from None
    for row in rows:
        counts = " ".join(f"{s.value}={n}" for s, n in sorted(row.counts.items()))
        typer.echo(
            f"{row.taught or '-':<22} {row.taught_by:<10} {row.language:<5} {row.sample!r}"
            f"  [{counts or 'no observations'}]"
        )


@text_lessons_app.command("correct")
def text_lessons_correct(
    text: Annotated[str, typer.Argument(help="The carrier's text, as shown by `list`.")],
    status: Annotated[str, typer.Argument(help="A sub-status, or none (gives no status).")],
    language: Annotated[
        str | None, typer.Option(help="The language as `list` shows it (default: detected).")
    ] = None,
) -> None:
    """Say what a text means here; it wins over what sources agreed on."""
    from parceltrail.services import text_lessons as lessons_service

    parceltrail = open_app()
    try:
        with parceltrail.uow() as uow:
            row = lessons_service.correct(
                uow, None, text=text, language=language, status=status, now=parceltrail.clock()
            )
    except ParceltrailError as exc:
        raise fail(exc) from None
    typer.echo(f"{row.key!r} ({row.language}) now teaches {row.taught or 'no status'}")


@text_lessons_app.command("uncorrect")
def text_lessons_uncorrect(
    text: str,
    language: Annotated[str | None, typer.Option(help="The language as `list` shows it.")] = None,
) -> None:
    """Remove a correction; the sources' agreement (if any) teaches again."""
    from parceltrail.services import text_lessons as lessons_service

    parceltrail = open_app()
    try:
        with parceltrail.uow() as uow:
            row = lessons_service.uncorrect(uow, None, text=text, language=language)
    except ParceltrailError as exc:
        raise fail(exc) from None
    typer.echo(f"{row.key!r} ({row.language}) now teaches {row.taught or 'nothing'}")


@text_lessons_app.command("export")
def text_lessons_export(
    out: Annotated[
        Path | None, typer.Argument(help="File to write (default: standard output).")
    ] = None,
) -> None:
    """Write every lesson as CSV (key, language, sample, counts, correction, taught)."""
    from parceltrail.services import text_lessons as lessons_service

    parceltrail = open_app()
    with parceltrail.reader() as uow:
        content = lessons_service.export_csv(uow, None)
    if out is None:
        typer.echo(content, nl=False)
    else:
        out.write_text(content, encoding="utf-8")
        typer.echo(f"wrote {content.count(chr(10)) - 1} lessons to {out}")


@text_lessons_app.command("import")
def text_lessons_import(path: Path) -> None:
    """Load an export: its counts replace each text's counts, its corrections are set."""
    from parceltrail.services import text_lessons as lessons_service

    if not path.is_file() or path.stat().st_size > MAX_IMPORT_BYTES:
        typer.secho(
            f"error: {path} is not a readable file under {MAX_IMPORT_BYTES // 1_000_000} MB",
            err=True,
            fg=typer.colors.RED,
        )
        raise typer.Exit(code=2)
    parceltrail = open_app()
    try:
        with parceltrail.uow() as uow:
            result = lessons_service.import_csv(
                uow, None, path.read_text(encoding="utf-8-sig"), now=parceltrail.clock()
            )
    except ParceltrailError as exc:
        raise fail(exc) from None
    typer.echo(f"imported {result.lessons} lessons ({result.corrections} corrections)")
