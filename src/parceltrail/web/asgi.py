"""ASGI entry for process managers: `uvicorn --factory parceltrail.web.asgi:app --workers 4`."""

from __future__ import annotations

from fastapi import FastAPI

from parceltrail.bootstrap import build
from parceltrail.web.app import create_app


def app() -> FastAPI:
    """Build the application from PARCELTRAIL_* settings when the worker starts."""
    return create_app(build())
