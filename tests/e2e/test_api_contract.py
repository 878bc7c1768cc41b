"""The OpenAPI document as a contract, read whole (docs/architecture.md, "The API's contract"):
every error a route declares has the project's error body, and every request body refuses
what it does not know and declares the 400 of an unreadable body and the 422 of an invalid
one. schemathesis (`make fuzz`) then checks the answers against it."""

from __future__ import annotations

from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.web.app import create_app

# /readyz answers 503 with its own report (which check failed), not an error body.
OWN_BODY = {("get", "/readyz", "503")}
ERROR = "#/components/schemas/ErrorAnswer"


@pytest.fixture
def document(app: App) -> dict[str, Any]:
    return create_app(app).openapi()


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    ]


def test_every_declared_error_has_the_error_body(document: dict[str, Any]) -> None:
    bodies = {
        (method, path, status): answer.get("content", {}).get("application/json", {})
        for method, path, operation in operations(document)
        for status, answer in operation["responses"].items()
        if status[0] in "45"
    }
    assert len(bodies) > 150  # every route declares its errors
    other = {key for key, content in bodies.items() if content.get("schema") != {"$ref": ERROR}}
    assert other == OWN_BODY


def test_every_json_body_refuses_unknown_fields_and_declares_400_and_422(
    document: dict[str, Any],
) -> None:
    schemas = document["components"]["schemas"]
    bodies = [
        (method, path, operation)
        for method, path, operation in operations(document)
        if "application/json" in operation.get("requestBody", {}).get("content", {})
    ]
    assert len(bodies) > 15
    for method, path, operation in bodies:
        ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        schema = schemas[ref.rsplit("/", 1)[1]]
        assert schema.get("additionalProperties") is False, (method, path)
        assert {"400", "422"} <= set(operation["responses"]), (method, path)
