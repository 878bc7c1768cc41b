"""API v1: tokens, the caller's API tokens."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from parceltrail.services import users as user_service
from parceltrail.web.api.deps import AppDep, UowDep, UserDep

router = APIRouter(prefix="/api/v1")


@router.get("/tokens", tags=["account"])
def list_tokens(uow: UowDep, user: UserDep) -> dict[str, Any]:
    tokens = user_service.list_tokens(uow=uow, user=user)
    return {
        "tokens": [
            {
                "id": t.id,
                "name": t.name,
                "created_at": t.created_at.isoformat(),
                "last_used_at": t.last_used_at.isoformat() if t.last_used_at else None,
                "revoked": t.revoked_at is not None,
            }
            for t in tokens
        ]
    }


@router.delete("/tokens/{token_id}", tags=["account"], status_code=204)
def revoke_token(token_id: str, app: AppDep, uow: UowDep, user: UserDep) -> None:
    user_service.revoke_token(uow=uow, user=user, token_id=token_id, now=app.clock())
    uow.commit()
