"""Headers for files parceltrail serves back (message images)."""

from __future__ import annotations

from urllib.parse import quote


def content_disposition(filename: str, disposition: str = "inline") -> str:
    """RFC 6266: an ASCII ``filename`` fallback and the exact name as UTF-8 in ``filename*``.
    Headers are Latin-1, so a name like ``日本.png`` put there as-is failed the response."""
    fallback = "".join(ch if " " <= ch <= "~" and ch not in '"\\' else "_" for ch in filename)
    return f"{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
