"""Admin page: what the feed taught about carrier texts; correct a text, export, import."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from starlette.responses import RedirectResponse, Response

from parceltrail.domain.status import SubStatus
from parceltrail.domain.text_lessons import InvalidTextLesson
from parceltrail.services import text_lessons as lessons_service
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep, finish

router = APIRouter(include_in_schema=False)
MAX_UPLOAD_BYTES = 5_000_000
STATES = ("all", "undecided", "agreement", "correction")


@router.get("/admin/text-lessons")
def review(
    request: Request,
    uow: UowDep,
    who: VisitorDep,
    state: Annotated[str, Query(max_length=20)] = "all",
) -> Response:
    rows = lessons_service.review(uow, who.require(), state=state, limit=200)
    statuses = [s.value for s in SubStatus]
    return page(
        request,
        who,
        "admin_text_lessons.html",
        rows=rows,
        state=state,
        states=STATES,
        statuses=statuses,
    )


@router.post("/admin/text-lessons/correct")
def correct(
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    csrf: Annotated[str, Form(alias="csrf_token", max_length=200)] = "",
    text: Annotated[str, Form(max_length=1000)] = "",
    language: Annotated[str, Form(max_length=8)] = "",
    status: Annotated[str, Form(max_length=32)] = "",
) -> Response:
    """Set a text's status ("none": gives no status), or remove the correction ("")."""
    admin = who.require()
    who.check_csrf(csrf)
    if status:
        lessons_service.correct(
            uow, admin, text=text, language=language or None, status=status, now=app.clock()
        )
    else:
        lessons_service.uncorrect(uow, admin, text=text, language=language or None)
    return finish(RedirectResponse("/admin/text-lessons", status_code=303), who)


@router.get("/admin/text-lessons/export.csv")
def export(uow: UowDep, who: VisitorDep) -> Response:
    content = lessons_service.export_csv(uow, who.require())
    headers = {"Content-Disposition": 'attachment; filename="text-lessons.csv"'}
    return Response(content, media_type="text/csv; charset=utf-8", headers=headers)


@router.post("/admin/text-lessons/import")
def import_file(
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    file: Annotated[UploadFile, File()],
    csrf: Annotated[str, Form(alias="csrf_token", max_length=200)] = "",
) -> Response:
    """Load an export; counts replace each text's, corrections are set; a bad line stops all."""
    admin = who.require()
    who.check_csrf(csrf)
    raw = file.file.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        raise InvalidTextLesson(
            f"the file is larger than {MAX_UPLOAD_BYTES // 1_000_000} MB; split it",
            reason="too_large",
        )
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidTextLesson(
            "the file is not UTF-8 text; export it again", reason="not_utf8"
        ) from None
    lessons_service.import_csv(uow, admin, content, now=app.clock())
    return finish(RedirectResponse("/admin/text-lessons", status_code=303), who)
