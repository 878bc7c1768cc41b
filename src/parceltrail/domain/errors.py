"""Everything parceltrail refuses, as one exception tree.

Each error carries a machine-readable ``code``, a human ``message`` that says what was wrong
and what to do, and the HTTP status an API answers with::

    ParceltrailError (400)
    ├── NotAuthenticated (401)
    ├── PermissionDenied (403)
    ├── NotFound (404)
    │   ├── OrderNotFound
    │   ├── TrackingNotFound
    │   └── UserNotFound
    ├── Conflict (409)
    │   ├── DuplicateOrder
    │   ├── TrackingNumberTaken
    │   └── UserExists
    └── ValidationFailed (422)
        ├── InvalidOrder
        ├── InvalidEvent
        ├── InvalidTrackingNumber
        └── InvalidUser
"""

from __future__ import annotations

from typing import Any, ClassVar


class ParceltrailError(Exception):
    code: ClassVar[str] = "error"
    http_status: ClassVar[int] = 400

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            body["details"] = self.details
        return body


class NotAuthenticated(ParceltrailError):
    code = "not_authenticated"
    http_status = 401


class PermissionDenied(ParceltrailError):
    code = "permission_denied"
    http_status = 403


class NotFound(ParceltrailError):
    code = "not_found"
    http_status = 404


class OrderNotFound(NotFound):
    code = "order_not_found"


class TrackingNotFound(NotFound):
    code = "tracking_not_found"


class UserNotFound(NotFound):
    code = "user_not_found"


class Conflict(ParceltrailError):
    code = "conflict"
    http_status = 409


class DuplicateOrder(Conflict):
    code = "duplicate_order"


class TrackingNumberTaken(Conflict):
    code = "tracking_number_taken"


class UserExists(Conflict):
    code = "user_exists"


class ValidationFailed(ParceltrailError):
    code = "validation_failed"
    http_status = 422


class InvalidOrder(ValidationFailed):
    code = "invalid_order"


class InvalidEvent(ValidationFailed):
    """An event that cannot be stored; ``reason`` is a stable machine-readable word."""

    code = "invalid_event"

    def __init__(self, message: str, *, reason: str, **details: Any) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason = reason


class InvalidTrackingNumber(ValidationFailed):
    code = "invalid_tracking_number"


class InvalidUser(ValidationFailed):
    code = "invalid_user"
