"""The simulator's tracking API, shaped like a postal carrier's batch tracking endpoint.

``POST /v1/{carrier}/track`` with ``{"numbers": ["LP...", ...]}`` (at most 40) answers
``{"accepted": [...], "rejected": [...]}``: each accepted item has the number's scans newest
first with carrier-local times; each rejected item an error code (``invalid_number``,
``not_found``). A whole request is refused with 400 (``invalid_request``,
``too_many_numbers``), 413 (body too large), 404 (unknown carrier), 429 with Retry-After
(over the rate limit) or 503 (the carrier is down).
"""

from __future__ import annotations

import asyncio
import json
import math
from datetime import datetime
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from parceltrail.simulator.network import MAX_NUMBER, CarrierDesk, Network
from parceltrail.simulator.scans import Scan

MAX_BODY = 64 * 1024


def error(status: int, code: str, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status, headers=headers)


def scan_json(scan: Scan) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": scan.id,
        "time": scan.local_time.isoformat(),
        "code": scan.code,
        "description": scan.description,
        "location": {"city": scan.city, "country": scan.country},
    }
    if scan.handover:
        item["handover"] = {"number": scan.handover[0], "carrier": scan.handover[1]}
    return item


def track_numbers(
    network: Network, carrier: str, numbers: list[Any], now: datetime
) -> dict[str, Any]:
    accepted: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    for raw in dict.fromkeys(n if isinstance(n, str) else json.dumps(n) for n in numbers):
        number = raw.strip().upper()
        if not number.isalnum() or len(number) > MAX_NUMBER:
            rejected.append(
                {
                    "number": raw[:MAX_NUMBER],
                    "error": {
                        "code": "invalid_number",
                        "message": "a number has 1 to 40 letters or digits",
                    },
                }
            )
            continue
        scans = network.find(carrier, number, now)
        if scans is None:
            rejected.append(
                {
                    "number": number,
                    "error": {
                        "code": "not_found",
                        "message": f"{carrier} has no information on {number}",
                    },
                }
            )
            continue
        accepted.append(
            {
                "number": number,
                "carrier": carrier,
                "status": scans[-1].code,
                "events": [scan_json(scan) for scan in reversed(scans)],
            }
        )
    return {"accepted": accepted, "rejected": rejected}


async def _numbers(request: Request, desk: CarrierDesk) -> list[Any] | JSONResponse:
    body = await request.body()
    if len(body) > MAX_BODY:
        return error(413, "body_too_large", f"the body exceeds {MAX_BODY} bytes")
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        return error(400, "invalid_request", 'the body must be JSON: {"numbers": [...]}')
    numbers = payload.get("numbers") if isinstance(payload, dict) else None
    if not isinstance(numbers, list) or not numbers:
        return error(400, "invalid_request", "numbers must be a non-empty array of strings")
    if len(numbers) > desk.batch_limit:
        return error(
            400,
            "too_many_numbers",
            f"at most {desk.batch_limit} numbers per request, got {len(numbers)}",
        )
    return numbers


def create_app(network: Network) -> Starlette:
    """The ASGI app serving ``network``."""

    async def track(request: Request) -> JSONResponse:
        desk = network.desks.get(request.path_params["carrier"])
        if desk is None:
            return error(404, "unknown_carrier", "carriers: " + ", ".join(network.desks))
        wait = desk.take()
        if wait:
            return error(
                429,
                "rate_limited",
                "too many requests",
                **{"Retry-After": str(max(1, math.ceil(wait)))},
            )
        if desk.fault == "down":
            return error(503, "unavailable", f"{desk.code} tracking is temporarily unavailable")
        if desk.fault == "slow":
            await asyncio.sleep(desk.slow_seconds)
        numbers = await _numbers(request, desk)
        if isinstance(numbers, JSONResponse):
            return numbers
        return JSONResponse(track_numbers(network, desk.code, numbers, network.clock()))

    async def carriers(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "now": network.clock().isoformat(),
                "carriers": [
                    {
                        "code": d.code,
                        "batch_limit": d.batch_limit,
                        "requests_per_second": d.requests_per_second,
                        "burst": d.burst,
                    }
                    for d in network.desks.values()
                ],
            }
        )

    async def parcels(request: Request) -> JSONResponse:
        offset = _int(request.query_params.get("offset"), 0)
        limit = min(_int(request.query_params.get("limit"), 50), 500)
        page = network.journeys[offset : offset + limit]
        return JSONResponse(
            {
                "total": len(network.journeys),
                "parcels": [
                    {
                        "number": j.number,
                        "destination_number": j.dest_number,
                        "lane": f"CN-{j.lane.country}",
                        "service": j.service,
                        "dispatched_at": j.dispatched_at.isoformat(),
                    }
                    for j in page
                ],
            }
        )

    return Starlette(
        routes=[
            Route("/v1/carriers", carriers),
            Route("/v1/parcels", parcels),
            Route("/v1/{carrier}/track", track, methods=["POST"]),
        ]
    )


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default
