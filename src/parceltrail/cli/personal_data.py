"""An operator answering a person's request received by mail or post: export their data,
delete their account."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from parceltrail.cli.main import fail, open_app, users_app
from parceltrail.domain.errors import ParceltrailError, UserNotFound
from parceltrail.domain.users import User, normalize_email

if TYPE_CHECKING:  # imported for types only: `parceltrail detect` must not load the services
    from parceltrail.services.ports import UnitOfWork


def _account(uow: UnitOfWork, email: str) -> User:
    found = uow.users.by_email(normalize_email(email))
    if found is None:
        raise UserNotFound(f"no account {email[:80]!r}: check the address the request came from")
    return found


@users_app.command("export")
def users_export(
    email: str,
    out: Annotated[
        Path | None, typer.Option(help="Write to this new file instead of standard output.")
    ] = None,
) -> None:
    """Everything held about a user, as JSON (secrets left out)."""
    from fastapi.encoders import jsonable_encoder

    from parceltrail.services import personal_data

    parceltrail = open_app()
    try:
        with parceltrail.reader() as uow:
            user = _account(uow, email)
            exported = personal_data.export(uow=uow, user=user, now=parceltrail.clock())
    except ParceltrailError as exc:
        raise fail(exc) from None
    finally:
        parceltrail.close()
    text = json.dumps(jsonable_encoder(exported), ensure_ascii=False, indent=2)
    if out is None:
        typer.echo(text)
        return
    with out.open("x", encoding="utf-8") as written:  # never over another file
        written.write(text)
    typer.echo(f"wrote {out}", err=True)


@users_app.command("delete")
def users_delete(
    email: str,
    yes: Annotated[bool, typer.Option("--yes", help="Delete without asking.")] = False,
) -> None:
    """Delete a user's account: what only they need goes, what others must keep is
    anonymised (docs/operations.md)."""
    from parceltrail.services import personal_data

    if not yes:
        typer.confirm(f"Delete the account of {email}? This cannot be undone", abort=True)
    parceltrail = open_app()
    try:
        with parceltrail.uow() as uow:
            user = _account(uow, email)
            erased = personal_data.erase(uow=uow, user=user, now=parceltrail.clock())
    except ParceltrailError as exc:
        raise fail(exc) from None
    finally:
        parceltrail.close()
    done = ", ".join(f"{kind} {count}" for kind, count in erased.touched.items() if count)
    typer.echo(f"deleted the account {erased.user_id}: {done}")
