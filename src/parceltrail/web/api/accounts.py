"""API v1: accounts, the caller's own account."""

from __future__ import annotations

from fastapi import APIRouter

from parceltrail.domain.users import Role, User
from parceltrail.web.api.deps import UserDep
from parceltrail.web.api.schemas import Answer
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")


class MeOut(Answer):
    id: str
    email: str
    role: Role
    name: str | None

    @classmethod
    def of(cls, user: User) -> MeOut:
        return cls(id=user.id, email=user.email, role=user.role, name=user.name)


@router.get("/me", tags=["account"], responses=answers(401, 422))
def me(user: UserDep) -> MeOut:
    return MeOut.of(user)
