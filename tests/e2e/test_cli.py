"""The command line, as a user types it, on a SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parceltrail import __version__
from parceltrail.bootstrap import build
from parceltrail.cli import app
from parceltrail.services import tracking
from tests import factories

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("PARCELTRAIL_DATABASE_URL", url)
    return {"PARCELTRAIL_DATABASE_URL": url}


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_the_console_script_prints_its_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "parceltrail", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == f"parceltrail {__version__}"


def test_migrate_users_tokens_and_track(env: dict[str, str]) -> None:
    assert "database at revision" in invoke("migrate").stdout
    assert (
        "created seller" in invoke("users", "create", "Shop@Example.com", "--role", "seller").stdout
    )
    token = invoke("tokens", "create", "shop@example.com")
    assert token.exit_code == 0
    assert token.stdout.strip().startswith("pt_")
    assert len(token.stdout.strip().splitlines()) == 1


def test_a_second_account_with_the_same_email_is_a_clear_error(env: dict[str, str]) -> None:
    invoke("migrate")
    invoke("users", "create", "a@example.com")
    again = runner.invoke(app, ["users", "create", "a@example.com"])
    assert again.exit_code == 2
    assert "already exists" in again.output


def test_track_prints_a_readable_timeline_in_local_time(env: dict[str, str]) -> None:
    invoke("migrate")
    parceltrail = build()
    seller = factories.user(parceltrail, "seller@example.com")
    factories.shipped(parceltrail, seller, "LK123456785CN")
    with parceltrail.uow() as uow:
        valid, _ = tracking.parse_events(
            factories.raw_journey("LK123456785CN", datetime(2026, 11, 1, tzinfo=UTC))[:4],
            now=parceltrail.clock(),
        )
        tracking.ingest(uow=uow, actor=seller, events=valid, now=parceltrail.clock())
    parceltrail.close()
    out = invoke("track", "lk123456785cn").stdout
    assert "Status: in transit (arrived destination)" in out
    assert "2026-11-07 16:00 -0600  Arrival at inward office of exchange  [Chicago, US]" in out
    as_json = json.loads(invoke("track", "LK123456785CN", "--json").stdout)
    assert as_json["sub_status"] == "arrived_destination"


def test_track_of_an_unknown_number_says_so(env: dict[str, str]) -> None:
    invoke("migrate")
    result = runner.invoke(app, ["track", "LX000000000CN"])
    assert result.exit_code == 2
    assert "no tracking for 'LX000000000CN' yet" in result.output


def test_demo_is_repeatable(env: dict[str, str]) -> None:
    first = invoke("demo", "--orders", "6").stdout
    second = invoke("demo", "--orders", "6").stdout
    assert "6 new orders" in first
    assert "0 new orders" in second


def test_detect_json_prints_one_object_per_input_line_in_order() -> None:
    lines = ["LK123456785CN", "", "LK123456789CN", "\x00\x01binary", "🙂" * 5000]
    result = runner.invoke(app, ["detect", "--json"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["input"] for o in outputs[:4]] == lines[:4]
    assert outputs[4]["input"].startswith("🙂")
    assert len(outputs[4]["input"]) < 1000  # the echo of a huge line is bounded
    assert [o["valid"] for o in outputs] == [True, False, False, False, False]
    assert outputs[0]["carriers"][0] == "china_ems"
    assert "LK123456785CN" in [s["number"] for s in outputs[2]["suggestions"]]
    assert set(outputs[0]) >= {
        "input",
        "normalized",
        "valid",
        "carriers",
        "candidates",
        "suggestions",
    }


def test_the_console_script_answers_detect_json_as_the_app_does_without_typer() -> None:
    """`parceltrail detect --json` on stdin skips the command-line framework (start-up time)
    and writes the same bytes as the typer command."""
    lines = [
        "LK123456785CN",
        "",
        "LK123456789CN",
        "\x00\x01binary",
        "Tracking no: 1Z5R89390357567127",
        "9400111899223197428490",
        "🙂" * 500,
        "RR473124820CN",
    ] * 40
    text = "\n".join(lines) + "\n"
    probe = (
        "import sys; sys.argv = ['parceltrail', 'detect', '--json']; "
        "from parceltrail.cli.entry import main; main(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click')), "
        "file=sys.stderr)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], input=text.encode(), capture_output=True, check=True
    )
    assert out.stderr.decode().strip() == "[]"
    expected = runner.invoke(app, ["detect", "--json"], input=text).stdout_bytes
    assert out.stdout == expected
    assert len(out.stdout.splitlines()) == len(lines)


def test_detect_json_stops_quietly_when_its_reader_does(tmp_path: Path) -> None:
    """`parceltrail detect --json < big | head -1`: exit 1 with no traceback, as click does."""
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("LK123456785CN\n" * 100_000, encoding="utf-8")
    probe = (
        "import sys; sys.argv = ['parceltrail', 'detect', '--json']; "
        "from parceltrail.cli.entry import main; main()"
    )
    with numbers.open("rb") as stdin:
        child = subprocess.Popen(
            [sys.executable, "-c", probe],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None
        assert child.stderr is not None
        first = child.stdout.readline()
        child.stdout.close()
        errors = child.stderr.read()
        child.stderr.close()
        assert child.wait(timeout=60) == 1
    assert json.loads(first)["input"] == "LK123456785CN"
    assert errors == b""


def test_detect_explains_for_humans() -> None:
    out = invoke("detect", "LK123456789CN").stdout
    assert "INVALID" in out
    assert "did you mean LK123456785CN?" in out


def test_the_command_line_loads_no_service_until_a_command_needs_one() -> None:
    """`parceltrail detect` starts in a fraction of the time when the services (and the text
    classifier, which compiles its rules at import) stay unloaded."""
    probe = (
        "import sys, parceltrail.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('parceltrail.services', "
        "'parceltrail.domain.text', 'parceltrail.bootstrap'))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_quota_prints_each_backend_s_spend_and_what_the_provider_says(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.standin import StandIn, fixture

    invoke("migrate")
    assert "no tracking backend" in invoke("quota").stdout
    with StandIn().running() as api:
        api.answer("POST", "/getquota", 200, fixture("17track_getquota.json"))
        monkeypatch.setenv("PARCELTRAIL_17TRACK_API_KEY", "17-key")
        monkeypatch.setenv("PARCELTRAIL_17TRACK_API_URL", api.url)
        monkeypatch.setenv("PARCELTRAIL_17TRACK_MONTHLY_BUDGET", "100")
        out = invoke("quota").stdout
    assert out.strip() == (
        "17TRACK: 0 registered today, 0 of 100 this month; 17TRACK says 1098 left of 1100"
    )
    assert api.calls("/getquota")[0].headers["17token"] == "17-key"
