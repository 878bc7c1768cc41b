"""The `parceltrail` command line; each module adds its commands to ``app``.

The app and its command modules load on first use of ``app`` (or of a module by attribute), so
``entry`` can answer ``parceltrail detect --json`` without importing typer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parceltrail.cli import (
        accounts,
        analytics,
        backups,
        imports,
        lookups,
        mail_in,
        operations,
        personal_data,
        text_lessons,
        webpush,
    )
    from parceltrail.cli.main import app

__all__ = [
    "accounts",
    "analytics",
    "app",
    "backups",
    "imports",
    "lookups",
    "mail_in",
    "operations",
    "personal_data",
    "text_lessons",
    "webpush",
]
COMMAND_MODULES = tuple(name for name in __all__ if name != "app")  # the rest are modules


def __getattr__(name: str) -> Any:
    """``app`` with every command registered, or one of the command modules."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for module in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{module}")
    if name == "app":
        from parceltrail.cli.main import app

        return app
    return importlib.import_module(f"{__name__}.{name}")
