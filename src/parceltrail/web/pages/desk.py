"""The seller desk: orders awaiting dispatch, a new order (dispatch: pages/orders.py; CSV:
pages/bulk.py; problems: pages/problems.py)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from parceltrail.domain.errors import Conflict, DuplicateOrder, ValidationFailed
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.words import N_, Words
from parceltrail.services import browse
from parceltrail.services import orders as order_service
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import Visitor, VisitorDep

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]
Field = Annotated[str, Form(max_length=1000)]
MAX_CSV_BYTES = 1_000_000


@router.get("/desk")
def desk(request: Request, app: AppDep, uow: UowDep, who: VisitorDep) -> Response:
    user = who.require()
    waiting = browse.awaiting_dispatch(uow=uow, user=user)
    assessed = browse.problem_shipments(uow=uow, user=user, now=app.clock())
    reported = browse.problems(uow=uow, user=user)
    orders = {v.order_id for v in assessed if v.order_id} | {v.order.id for v in reported.views}
    return page(
        request,
        who,
        "desk.html",
        listing=waiting,
        problem_count=len(orders),
        problems_more=reported.has_more,
    )


FORM_LINES = 5  # item rows on the page; the API takes up to MAX_LINES


@dataclass(frozen=True, slots=True)
class NewOrder:
    """What the seller typed in the new-order form, kept to draw it again."""

    reference: str = ""
    buyer_email: str = ""
    titles: tuple[str, ...] = ("",) * FORM_LINES
    quantities: tuple[str, ...] = ("1",) + ("",) * (FORM_LINES - 1)
    total: str = ""
    currency: str = "USD"
    language: str = ""  # the buyer's; empty: the shop's default

    def lines(self) -> list[OrderLine]:
        """The filled rows; a quantity that is not a number is refused at its field."""
        lines = []
        for index, (title, quantity) in enumerate(zip(self.titles, self.quantities, strict=True)):
            if not title.strip():
                continue
            if not quantity.strip().isdigit():
                raise ValidationFailed(
                    N_("quantity must be a whole number, 1 or more"),
                    field=f"lines[{index}].quantity",
                )
            lines.append(OrderLine(title.strip(), int(quantity)))
        return lines

    def amount(self) -> Decimal:
        try:
            return Decimal(self.total.strip().replace(",", ".") or "0")
        except InvalidOperation:
            raise ValidationFailed(
                N_("total must be an amount like 24.90"), field="total"
            ) from None


def _field_key(field: str | None) -> str | None:
    """``lines[2].title`` -> ``title-2``: the id of the input the error is about."""
    if field and field.startswith("lines[") and "]." in field:
        index, name = field[6:].split("].", 1)
        return f"{name}-{index}"
    if field == "lines":
        return "title-0"
    return field


def _new_order_page(
    request: Request,
    who: Visitor,
    typed: NewOrder,
    *,
    error: Words | None = None,
    field: str | None = None,
    status_code: int = 200,
) -> Response:
    key = _field_key(field)
    return page(
        request,
        who,
        "new_order.html",
        status_code=status_code,
        typed=typed,
        rows=range(FORM_LINES),
        error=error if key is None else None,
        field_errors={key: error} if key and error else {},
    )


@router.get("/desk/orders/new")
def new_order_form(request: Request, who: VisitorDep) -> Response:
    who.require()
    return _new_order_page(request, who, NewOrder())


@router.post("/desk/orders/new")
def create_order(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    csrf: Csrf = "",
    reference: Annotated[str, Form(max_length=100)] = "",
    buyer_email: Annotated[str, Form(max_length=254)] = "",
    title: Annotated[list[str] | None, Form(max_length=FORM_LINES)] = None,
    quantity: Annotated[list[str] | None, Form(max_length=FORM_LINES)] = None,
    total: Annotated[str, Form(max_length=20)] = "",
    currency: Annotated[str, Form(max_length=3)] = "USD",
    language: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """A seller's order from the desk (the API's POST /api/v1/orders as a form)."""
    user = who.require()
    who.check_csrf(csrf)
    titles = [t[:300] for t in (title or [])][:FORM_LINES]
    quantities = [q[:6] for q in (quantity or [])][:FORM_LINES]
    typed = NewOrder(
        reference=reference,
        buyer_email=buyer_email,
        titles=tuple(titles + [""] * (FORM_LINES - len(titles))),
        quantities=tuple(quantities + [""] * (FORM_LINES - len(quantities))),
        total=total,
        currency=currency.upper(),
        language=language,
    )
    try:
        with uow.savepoint():
            order = order_service.create_order(
                uow=uow,
                seller=user,
                reference=reference,
                buyer_email=buyer_email,
                lines=typed.lines(),
                now=app.clock(),
                total=typed.amount(),
                currency=typed.currency,
                unconfirmed_per_day=app.settings.orders_to_unconfirmed_buyers_per_day,
                language=typed.language or None,
            )
    except (ValidationFailed, Conflict) as exc:
        # a reference already used is the reference field's error
        taken = "reference" if isinstance(exc, DuplicateOrder) else None
        field = exc.details.get("field") or taken
        return _new_order_page(
            request,
            who,
            typed,
            error=exc.words,
            field=field if isinstance(field, str) else None,
            status_code=exc.http_status,
        )
    return RedirectResponse(f"/desk/orders/{order.id}/dispatch?created=1", status_code=303)
