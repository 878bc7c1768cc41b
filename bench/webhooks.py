"""Webhook throughput: signed deliveries/s accepted end to end, against the events API.

Each delivery carries 100 events of one parcel, in parceltrail's own signed generic format
(`X-Parceltrail-Signature`, HMAC-SHA256 over "<t>." + body, `connectors/generic.py`), posted
to `POST /api/v1/webhooks/generic`: verify, parse, ingest, commit, answer. The baseline posts
the same 100 events per request to the generic ingest endpoint `POST /api/v1/events` with a
seller's token (authenticate, validate, ingest, commit). Both servers run the same way
(uvicorn, one worker process, loopback, access log off, no in-process job runner), each on its
own copy of the same seeded SQLite database, one after the other in the same run, with the
same client concurrency; every answer is checked to have accepted all 100 events.
Run: `.venv/bin/python bench/webhooks.py [--deliveries N --concurrency C]`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from parceltrail.bootstrap import build
from parceltrail.config import Settings
from parceltrail.connectors.generic import SIGNATURE_HEADER, signature_header
from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.users import Role
from parceltrail.services import orders as order_service
from parceltrail.services import users as user_service
from parceltrail.storage.migrate import upgrade

EVENTS = 100
SECRET = "bench-webhook-secret"
WARM_UP = 10
SCANS = [
    ("Arrived at sorting center", "Guangzhou", "CN", None),
    ("Departed from sorting center", "Guangzhou", "CN", "in_transit"),
    ("In transit to next facility", "Chicago", "US", None),
    ("Processed through facility", "Chicago", "US", "in_transit"),
]
FIRST = [
    ("Electronic information received", "Shenzhen", "CN", "info_received"),
    ("Acceptance", "Shenzhen", "CN", "accepted"),
]
LAST = [
    ("Out for delivery", "Evanston", "US", "out_for_delivery"),
    ("Delivered, in/at mailbox", "Evanston", "US", "delivered"),
]


def number(index: int) -> str:
    serial = f"{index:08d}"
    return f"LK{serial}{compute_s10(serial)}CN"


def journey(index: int, start: datetime) -> list[dict[str, Any]]:
    """100 time-ordered events of one parcel; half carry a status, half only text."""
    steps = FIRST + [SCANS[k % len(SCANS)] for k in range(EVENTS - 4)] + LAST
    events = []
    for hour, (text, city, country, status) in enumerate(steps):
        event: dict[str, Any] = {
            "occurred_at": (start + timedelta(hours=hour)).isoformat(),
            "description": f"{text} ({hour})" if status is None else text,
            "location": {"city": city, "country": country},
            "id": f"{index}-{hour}",
        }
        if status:
            event["status"] = status
        events.append(event)
    return events


def seed(path: Path, parcels: int) -> str:
    """Parcels dispatched by one seller; returns the seller's API token."""
    app = build(Settings(database_url=f"sqlite:///{path}"))
    upgrade(app.engine)
    now = app.clock()
    with app.uow() as uow:
        seller = user_service.create_user(
            uow=uow, email="bench@example.com", role=Role.SELLER, now=now
        )
        _, token = user_service.create_token(
            uow=uow, email="bench@example.com", name="bench", now=now
        )
        for index in range(parcels):
            order = order_service.create_order(
                uow=uow,
                seller=seller,
                reference=f"W-{index}",
                buyer_email=f"buyer{index % 100}@example.com",
                lines=[OrderLine("item", 1)],
                now=now,
            )
            order_service.dispatch(
                uow=uow,
                seller=seller,
                order_id=order.id,
                tracking_number=number(index),
                dispatched_at=now - timedelta(days=30),
                now=now,
            )
        uow.commit()
    app.close()
    return token


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(database: Path, folder: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "PARCELTRAIL_DATABASE_URL": f"sqlite:///{database}",
        "PARCELTRAIL_WEBHOOK_SECRET": SECRET,
        "PARCELTRAIL_MAX_EVENTS_PER_REQUEST": "5000",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "parceltrail.web.asgi:app",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=folder,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            return process, base
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"server on port {port} did not start")


def webhook_request(payload: dict[str, Any]) -> tuple[str, bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    signature = signature_header(body, SECRET, timestamp=int(time.time()))
    return "/api/v1/webhooks/generic", body, {SIGNATURE_HEADER: signature}


async def load(
    base: str, deliveries: list[dict[str, Any]], concurrency: int, webhook: bool, token: str
) -> float:
    """Deliveries per second; each answer must have accepted every event it carried."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as client:
        queue = iter(deliveries)

        async def worker() -> None:
            for payload in queue:
                if webhook:
                    path, body, extra = webhook_request(payload)  # signed when sent
                else:
                    number_ = payload["tracking_number"]
                    events = [{**event, "tracking_number": number_} for event in payload["events"]]
                    path, body = "/api/v1/events", json.dumps({"events": events}).encode()
                    extra = {"Authorization": f"Bearer {token}"}
                response = await client.post(path, content=body, headers=headers | extra)
                answer = response.json()
                assert response.status_code == 200, response.text
                assert answer["accepted"] == len(payload["events"]), answer

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return len(deliveries) / (time.perf_counter() - began)


def measure(
    template: Path,
    folder: str,
    name: str,
    payloads: list[dict[str, Any]],
    concurrency: int,
    token: str,
) -> float:
    database = Path(folder) / f"{name}.db"
    shutil.copy(template, database)
    process, base = serve(database, folder)
    webhook = name == "webhook"
    try:
        asyncio.run(load(base, payloads[:WARM_UP], concurrency, webhook, token))
        return asyncio.run(load(base, payloads[WARM_UP:], concurrency, webhook, token))
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=4)
    options = parser.parse_args()
    parcels = options.deliveries + WARM_UP
    start = datetime.now(UTC) - timedelta(days=20)
    payloads = [
        {"tracking_number": number(index), "events": journey(index, start)}
        for index in range(parcels)
    ]
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "seeded.db"
        token = seed(template, parcels)
        hooks = measure(template, folder, "webhook", payloads, options.concurrency, token)
        api = measure(template, folder, "api", payloads, options.concurrency, token)
    print(
        f"{options.deliveries:,} deliveries of {EVENTS} events (one parcel each) at "
        f"concurrency {options.concurrency}; SQLite, one uvicorn worker, loopback HTTP"
    )
    print(
        f"POST /api/v1/webhooks/generic (signed): {hooks:8.1f} deliveries/s "
        f"= {hooks * EVENTS:,.0f} events/s"
    )
    print(
        f"POST /api/v1/events (bearer token):     {api:8.1f} requests/s   "
        f"= {api * EVENTS:,.0f} events/s"
    )
    print(f"ratio (webhook / events API):           {hooks / api:8.2f}")
    print(f"(measured {datetime.now(UTC):%Y-%m-%d})")


if __name__ == "__main__":
    main()
