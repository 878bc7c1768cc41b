"""Lookup throughput: GET /api/v1/trackings/{n} against a bare Starlette JSON endpoint.

Both servers run the same way (uvicorn, one worker process, loopback, access log off) in
the same run, and the same load generator asks each for the same number of requests with
the same concurrency. parceltrail answers with the API lookup rate limit (given room for the
whole run), authentication, one read-only transaction, the shipment with its legs, its ten
events, the order check, and the live health verdict, ETA and lane context; the baseline
returns a fixed JSON body of the same answer. Besides the rates it prints each server's CPU
time per request, which other work on a shared machine disturbs less than the rates.
Run: `.venv/bin/python bench/lookup.py [--requests N --concurrency C]`."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from parceltrail.bootstrap import build
from parceltrail.config import Settings
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.users import Role
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.services import users as user_service
from parceltrail.storage.migrate import upgrade

SHIPMENTS = 2000
BARE_APP = """
import json
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

BODY = json.dumps(json.load(open({body_path!r}))).encode()

async def tracking(request):
    return Response(BODY, media_type="application/json")

app = Starlette(routes=[Route("/api/v1/trackings/{{number}}", tracking)])
"""


# The API lookup limit still runs on every request (its cost is part of the figure), but with
# room for the whole run: one token asks far more than a client would be allowed to.
UNLIMITED = {
    "PARCELTRAIL_API_LOOKUP_BURST": "1000000000",
    "PARCELTRAIL_API_LOOKUP_PER_MINUTE": "1000000000",
}


def number(index: int) -> str:
    return f"LK{index:08d}0CN"


def seed(url: str) -> str:
    """A database with SHIPMENTS shipments of ten events each; returns a seller token."""
    app = build(Settings(database_url=url))
    upgrade(app.engine)
    now = app.clock()
    with app.uow() as uow:
        seller = user_service.create_user(uow=uow, email="b@example.com", role=Role.SELLER, now=now)
        _, token = user_service.create_token(uow=uow, email="b@example.com", name="bench", now=now)
        for index in range(SHIPMENTS):
            order = order_service.create_order(
                uow=uow,
                seller=seller,
                reference=f"L-{index}",
                buyer_email="buyer@example.com",
                lines=[OrderLine("item", 1)],
                now=now,
            )
            order_service.dispatch(
                uow=uow,
                seller=seller,
                order_id=order.id,
                tracking_number=number(index),
                now=now,
                skip_number_check=True,
            )
            start = now - timedelta(days=12)
            raw = [
                {
                    "tracking_number": number(index),
                    "description": f"Scan {step}",
                    "occurred_at": (start + timedelta(hours=20 * step)).isoformat(),
                    "location": {"city": "Shenzhen", "country": "CN"},
                }
                for step in range(10)
            ]
            valid, _ = tracking_service.parse_events(raw, now=now)
            tracking_service.ingest(uow=uow, actor=seller, events=valid, now=now)
        uow.commit()
    app.close()
    return token


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(args: list[str], env: dict[str, str], port: int, cwd: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            *args,
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=cwd,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/v1/trackings/x", timeout=1)
            return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"server on port {port} did not start")


async def load(base: str, token: str, requests: int, concurrency: int) -> float:
    """Seconds taken by ``requests`` GETs spread over the shipments."""
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits) as client:
        queue = iter(range(requests))

        async def worker() -> None:
            for index in queue:
                response = await client.get(f"/api/v1/trackings/{number(index % SHIPMENTS)}")
                assert response.status_code == 200, response.text

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return time.perf_counter() - began


def cpu_seconds(process: subprocess.Popen[bytes]) -> float | None:
    """User and system CPU time the server process has used (Linux /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Server:
    """One server under load: its process and what it has been measured to take so far."""

    process: subprocess.Popen[bytes]
    base: str
    requests: int = 0
    seconds: float = 0.0
    cpu: float | None = 0.0

    def measure(self, token: str, requests: int, concurrency: int) -> float:
        """Run ``requests`` more; their rate (requests per second)."""
        before = cpu_seconds(self.process)
        taken = asyncio.run(load(self.base, token, requests, concurrency))
        after = cpu_seconds(self.process)
        self.requests += requests
        self.seconds += taken
        if self.cpu is not None and before is not None and after is not None:
            self.cpu += after - before
        else:
            self.cpu = None
        return requests / taken

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    @property
    def cpu_ms(self) -> float | None:
        """Server CPU milliseconds per request: what other work on the machine disturbs least."""
        return None if self.cpu is None else self.cpu * 1000 / self.requests


def compare(ours: Server, bare: Server, token: str, options: argparse.Namespace) -> list[float]:
    """The rate ratio of each round; rounds alternate which server goes first, so a change of
    load on a shared machine weighs on both alike."""
    per_round = max(1, options.requests // options.rounds)
    ratios = []
    for round_number in range(options.rounds):
        if round_number % 2 == 0:
            ours_rate = ours.measure(token, per_round, options.concurrency)
            bare_rate = bare.measure(token, per_round, options.concurrency)
        else:
            bare_rate = bare.measure(token, per_round, options.concurrency)
            ours_rate = ours.measure(token, per_round, options.concurrency)
        ratios.append(ours_rate / bare_rate)
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000, help="per server, in all rounds")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=4, help="alternating rounds (default 4)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'lookup.db'}"
        token = seed(url)
        env = {**os.environ, "PARCELTRAIL_DATABASE_URL": url, **UNLIMITED}
        if env.get("PYTHONPATH"):  # the servers start in the temporary folder
            paths = env["PYTHONPATH"].split(os.pathsep)
            env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in paths if p)
        ours_port, bare_port = free_port(), free_port()
        ours_process = serve(["--factory", "parceltrail.web.asgi:app"], env, ours_port, folder)
        sample = httpx.get(
            f"http://127.0.0.1:{ours_port}/api/v1/trackings/{number(0)}",
            headers={"Authorization": f"Bearer {token}"},
        ).json()
        body_path = Path(folder) / "body.json"
        body_path.write_text(json.dumps(sample))
        (Path(folder) / "bare.py").write_text(BARE_APP.format(body_path=str(body_path)))
        bare_process = serve(["bare:app"], env, bare_port, folder)
        ours = Server(ours_process, f"http://127.0.0.1:{ours_port}")
        bare = Server(bare_process, f"http://127.0.0.1:{bare_port}")
        try:
            warm = min(300, options.requests)
            asyncio.run(load(ours.base, token, warm, options.concurrency))
            asyncio.run(load(bare.base, token, warm, options.concurrency))
            ratios = compare(ours, bare, token, options)
        finally:
            ours_process.terminate()
            bare_process.terminate()
    print(
        f"requests: {ours.requests:,} per server in {options.rounds} alternating rounds at "
        f"concurrency {options.concurrency}, {SHIPMENTS:,} shipments of 10 events, SQLite, "
        "one uvicorn worker each"
    )
    print(f"parceltrail GET /api/v1/trackings/{{n}}: {ours.rate:,.0f} req/s")
    print(f"bare Starlette JSON endpoint:         {bare.rate:,.0f} req/s")
    print(
        f"ratio (parceltrail / bare):           {ours.rate / bare.rate:.2f}  (aim >= 0.4); "
        f"per round: median {statistics.median(ratios):.2f}, "
        f"{', '.join(f'{r:.2f}' for r in ratios)}"
    )
    if ours.cpu_ms is not None and bare.cpu_ms is not None:
        print(
            f"server CPU per request:               parceltrail {ours.cpu_ms:.2f} ms, "
            f"bare {bare.cpu_ms:.2f} ms, ratio {bare.cpu_ms / ours.cpu_ms:.2f}"
        )
    print(f"(body: {len(json.dumps(sample)):,} bytes; measured {datetime.now(UTC):%Y-%m-%d})")


if __name__ == "__main__":
    main()
