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


def test_tests_set_up_through_blocks_that_commit_as_they_end() -> None:
    """A test's setup leaves its `with app.uow()` block (or calls tests/factories.py), as the
    application does; only the test that a reader refuses to commit calls `commit()`."""
    tests = Path(__file__).parents[1]
    calling = {
        str(path.relative_to(tests))
        for path in tests.rglob("*.py")
        if re.search(r"\buow\.commit\(\)", path.read_text(encoding="utf-8"))
    }
    assert calling == {"integration/test_read_only.py"}


def test_use_cases_ask_for_their_areas_unit_of_work_not_the_whole() -> None:
    """Each service names the narrow form of services/ports.py it needs, so that an in-memory
    fake of its area stays cheap (tests/unit/services/fakes.py)."""
    whole = re.compile(r"(?<![A-Za-z])UnitOfWork\b")
    found = {
        name
        for name, text in _python(SRC / "services").items()
        if name != "services/ports.py" and whole.search(text)
    }
    assert found == set()
