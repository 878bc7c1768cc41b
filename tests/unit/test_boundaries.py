"""Commit once, at the boundary (docs/architecture.md, "Transactions"): read from the source
tree, so that a new `commit()` or a task opening its own transaction fails here, by name."""

from __future__ import annotations

import re
from pathlib import Path

import parceltrail

SRC = Path(parceltrail.__file__).parent


def _python(under: Path) -> dict[str, str]:
    return {
        str(path.relative_to(SRC)): path.read_text(encoding="utf-8")
        for path in sorted(under.rglob("*.py"))
        if "migrations" not in path.parts
    }


def test_only_the_unit_of_work_commits() -> None:
    committing = {name for name, text in _python(SRC).items() if ".commit(" in text}
    assert committing == {"storage/uow.py"}


def test_jobs_open_transactions_only_in_the_runners_wrappers() -> None:
    """A task or sweep of one transaction is wrapped (`in_transaction`, `sweep_in_transaction`,
    `dead_in_transaction`); one of several hands `ctx.uow`, the factory, to its use case."""
    opening = re.compile(r"\.uow\(\)")
    found = {name for name, text in _python(SRC / "jobs").items() if opening.search(text)}
    assert found == {"jobs/registry.py"}

