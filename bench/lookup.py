"""Lookup throughput: GET /api/v1/trackings/{n} against a bare Starlette JSON endpoint.

Both servers run the same way (uvicorn, one worker process, loopback, access log off) in
the same run, and the same load generator asks each for the same number of requests with
the same concurrency. parceltrail answers with authentication, one transaction, the shipment
with its legs, its ten events and the order check; the baseline returns a fixed JSON body of
similar size. Run: `.venv/bin/python bench/lookup.py [--requests N --concurrency C]`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
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
BARE_APP = '''
import json
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

BODY = json.dumps(json.load(open({body_path!r}))).encode()

async def tracking(request):
    return Response(BODY, media_type="application/json")

app = Starlette(routes=[Route("/api/v1/trackings/{{number}}", tracking)])
'''


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
                uow=uow, seller=seller, reference=f"L-{index}", buyer_email="buyer@example.com",
                lines=[OrderLine("item", 1)], now=now,
            )
            order_service.dispatch(
                uow=uow, seller=seller, order_id=order.id, tracking_number=number(index),
                now=now, skip_number_check=True,
            )
            start = now - timedelta(days=12)
            raw = [
                {"tracking_number": number(index), "description": f"Scan {step}",
                 "occurred_at": (start + timedelta(hours=20 * step)).isoformat(),
                 "location": {"city": "Shenzhen", "country": "CN"}}
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
        [sys.executable, "-m", "uvicorn", *args, "--port", str(port), "--no-access-log",
         "--log-level", "warning"],
        env=env, cwd=cwd,
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
    """Requests per second over ``requests`` GETs spread over the shipments."""
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
        return requests / (time.perf_counter() - began)


def cpu_seconds(process: subprocess.Popen[bytes]) -> float | None:
    """User and system CPU time the server process has used (Linux /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measured(
    process: subprocess.Popen[bytes], base: str, token: str, requests: int, concurrency: int
) -> tuple[float, float | None]:
    """Requests per second, and the server's CPU milliseconds per request: the figure that
    other work on a shared machine disturbs least."""
    before = cpu_seconds(process)
    rate = asyncio.run(load(base, token, requests, concurrency))
    after = cpu_seconds(process)
    if before is None or after is None:
        return rate, None
    return rate, (after - before) * 1000 / requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'lookup.db'}"
        token = seed(url)
        env = {**os.environ, "PARCELTRAIL_DATABASE_URL": url, **UNLIMITED}
        if env.get("PYTHONPATH"):  # the servers start in the temporary folder
            paths = env["PYTHONPATH"].split(os.pathsep)
            env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in paths if p)
        ours_port, bare_port = free_port(), free_port()
        ours = serve(["--factory", "parceltrail.web.asgi:app"], env, ours_port, folder)
        sample = httpx.get(
            f"http://127.0.0.1:{ours_port}/api/v1/trackings/{number(0)}",
            headers={"Authorization": f"Bearer {token}"},
        ).json()
        body_path = Path(folder) / "body.json"
        body_path.write_text(json.dumps(sample))
        (Path(folder) / "bare.py").write_text(BARE_APP.format(body_path=str(body_path)))
        bare = serve(["bare:app"], env, bare_port, folder)
        try:
            warm = min(300, options.requests)
            asyncio.run(load(f"http://127.0.0.1:{ours_port}", token, warm, options.concurrency))
            asyncio.run(load(f"http://127.0.0.1:{bare_port}", token, warm, options.concurrency))
            ours_rate, ours_cpu = measured(
                ours, f"http://127.0.0.1:{ours_port}", token, options.requests, options.concurrency
            )
            bare_rate, bare_cpu = measured(
                bare, f"http://127.0.0.1:{bare_port}", token, options.requests, options.concurrency
            )
        finally:
            ours.terminate()
            bare.terminate()
    print(f"requests: {options.requests:,} at concurrency {options.concurrency}, "
          f"{SHIPMENTS:,} shipments of 10 events, SQLite, one uvicorn worker each")
    print(f"parceltrail GET /api/v1/trackings/{{n}}: {ours_rate:,.0f} req/s")
    print(f"bare Starlette JSON endpoint:         {bare_rate:,.0f} req/s")
    print(f"ratio (parceltrail / bare):           {ours_rate / bare_rate:.2f}  (aim >= 0.4)")
    if ours_cpu is not None and bare_cpu is not None:
        print(
            f"server CPU per request:               parceltrail {ours_cpu:.2f} ms, "
            f"bare {bare_cpu:.2f} ms, ratio {bare_cpu / ours_cpu:.2f}"
        )
    print(f"(body: {len(json.dumps(sample)):,} bytes; measured {datetime.now(UTC):%Y-%m-%d})")


if __name__ == "__main__":
    main()
