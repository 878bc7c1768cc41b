"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import FastAPI

from parceltrail import __version__
from parceltrail.bootstrap import App
from parceltrail.web import errors
from parceltrail.web.api.problems import router as problems_router
from parceltrail.web.api.routes import router as api_router
from parceltrail.web.api.webhooks import router as webhook_router
from parceltrail.web.limits import BodySizeLimit
from parceltrail.web.pages import install as install_pages


def create_app(app: App) -> FastAPI:
    web = FastAPI(
        title="parceltrail",
        version=__version__,
        description=(
            "Self-hosted order and parcel tracking. "
            "Authenticate with `Authorization: Bearer <token>`."
        ),
        docs_url="/docs",
    )
    web.state.parceltrail = app
    errors.install(web)
    web.add_middleware(BodySizeLimit, limit=app.settings.max_request_bytes)
    web.include_router(api_router)
    web.include_router(problems_router)
    web.include_router(webhook_router)
    install_pages(web)

    @web.get("/healthz", tags=["system"])
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return web
