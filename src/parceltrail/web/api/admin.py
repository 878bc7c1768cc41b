"""API v1 for the admin: background jobs of the outbox."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Query
from pydantic import Field

from parceltrail.services import outbound
from parceltrail.web.api.deps import AppDep, RowId, UowDep, UserDep, listed
from parceltrail.web.api.schemas import Answer, Instant, StatusOut
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")


class BatchOut(Answer):
    events: int = Field(description="How many events the batch row carries")
    first_numbers: list[str] = Field(description="The tracking numbers of the first few")
    size: int = Field(description="The payload's size in bytes, as compact JSON")


class JobOut(Answer):
    id: int
    topic: str
    aggregate_id: str | None
    payload: dict[str, Any] | None = Field(
        description=(
            "The job's payload. In the list, null for a batch row, summed up under batch;"
            " whole from GET /api/v1/admin/outbox/{job_id}"
        )
    )
    batch: BatchOut | None = Field(
        description="A batch row's payload in a few words (a thousand updates: about 200 kB)"
    )
    status: str = Field(description="pending, queued, running, done, failed or dead")
    attempts: int
    created_at: Instant
    available_at: Instant = Field(description="When it runs next")
    last_error: str | None

    @classmethod
    def of(cls, row: dict[str, Any]) -> JobOut:
        times = {name: row[name].isoformat() for name in ("created_at", "available_at")}
        summary = row["batch"]
        batch = None if summary is None else BatchOut.model_validate(asdict(summary))
        return cls.model_validate({**row, **times, "batch": batch})


class JobListOut(Answer):
    jobs: list[JobOut]


@router.get("/admin/outbox", tags=["admin"], responses=answers(401, 403, 422))
def admin_outbox(
    uow: UowDep,
    user: UserDep,
    status: str = Query(
        "dead,failed",
        max_length=100,
        json_schema_extra={"pattern": listed(outbound.JOB_STATUSES)},
    ),
    limit: int = Query(100, ge=1, le=1000),
) -> JobListOut:
    """Background jobs by status (comma-separated; empty for all), newest first."""
    wanted = [s.strip() for s in status.split(",") if s.strip()]
    rows = outbound.list_jobs(uow=uow, user=user, statuses=wanted, limit=limit)
    return JobListOut(jobs=[JobOut.of(row) for row in rows])


@router.get("/admin/outbox/{job_id}", tags=["admin"], responses=answers(401, 403, 404, 422))
def admin_job(job_id: RowId, uow: UowDep, user: UserDep) -> JobOut:
    """One background job with its whole payload (a batch row's too, with its summary)."""
    return JobOut.of(outbound.get_job(uow=uow, user=user, job_id=job_id))


@router.post(
    "/admin/outbox/{job_id}/retry",
    status_code=202,
    tags=["admin"],
    responses=answers(401, 403, 404, 422),
)
def admin_retry(job_id: RowId, app: AppDep, uow: UowDep, user: UserDep) -> StatusOut:
    outbound.retry_job(uow=uow, user=user, job_id=job_id, now=app.clock())
    return StatusOut(status="pending")
