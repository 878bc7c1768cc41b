"""API v1: tokens, the caller's API tokens."""

from __future__ import annotations

from fastapi import APIRouter

from parceltrail.domain.tokens import ApiToken
from parceltrail.services import users as user_service
from parceltrail.web.api.deps import AppDep, UowDep, UserDep
from parceltrail.web.api.schemas import Answer, Instant, iso
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")


class TokenOut(Answer):
    id: str
    name: str
    created_at: Instant
    last_used_at: Instant | None
    revoked: bool

    @classmethod
    def of(cls, token: ApiToken) -> TokenOut:
        return cls(
            id=token.id,
            name=token.name,
            created_at=token.created_at.isoformat(),
            last_used_at=iso(token.last_used_at),
            revoked=token.revoked_at is not None,
        )


class TokenListOut(Answer):
    tokens: list[TokenOut]


@router.get("/tokens", tags=["account"], responses=answers(401, 422))
def list_tokens(uow: UowDep, user: UserDep) -> TokenListOut:
    tokens = user_service.list_tokens(uow=uow, user=user)
    return TokenListOut(tokens=[TokenOut.of(t) for t in tokens])


@router.delete(
    "/tokens/{token_id}", tags=["account"], status_code=204, responses=answers(401, 404, 422)
)
def revoke_token(token_id: str, app: AppDep, uow: UowDep, user: UserDep) -> None:
    user_service.revoke_token(uow=uow, user=user, token_id=token_id, now=app.clock())
