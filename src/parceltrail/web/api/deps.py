"""Request-scoped dependencies: the application, one unit of work, the caller."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, get_args

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import (
    BaseModel,
    ConfigDict,
    GetJsonSchemaHandler,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError
from starlette.convertors import Convertor, register_url_convertor

from parceltrail.bootstrap import App
from parceltrail.domain.errors import NotAuthenticated
from parceltrail.domain.notifications import ALERT_MILESTONES, WEBHOOK_EVENTS
from parceltrail.domain.users import User
from parceltrail.services import users as user_service
from parceltrail.services.ports import UnitOfWork

_bearer = HTTPBearer(auto_error=False, description="An API token from `parceltrail tokens create`")


async def get_app(request: Request) -> App:
    # async: nothing here blocks, so it runs on the event loop instead of in a worker thread
    app: App = request.app.state.parceltrail
    return app


def get_uow(app: Annotated[App, Depends(get_app)]) -> Iterator[UnitOfWork]:
    """The request's one transaction: committed when the endpoint returns, rolled back when it
    raises. Used with ``scope="function"`` (``UowDep``) so the commit happens before the answer
    is sent: a 2xx means the writes are stored, and a failing commit is a 500, not a lost write.
    """
    with app.uow() as uow:
        yield uow


UowDep = Annotated[UnitOfWork, Depends(get_uow, scope="function")]


def token_secret(credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None:
        raise NotAuthenticated(
            "this endpoint needs an API token: send `Authorization: Bearer <token>`; "
            "create one with `parceltrail tokens create EMAIL`"
        )
    return credentials.credentials


def current_user(
    app: Annotated[App, Depends(get_app)],
    uow: UowDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    secret = token_secret(credentials)
    # the token's last-used time is written with the request's transaction
    return user_service.authenticate(uow=uow, secret=secret, now=app.clock())


def identify_reader(app: App, uow: UnitOfWork, secret: str) -> User:
    """The caller, found in a read-only transaction; when its token's last-used time is due
    (once a minute), that is written in a short transaction of its own."""
    token, user = user_service.identify(uow=uow, secret=secret)
    now = app.clock()
    if token.touch_due(now):
        with app.uow() as writer:
            user_service.touch(uow=writer, token=token, now=now)
    return user


# Numeric ids and offsets reach the database as 64-bit integers: a larger one is refused here
# with a 422 naming the field, instead of overflowing the driver (a 500).
BIGINT_MAX = 2**63 - 1
RowId = Annotated[int, Path(ge=1, le=BIGINT_MAX, description="A numeric id, as listed")]
Offset = Annotated[int, Query(ge=0, le=BIGINT_MAX, description="How many items to skip")]

AppDep = Annotated[App, Depends(get_app)]
UserDep = Annotated[User, Depends(current_user)]
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


_NUMBERS: set[object] = {int, float}


class BodyIn(BaseModel):
    """A JSON request body: unknown fields refused, each text's declared bounds checked on the
    text as sent (as the OpenAPI document states them), then its surrounding spaces stripped."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _not_a_boolean(cls, value: object, info: ValidationInfo) -> object:
        # JSON's true and false are not numbers, though Python counts them as 1 and 0
        if isinstance(value, bool) and info.field_name is not None:
            annotation = cls.model_fields[info.field_name].annotation
            if annotation in _NUMBERS or set(get_args(annotation)) & _NUMBERS:
                raise PydanticCustomError("int_type", "Input should be a number, not a boolean")
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _stripped(cls, value: object) -> object:
        # plain text only: an enum member is a str too, and must stay the member
        if type(value) is str:
            return value.strip()
        if isinstance(value, list) and all(type(item) is str for item in value):
            return [item.strip() for item in value]
        return value


# Rules the services check, with their own messages, declared here for the OpenAPI document
# so that a client (or a fuzzer) knows what is accepted before it asks.
# Python's \s (what str.strip removes), spelt out: the ECMA regex of JSON Schema leaves out
# U+001C-1F and U+0085.
SPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Some text besides spaces: a required text that is blank once stripped is refused.
NOT_BLANK = rf"[^{SPACE}]"


@dataclass(frozen=True, slots=True)
class JsonPattern:
    """A pattern the OpenAPI document states and the service checks with its own message:
    added to the field's schema, which keeps its declared lengths (``WithJsonSchema`` would
    replace them, and a schema-valid text past its length would then be refused)."""

    pattern: str

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {**handler.resolve_ref_schema(handler(schema)), "pattern": self.pattern}


NonBlank = Annotated[str, JsonPattern(NOT_BLANK)]
# domain/users.py
EMAIL_PATTERN = rf"^[^@{SPACE}]{{1,64}}@[^@{SPACE}.]{{1,63}}(\.[^@{SPACE}.]{{1,63}})+$"
Email = Annotated[
    str, WithJsonSchema({"type": "string", "maxLength": 254, "pattern": EMAIL_PATTERN})
]
Milestone = Annotated[str, WithJsonSchema({"type": "string", "enum": list(ALERT_MILESTONES)})]
# domain/shipments.py: checked_carrier and checked_service (blank means none).
_NAME = r"^(\s*|[\w -]*[^\W_][\w -]*)$"
CarrierCode = Annotated[str, WithJsonSchema({"type": "string", "maxLength": 64, "pattern": _NAME})]
ServiceName = Annotated[str, WithJsonSchema({"type": "string", "maxLength": 32, "pattern": _NAME})]
# services/outbound.py: _checked_url
HttpUrl = Annotated[
    str, WithJsonSchema({"type": "string", "maxLength": 2048, "pattern": r"^https?://[^/?#:@\s]"})
]
# A decimal amount, as a JSON number or a string like "12.50".
Money = Annotated[
    Decimal,
    WithJsonSchema(
        {"anyOf": [{"type": "number"}, {"type": "string", "pattern": r"^[+-]?\d+(\.\d+)?$"}]}
    ),
]
# An order total: what the service accepts, 0 to 10,000,000.
Total = Annotated[
    Decimal,
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "minimum": 0, "maximum": 10_000_000},
                {"type": "string", "pattern": r"^\+?0*(\d{1,7}(\.\d+)?|10000000(\.0+)?)$"},
            ]
        }
    ),
]


def listed(choices: tuple[str, ...]) -> str:
    """The pattern of a comma-separated list of choices, spaces around each, empty for none."""
    one = rf"[{SPACE}]*({'|'.join(choices)})?[{SPACE}]*"
    return rf"^{one}(,{one})*$"


# A message's text: the service refuses a blank one.
Text = Annotated[str, WithJsonSchema({"type": "string", "maxLength": 5000, "pattern": NOT_BLANK})]
WebhookEvent = Annotated[str, WithJsonSchema({"type": "string", "enum": [*WEBHOOK_EVENTS, "*"]})]


def id_convertor(prefix: str) -> Convertor[str]:
    """An id of one kind in a path (``sub_`` or ``prc_`` and 16 characters): so the named
    paths beside it (/subscriptions/confirm, /parcels/imap...) are never taken for an id, and
    a 405 there names only their own methods."""

    class IdConvertor(Convertor[str]):
        regex = f"{prefix}_[0-9a-z]{{16}}"

        def convert(self, value: str) -> str:
            return value

        def to_string(self, value: str) -> str:
            return value

    return IdConvertor()


register_url_convertor("subscription_id", id_convertor("sub"))
register_url_convertor("parcel_id", id_convertor("prc"))
SubscriptionId = Annotated[
    str, Path(pattern="^sub_[0-9a-z]{16}$", description="A subscription id, as listed")
]
