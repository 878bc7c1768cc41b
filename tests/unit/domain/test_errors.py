"""The exception tree drawn in domain/errors.py is the package's: every class, where it lives,
under its base, with the status it answers."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass

import parceltrail
from parceltrail.domain import errors
from parceltrail.web.limits import BodyTooLarge
from parceltrail.web.nul import NulInRequest

# Importing these runs them: the CLI entry point, and Alembic's environment.
NOT_IMPORTED = ("parceltrail.__main__", "parceltrail.storage.migrations")
_LINE = re.compile(
    r"^    (?P<rail>[│ ]*)(?:[├└]── )?(?P<name>[\w.]+)(?: \((?P<status>\d{3})\))?"
    r"(?:\s+(?P<path>[\w/]+\.py))?$"
)


@dataclass(frozen=True)
class Drawn:
    parent: str | None
    status: int | None
    path: str | None


def _drawing() -> dict[str, Drawn]:
    doc = errors.__doc__ or ""
    start = doc.index("    Exception\n")
    drawn: dict[str, Drawn] = {}
    stack: list[str] = []
    for line in doc[start:].split("\n\n")[0].splitlines():
        match = _LINE.match(line)
        assert match, f"cannot read the drawing's line {line!r}"
        depth = 0 if match["rail"] == "" and "──" not in line else len(match["rail"]) // 4 + 1
        del stack[depth:]
        name = match["name"].rsplit(".", 1)[-1]
        status = int(match["status"]) if match["status"] else None
        drawn[name] = Drawn(stack[-1] if stack else None, status, match["path"])
        stack.append(name)
    return drawn


def _exception_classes() -> dict[type[BaseException], str]:
    found: dict[type[BaseException], str] = {}
    for info in pkgutil.walk_packages(parceltrail.__path__, "parceltrail."):
        if info.name.startswith(NOT_IMPORTED):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__ == info.name
            ):
                found[value] = info.name
    return found


def _path(module: str) -> str | None:
    if module == errors.__name__:
        return None
    return module.removeprefix("parceltrail.").replace(".", "/") + ".py"


def test_every_exception_class_is_drawn_where_it_lives_under_its_base() -> None:
    drawn = _drawing()
    found = _exception_classes()
    assert len(found) >= 30  # the walk reached the whole package
    for cls, module in found.items():
        assert cls.__name__ in drawn, f"{cls.__name__} ({module}) is missing from the drawing"
        place = drawn[cls.__name__]
        assert place.path == _path(module), f"{cls.__name__} is drawn at {place.path}"
        assert place.parent == cls.__bases__[0].__name__, f"{cls.__name__}'s base"


def test_the_drawing_names_no_class_that_is_gone() -> None:
    names = {cls.__name__ for cls in _exception_classes()}
    bases = {
        "Exception",
        "ValueError",
        "KeyError",
        "RuntimeError",
        "RuntimeWarning",
        "HTTPException",
    }
    assert set(_drawing()) - names <= bases


def test_every_status_drawn_is_the_status_answered_and_the_rest_inherit_theirs() -> None:
    drawn = _drawing()
    for cls in _exception_classes():
        if issubclass(cls, errors.ParceltrailError):
            status = drawn[cls.__name__].status
            base = cls.__bases__[0]
            expected = status if status is not None else base.http_status  # type: ignore[attr-defined]
            assert cls.http_status == expected, cls.__name__
    assert (drawn["BodyTooLarge"].status, drawn["NulInRequest"].status) == (
        BodyTooLarge(1).status_code,
        NulInRequest("path").status_code,
    )
