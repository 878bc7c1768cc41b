"""How much two clients pasting 20,000 characters into the tracking box slow everyone else.

Two servers run the same way (uvicorn, one worker process, loopback, access log off) in the
same run: parceltrail, and a bare Starlette app that reads the box the way parceltrail did
before (``numbers_in`` called inside an async handler, on the event loop). For each, the bench
times ``GET /healthz`` alone, then again while two clients post 20,000-character pastes
("1Z-" repeated, the probe's input) as fast as they are answered. parceltrail's lookup limit
is given room for the whole run, so every paste is read (a real client would get a 429 after
the first one: docs/security.md); the pasters send no CSRF token, so parceltrail answers 403
after the box was priced and read, which is the work the probe's requests caused. It prints
the median and 95th percentile of /healthz and the ratio loaded / idle for each server.
Run: `.venv/bin/python bench/paste_stall.py [--probes N]`."""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from parceltrail.bootstrap import build
from parceltrail.config import Settings
from parceltrail.storage.migrate import upgrade

PASTE = ("1Z-" * 6_667)[:20_000]
ON_THE_LOOP_APP = """
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from parceltrail.services.lookup import numbers_in

async def track(request):
    form = await request.form()
    found, left_out = numbers_in(str(form.get("q", "")))  # on the event loop, as before
    return JSONResponse({"numbers": found, "left_out": left_out})

async def healthz(request):
    return JSONResponse({"status": "ok"})

app = Starlette(routes=[Route("/track", track, methods=["POST"]), Route("/healthz", healthz)])
"""
ROOM = {"PARCELTRAIL_TRACK_BURST": "1000000000", "PARCELTRAIL_TRACK_PER_MINUTE": "1000000000"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _server(app: str, env: dict[str, str], cwd: str) -> Iterator[str]:
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        app,
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    if app.startswith("parceltrail."):
        command.append("--factory")
    process = subprocess.Popen(command, env={**os.environ, **env}, cwd=cwd)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # still reading a paste: do not wait for it
            process.kill()
            process.wait(timeout=10)


def _probe(url: str, count: int) -> list[float]:
    times = []
    with httpx.Client(base_url=url, timeout=60) as client:
        for _ in range(count):
            start = time.perf_counter()
            client.get("/healthz").raise_for_status()
            times.append(time.perf_counter() - start)
            time.sleep(0.05)
    return times


def _paste_forever(url: str, stop: threading.Event, form: dict[str, str]) -> None:
    with httpx.Client(base_url=url, timeout=120) as client:
        while not stop.is_set():
            client.post("/track", data=form)


def _measure(url: str, probes: int, form: dict[str, str]) -> tuple[list[float], list[float]]:
    idle = _probe(url, probes)
    stop = threading.Event()
    pasters = [
        threading.Thread(target=_paste_forever, args=(url, stop, form), daemon=True)
        for _ in range(2)
    ]
    for paster in pasters:
        paster.start()
    time.sleep(1.0)  # both pastes in flight
    loaded = _probe(url, probes)
    stop.set()
    for paster in pasters:
        paster.join(timeout=120)
    return idle, loaded


def _report(name: str, idle: list[float], loaded: list[float]) -> None:
    def ms(values: list[float], q: int) -> float:
        return statistics.quantiles(values, n=20)[q] * 1000 if len(values) > 1 else values[0] * 1000

    idle_median, loaded_median = statistics.median(idle), statistics.median(loaded)
    print(
        f"{name:<34} /healthz idle median {idle_median * 1000:7.1f} ms, p95 {ms(idle, 18):7.1f}"
        f" | under two pastes median {loaded_median * 1000:7.1f} ms, p95 {ms(loaded, 18):7.1f}"
        f" | ratio {loaded_median / idle_median:6.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--probes", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        database = f"sqlite:///{Path(tmp) / 'bench.db'}"
        upgrade(build(Settings(database_url=database)).engine)
        env = {
            "PARCELTRAIL_DATABASE_URL": database,
            "PARCELTRAIL_RUN_JOBS_IN_SERVER": "false",
            **ROOM,
        }
        Path(tmp, "on_the_loop.py").write_text(ON_THE_LOOP_APP)
        with _server("on_the_loop:app", {}, tmp) as url:
            before = _measure(url, args.probes, {"q": PASTE})
        with _server("parceltrail.web.asgi:app", env, tmp) as url:
            after = _measure(url, args.probes, {"q": PASTE})
    _report("reading on the event loop (before)", *before)
    _report("parceltrail (priced, off the loop)", *after)
    print(
        f"loaded /healthz median, before / parceltrail: "
        f"{statistics.median(before[1]) / statistics.median(after[1]):.1f}x"
    )


if __name__ == "__main__":
    main()
