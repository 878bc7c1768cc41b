"""`parceltrail text-lessons`: list, correct, export and import, on a SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from parceltrail.cli import app

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PARCELTRAIL_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    assert runner.invoke(app, ["migrate"]).exit_code == 0
    return tmp_path


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_import_list_correct_and_export(env: Path) -> None:
    given = env / "lessons.csv"
    given.write_text(
        "key,language,sample,counts,correction\n"
        "paczka w skrytce 0,und,Paczka w skrytce 12,available_for_pickup=4 delivered=1,\n"
        "scan,und,Scan,in_transit=1,\n",
        encoding="utf-8",
    )
    assert invoke("text-lessons", "import", str(given)) == "imported 2 lessons (0 corrections)\n"

    listed = invoke("text-lessons", "list").splitlines()
    assert listed[0].split()[:3] == ["available_for_pickup", "agreement", "und"]
    assert "[available_for_pickup=4 delivered=1]" in listed[0]
    assert listed[1].split()[:2] == ["-", "undecided"]

    said = invoke("text-lessons", "correct", "Scan", "none", "--language", "und")
    assert said == "'scan' (und) now teaches no status\n"
    assert invoke("text-lessons", "list", "--state", "correction").count("\n") == 1

    out = env / "out.csv"
    invoke("text-lessons", "export", str(out))
    exported = out.read_text(encoding="utf-8").splitlines()
    assert exported[1] == (
        "paczka w skrytce 0,und,Paczka w skrytce 12,available_for_pickup=4 delivered=1,,"
        "available_for_pickup"
    )
    assert exported[2] == "scan,und,Scan,in_transit=1,none,"


def test_a_bad_status_is_refused_with_the_list_of_good_ones(env: Path) -> None:
    result = runner.invoke(app, ["text-lessons", "correct", "Scan", "teleported"])
    assert result.exit_code == 2
    assert "unknown status 'teleported'; use one of: pending" in result.output
