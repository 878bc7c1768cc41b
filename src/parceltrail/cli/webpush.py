"""`parceltrail webpush-keys`: the VAPID key pair browser notifications are signed with."""

from __future__ import annotations

import typer

from parceltrail.cli.main import app


@app.command("webpush-keys")
def webpush_keys() -> None:
    """Make a new VAPID key pair for Web Push and print it as settings to add.

    Keep the private key secret; a new pair makes every browser subscribe again."""
    from parceltrail.notify.webpush import generate_keys

    keys = generate_keys()
    typer.echo(f"PARCELTRAIL_VAPID_PRIVATE_KEY={keys.private_key}")
    typer.echo(
        f"# public key (browsers subscribe with it; derived from the private one): "
        f"{keys.public_key}"
    )
