"""Carrier and format entries as the data files write them, made for tests (constructed)."""

from __future__ import annotations

from typing import Any


def fmt(fmt_id: str, pattern: str, length: int | list[int], **extra: Any) -> dict[str, Any]:
    """A format entry as the data files write it (constructed, with the required fields)."""
    return {
        "id": fmt_id,
        "pattern": pattern,
        "length": length,
        "confidence": "high",
        "confidence_reason": "made for this test",
        "examples": {"valid": [{"number": "X", "constructed": True}]},
        **extra,
    }


def carrier(code: str, *formats: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"code": code, "name": code.title(), "formats": list(formats), **extra}
