"""`parceltrail serve` with JSON logs: each request answered with its id and logged once, as
one JSON line carrying that id."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_served(base: str, server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server exited"
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("the server did not start")


def test_serve_writes_one_json_line_per_request_with_its_request_id(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PARCELTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'logs.db'}",
        "PARCELTRAIL_LOG_FORMAT": "json",
    }
    command = [sys.executable, "-m", "parceltrail"]
    subprocess.run([*command, "migrate"], env=env, check=True, capture_output=True)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = (tmp_path / "server.log").open("w+")
    server = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=log,
        text=True,
    )
    try:
        _wait_until_served(base, server)
        kept = httpx.get(f"{base}/readyz", headers={"X-Request-ID": "lb-7f3a"})
        made = httpx.get(
            f"{base}/track",
            params={"q": "LK123456785CN"},
            headers={"X-Request-ID": "<script>alert(1)</script>"},
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.flush()
    assert kept.headers["X-Request-ID"] == "lb-7f3a"
    fresh = made.headers["X-Request-ID"]
    assert fresh != "<script>alert(1)</script>"
    assert len(fresh) == 32
    log.seek(0)
    lines = [json.loads(line) for line in log.read().splitlines() if line.strip()]
    log.close()
    access = {line["request_id"]: line for line in lines if line["logger"] == "parceltrail.access"}
    assert access["lb-7f3a"]["path"] == "/readyz"
    assert access["lb-7f3a"]["status"] == 200
    assert access[fresh]["path"] == "/track"
    assert isinstance(access[fresh]["duration_ms"], float)
    assert any(line["logger"].startswith("uvicorn") for line in lines)  # its lines too, as JSON
