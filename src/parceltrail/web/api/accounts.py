"""API v1: accounts, the caller's own account."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from parceltrail.web.api.deps import UserDep

router = APIRouter(prefix="/api/v1")


@router.get("/me", tags=["account"])
def me(user: UserDep) -> dict[str, Any]:
    return {"id": user.id, "email": user.email, "role": user.role.value, "name": user.name}
