"""What an operator's tools ask: liveness (``/healthz``), readiness (``/readyz``) and
Prometheus metrics (``/metrics``, web/metrics.py).

Liveness says only that the process answers: a database outage must not make a supervisor
restart every web process. Readiness says whether this process can do its work now (the
database and, with Dramatiq workers, the broker answer), so a load balancer can route around
it until they do.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse, Response

from parceltrail import __version__
from parceltrail.domain.errors import PermissionDenied
from parceltrail.jobs import readiness
from parceltrail.web.api.deps import AppDep
from parceltrail.web.api.schemas import Answer
from parceltrail.web.errors import answers
from parceltrail.web.metrics import exposition, may_scrape

router = APIRouter(tags=["system"])


class HealthzOut(Answer):
    status: str
    version: str


class ReadyzOut(Answer):
    status: Literal["ready", "not ready"]
    database: str
    broker: str


@router.get("/healthz", responses=answers(422))
def healthz() -> HealthzOut:
    """Liveness: the process answers."""
    return HealthzOut(status="ok", version=__version__)


@router.get(
    "/readyz",
    response_model=ReadyzOut,
    responses={503: {"model": ReadyzOut, "description": "The database or broker is down"}},
)
def readyz(request: Request, app: AppDep) -> JSONResponse:
    """Readiness: the database and the broker (when jobs run on Dramatiq) answer."""
    state = readiness.check(app.engine, app.settings.queue_url)
    client = request.client.host if request.client else None
    if not may_scrape(app.settings.metrics_token, request.headers.get("authorization", ""), client):
        state = state.told_to_strangers()  # what failed names internal hosts: not for them
    body = ReadyzOut(
        status="ready" if state.ready else "not ready",
        database=state.database,
        broker=state.broker,
    )
    return JSONResponse(
        body.model_dump(),
        status_code=200 if state.ready else 503,
        headers={"Cache-Control": "no-store"},
    )


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request, app: AppDep) -> Response:
    """Prometheus' text format; for the operator's scraper only."""
    client = request.client.host if request.client else None
    if not may_scrape(app.settings.metrics_token, request.headers.get("authorization", ""), client):
        raise PermissionDenied(
            "metrics are for the operator's scraper: send the bearer token set in "
            "PARCELTRAIL_METRICS_TOKEN, or scrape from a private network"
        )
    body, content_type = exposition(request.app.state.metrics_database)
    return Response(body, media_type=content_type, headers={"Cache-Control": "no-store"})
