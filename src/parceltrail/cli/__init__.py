"""The `parceltrail` command line; each module adds its commands to ``app``."""

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
