"""The `parceltrail` command line; each module adds its commands to ``app``."""

<<<<<<< HEAD
from parceltrail.cli import accounts, imports, lookups, mail_in, operations
from parceltrail.cli.main import app

__all__ = ["accounts", "app", "imports", "lookups", "mail_in", "operations"]
=======
from parceltrail.cli import accounts, backups, imports, lookups, operations
from parceltrail.cli.main import app

__all__ = ["accounts", "app", "backups", "imports", "lookups", "operations"]
>>>>>>> main
