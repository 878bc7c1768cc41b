"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from parceltrail import __version__
from parceltrail.bootstrap import App
from parceltrail.web import api_docs, errors
from parceltrail.web.api import (
    accounts,
    admin,
    alerts,
    analytics,
    disputes,
    events,
    inbound,
    messages,
    numbers,
    orders,
    parcels,
    preferences,
    problems,
    system,
    tokens,
    trackings,
    webhooks,
)
from parceltrail.web.headers import NoSniff
from parceltrail.web.limits import BodySizeLimit
from parceltrail.web.metrics import DatabaseCollector
from parceltrail.web.nul import RefuseNulInBody, refuse_nul_in_url
from parceltrail.web.pages import install as install_pages
from parceltrail.web.pages.dev_inbox import router as dev_inbox_router
from parceltrail.web.request_log import RequestLog


def _lifespan(app: App, run_jobs: bool) -> object:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        from parceltrail.jobs.runner import BackgroundRunner, InProcessRunner

        runner = BackgroundRunner(InProcessRunner(app.jobs)) if run_jobs else None
        if runner is not None:
            runner.start()
        try:
            yield
        finally:
            if runner is not None:
                runner.stop()

    return lifespan


def create_app(app: App, *, run_jobs: bool = False) -> FastAPI:
    """The web app; ``run_jobs`` also runs the in-process job runner beside it."""
    web = FastAPI(
        lifespan=_lifespan(app, run_jobs),  # type: ignore[arg-type]
        title="parceltrail",
        version=__version__,
        description=(
            "Self-hosted order and parcel tracking. "
            "Authenticate with `Authorization: Bearer <token>`."
        ),
        docs_url=None,  # served by web/api_docs.py, from our own files
        redoc_url=None,  # ReDoc would load its script from a CDN; /docs covers it
        dependencies=[Depends(refuse_nul_in_url)],
    )
    web.state.parceltrail = app
    web.state.metrics_database = DatabaseCollector(app)
    errors.install(web)
    web.add_middleware(RefuseNulInBody)
    web.add_middleware(BodySizeLimit, limit=app.settings.max_request_bytes)
    web.add_middleware(NoSniff)  # its 413 gets the header too
    web.add_middleware(RequestLog)  # outermost: every answer, a 413 included, has its id
    # Order matters where two paths overlap: FastAPI serves the first route that matches.
    api = (
        trackings,  # first: GET /trackings/{number} is the most frequent request by far
        orders,
        events,
        numbers,
        accounts,
        tokens,
        problems,
        analytics,
        disputes,
        messages,
        preferences,
        alerts,
        webhooks,  # before inbound: POST /webhooks/{provider} would swallow /webhooks/endpoints
        admin,
        parcels,
        inbound,
        system,
    )
    for module in api:
        web.include_router(module.router)
    web.include_router(parcels.feeds_router)
    web.include_router(dev_inbox_router)
    web.include_router(api_docs.router)
    install_pages(web)

    return web
