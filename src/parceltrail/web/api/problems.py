"""API v1: problems, the seller's queue of shipments that need attention."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from parceltrail.domain.health import Problem
from parceltrail.services import browse
from parceltrail.web.api.deps import AppDep, UowDep, UserDep
from parceltrail.web.api.schemas import Answer, TrackingSummaryOut
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")


class ProblemsOut(Answer):
    problems: list[TrackingSummaryOut]


@router.get(
    "/problems",
    tags=["problems"],
    response_model=ProblemsOut,
    response_model_exclude_unset=True,
    responses=answers(401, 403, 422),
)
def problems(
    app: AppDep,
    uow: UowDep,
    user: UserDep,
    problem: Annotated[Problem | None, Query(description="Only this problem")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    """The seller's problems queue (all sellers' for an admin), newest problem first."""
    found = []
    for view in browse.problem_shipments(
        uow=uow, user=user, now=app.clock(), problem=problem, limit=limit
    ):
        body = view.to_json()
        body.pop("events")
        found.append(body)
    return {"problems": found}
