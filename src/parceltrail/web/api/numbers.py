"""API v1: numbers, detecting the carriers a tracking number can belong to."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from parceltrail.domain.numbers import detect, explained
from parceltrail.locale import known, spoken
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
    lang: str | None = Query(
        None,
        max_length=8,
        examples=["pl"],
        description="Write an invalid number's `message` in this language (en, de, es, fr, "
        "it, nl, pl, pt, ru, zh), as the seller desk's live check does; default: English",
    ),
) -> dict[str, Any]:
    """Validate a number, rank the carriers it can belong to, and suggest fixes for typos."""
    found = detect(number)
    body = found.to_dict()
    if known(lang) and not found.valid:
        body["message"] = spoken(explained(found), lang)
    return body
