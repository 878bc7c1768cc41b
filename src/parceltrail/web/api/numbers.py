"""API v1: numbers, detecting the carriers a tracking number can belong to."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from parceltrail.domain.numbers import detect
from parceltrail.web.api.schemas import DetectionOut
from parceltrail.web.errors import answers
from parceltrail.web.limits import limit_api_lookup

router = APIRouter(prefix="/api/v1")


@router.get(
    "/detect",
    tags=["numbers"],
    dependencies=[Depends(limit_api_lookup)],
    response_model=DetectionOut,
    response_model_exclude_unset=True,
    responses=answers(422, 429),
)
def detect_number(
    number: str = Query(..., max_length=1000, description="A tracking number, as typed or pasted"),
) -> dict[str, Any]:
    """Validate a number, rank the carriers it can belong to, and suggest fixes for typos."""
    return detect(number).to_dict()
