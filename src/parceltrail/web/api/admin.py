"""API v1 for the admin: background jobs of the outbox."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from parceltrail.services import outbound
from parceltrail.web.api.deps import AppDep, RowId, UowDep, UserDep

router = APIRouter(prefix="/api/v1")


@router.get("/admin/outbox", tags=["admin"])
def admin_outbox(
    uow: UowDep, user: UserDep, status: str = Query("dead,failed", max_length=100),
    limit: int = Query(100, ge=1, le=1000),
) -> dict[str, Any]:
    """Background jobs by status (comma-separated; empty for all), newest first."""
    wanted = [s.strip() for s in status.split(",") if s.strip()]
    rows = outbound.list_jobs(uow=uow, user=user, statuses=wanted, limit=limit)
    return {"jobs": [{**row, "created_at": row["created_at"].isoformat(),
                      "available_at": row["available_at"].isoformat()} for row in rows]}


@router.post("/admin/outbox/{job_id}/retry", status_code=202, tags=["admin"])
def admin_retry(job_id: RowId, app: AppDep, uow: UowDep, user: UserDep) -> dict[str, str]:
    outbound.retry_job(uow=uow, user=user, job_id=job_id, now=app.clock())
    uow.commit()
    return {"status": "pending"}
