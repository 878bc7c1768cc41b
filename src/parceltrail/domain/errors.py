"""Everything parceltrail refuses or fails at, as one tree.

The ``ParceltrailError`` branch is what a caller is told: each error carries a
machine-readable ``code``, a human ``message`` that says what was wrong and what to do, and
the HTTP status an API answers with. The classes drawn without a module live here; the others
live beside the code that raises them (the path on their line). The other branches are
failures the code handles itself (a delivery to retry, a data file to fix) or HTTP answers
given before any route runs::

    Exception
    ├── ParceltrailError (400)
    │   ├── NotAuthenticated (401)
    │   │   └── SignatureInvalid             connectors/base.py
    │   ├── PermissionDenied (403)
    │   │   └── CsrfFailed                   web/pages/security.py
    │   ├── NotFound (404)
    │   │   ├── OrderNotFound
    │   │   ├── TrackingNotFound
    │   │   ├── UserNotFound
    │   │   ├── ParcelNotFound               services/parcels.py
    │   │   ├── MailInOff                    services/mail_in.py
    │   │   ├── FeedNotFound                 services/parcel_feeds.py
    │   │   └── ImapNotConnected             services/mail_in_imap.py
    │   ├── Conflict (409)
    │   │   ├── DuplicateOrder
    │   │   ├── TrackingNumberTaken
    │   │   ├── UserExists
    │   │   └── AccountStillNeeded           services/personal_data.py
    │   ├── ValidationFailed (422)
    │   │   ├── InvalidOrder
    │   │   ├── InvalidEvent
    │   │   ├── InvalidTrackingNumber
    │   │   ├── InvalidUser
    │   │   ├── InvalidTextLesson            domain/text_lessons.py
    │   │   ├── PayloadInvalid               connectors/base.py
    │   │   ├── CsvHeaderInvalid             services/bulk.py
    │   │   ├── CarrierNotPollable           services/standalone.py
    │   │   ├── TooManyParcels               services/parcels.py
    │   │   └── BackupRefused                storage/backup.py
    │   ├── RateLimited (429)                domain/rate_limits.py
    │   ├── TooManyOrders (429)              services/orders.py
    │   ├── KarrioNotInstalled (500)         connectors/karrio/_client.py
    │   ├── CarrierUnavailable (503)         services/polling_ports.py
    │   │   ├── CarrierRefusedCredentials    connectors/karrio/_client.py
    │   │   └── BackendUnavailable           services/backend_ports.py
    │   │       ├── BackendRefusedKey        services/backend_ports.py
    │   │       └── BackendQuotaExhausted    services/backend_ports.py
    │   └── WebhookNotConfigured (503)       web/api/inbound.py
    ├── DeliveryFailed                       notify/errors.py
    ├── MailRefused                          domain/mail_in/mime.py
    ├── MailboxUnavailable                   services/parcels_ports.py
    ├── ValueError
    │   ├── TimeOutOfRange                   domain/clock.py
    │   ├── DirectoryError                   domain/numbers/loader.py
    │   ├── SecretUnreadable                 storage/secret_box.py
    │   └── RuleError                        domain/text/_compile.py
    ├── KeyError
    │   └── UnknownCarrierError              domain/carriers.py
    ├── RuntimeError
    │   ├── BrokenReferences                 storage/migrate.py
    │   └── ReadOnlyUnitOfWork               storage/uow.py
    ├── RuntimeWarning
    │   └── StaleBuildWarning                compiled.py
    └── starlette.exceptions.HTTPException
        ├── BodyTooLarge (413)               web/limits.py
        └── NulInRequest (422)               web/nul.py

``tests/unit/domain/test_errors.py`` finds every exception class in the package and fails when
one is missing here or drawn at the wrong path.
"""

from __future__ import annotations

from typing import Any, ClassVar

from parceltrail.domain.words import Words


class ParceltrailError(Exception):
    """``message`` is English (the API's answer, the log's); ``words`` is the same sentence
    for pages and mails to write in their reader's language. A message given as ``Words``
    keeps its values apart, to be written by the reader's locale."""

    code: ClassVar[str] = "error"
    http_status: ClassVar[int] = 400

    def __init__(self, message: str | Words, **details: Any) -> None:
        self.words = message if isinstance(message, Words) else Words(message)
        self.message = str(self.words)
        super().__init__(self.message)
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
