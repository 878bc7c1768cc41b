"""HTML mail bodies to plain text and links, with the standard library's HTML parser.

Scripts, styles and the head never reach the text; block elements become line breaks so that
"Tracking number" and the number in the next table cell stay apart from other lines. What the
markup itself marks as a tracking number is kept apart, in any language: an element whose id,
class, name or schema.org ``itemprop`` says so (``<span id="trackingNumber">``, ``<meta
itemprop="trackingNumber" content="...">``), and the ``trackingNumber`` and ``trackingUrl`` of
schema.org JSON-LD (``<script type="application/ld+json">``, a ParcelDelivery).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Final

MAX_LINKS: Final = 200
_SKIPPED: Final = frozenset({"script", "style", "head", "template", "noscript", "svg"})
_BLOCKS: Final = frozenset(
    {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "ul",
        "ol",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "hr",
        "center",
    }
)
_CELLS: Final = frozenset({"td", "th"})
# Marked elements whose end tag HTML lets out end where browsers end them: a cell at the next
# cell or row, or where its row or table ends; a paragraph at the next block or cell, or where
# the element holding it ends.
_ROWS: Final = frozenset({"tr", "tbody", "thead", "tfoot"})
_CELL_ENDED_BY_START: Final = _CELLS | _ROWS
_CELL_ENDED_BY_END: Final = _ROWS | {"table"}
_PARAGRAPH_ENDED_BY_START: Final = (_BLOCKS - {"br"}) | _CELLS | _ROWS
_PARAGRAPH_ENDED_BY_END: Final = (_BLOCKS - {"br", "hr", "p"}) | _CELLS | _ROWS
_SPACES: Final = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\ufeff]+")
_BLANK_LINES: Final = re.compile(r"\n\s*\n+")
MAX_MARKED: Final = 20
MAX_MARKED_CHARS: Final = 60
MAX_JSON_LD: Final = 100_000
# Attribute values that name a tracking number ("trackingNumber", "tracking-no", "awb_number"),
# not a longer word they begin ("tracking-notice", "trackingidentity"; a capital letter after
# them starts the next word of a camel-case name: "trackingNumberText").
_MARK: Final = re.compile(
    r"(?:tracking[-_ ]?(?:number|no|num|nr|id|code)|trackingnumber|"
    r"waybill(?:[-_ ]?(?:number|no))?|\bawb(?:[-_ ]?(?:number|no))?\b|"
    r"parcel[-_ ]?number|shipment[-_ ]?number|sendungsnummer)(?-i:(?![a-z]))",
    re.IGNORECASE,
)
_MARK_ATTRIBUTES: Final = ("itemprop", "id", "class", "name")


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    links: tuple[str, ...]
    scripts: int  # script elements left out
    marked: tuple[str, ...] = ()  # values the markup marks as tracking numbers


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.links: list[str] = []
        self.scripts = 0
        self.marked: list[str] = []
        self._skipping: list[str] = []
        # elements marked and open: their tag, their text, and the tables open where they began
        self._marking: list[tuple[str, list[str], int]] = []
        self._tables = 0  # tables open
        self._json_ld: list[str] | None = None
        self._json_ld_size = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "body" and "head" in self._skipping:
            # A head never closed ends where the body begins, as browsers read it.
            del self._skipping[self._skipping.index("head") :]
        if tag == "script" and (values.get("type") or "").strip().lower() == "application/ld+json":
            self._json_ld = []
        if tag in _SKIPPED:
            self._skipping.append(tag)
            self.scripts += tag == "script" and self._json_ld is None
            return
        self._end_implied(tag, cell=_CELL_ENDED_BY_START, paragraph=_PARAGRAPH_ENDED_BY_START)
        self._mark(tag, values)
        self._tables += tag == "table"
        if tag in _BLOCKS:
            self.chunks.append("\n")
        elif tag in _CELLS:
            self.chunks.append(" \t ")
        if tag == "a" and len(self.links) < MAX_LINKS:
            href = dict(attrs).get("href")
            if href and href.strip().lower().startswith(("http://", "https://")):
                self.links.append(html.unescape(href.strip()))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        open_before = len(self._marking)
        self._mark(tag, dict(attrs))
        if len(self._marking) > open_before:
            self._marking.pop()  # a self-closed element marks only its content attribute
        if tag in _BLOCKS:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._json_ld is not None:
            self._read_json_ld("".join(self._json_ld))
            self._json_ld, self._json_ld_size = None, 0
        if self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
            return
        self._end_implied(tag, cell=_CELL_ENDED_BY_END, paragraph=_PARAGRAPH_ENDED_BY_END)
        if self._marking and self._marking[-1][0] == tag and self._own(self._marking[-1]):
            self._end_marked()
        if tag == "table":
            self._tables = max(0, self._tables - 1)
        if tag in _BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self._json_ld is not None and self._json_ld_size < MAX_JSON_LD:
            kept = data[: MAX_JSON_LD - self._json_ld_size]  # beyond it: no JSON to parse
            self._json_ld.append(kept)
            self._json_ld_size += len(kept)
        if not self._skipping:
            self.chunks.append(data)
            for _, chunks, _ in self._marking:
                chunks.append(data)

    def _end_implied(self, tag: str, *, cell: frozenset[str], paragraph: frozenset[str]) -> None:
        """End the marked cells and paragraphs whose left-out end tag ``tag`` implies."""
        while self._marking:
            top = self._marking[-1][0]
            ends_cell = top in _CELLS and tag in cell and self._own(self._marking[-1])
            if not (ends_cell or (top == "p" and tag in paragraph)):
                return
            self._end_marked()

    def _own(self, marked: tuple[str, list[str], int]) -> bool:
        """Whether a cell tag now is the marked cell's own, not one of a table inside it."""
        return marked[0] not in _CELLS or marked[2] == self._tables

    def _end_marked(self) -> None:
        _, chunks, _ = self._marking.pop()
        self._keep(" ".join("".join(chunks).split()))

    def _mark(self, tag: str, values: dict[str, str | None]) -> None:
        if not any(_MARK.search(values.get(name) or "") for name in _MARK_ATTRIBUTES):
            return
        if tag == "meta" or values.get("content"):
            self._keep(values.get("content") or "")
        elif tag not in ("meta", "link", "img", "input", "br", "hr") and len(self._marking) < 20:
            self._marking.append((tag, [], self._tables))

    def _keep(self, value: str) -> None:
        value = value.strip()
        if value and len(value) <= MAX_MARKED_CHARS and len(self.marked) < MAX_MARKED:
            self.marked.append(value)

    def _read_json_ld(self, source: str) -> None:
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):  # broken or absurdly nested: no tracking number
            return
        pending: list[object] = [data]
        while pending and len(pending) < 1000:
            item = pending.pop()
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                number, url = item.get("trackingNumber"), item.get("trackingUrl")
                if isinstance(number, str | int):
                    self._keep(str(number))
                web = isinstance(url, str) and url.strip().lower().startswith(
                    ("http://", "https://")
                )
                if web and isinstance(url, str) and len(self.links) < MAX_LINKS:
                    self.links.append(url.strip())
                pending.extend(item.values())


def html_to_text(markup: str) -> HtmlText:
    """The visible text of an HTML body (one line per block) and its http(s) links."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(reader.chunks).split("\n"))
    text = _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line))
    return HtmlText(
        text.strip(),
        tuple(dict.fromkeys(reader.links)),
        reader.scripts,
        tuple(dict.fromkeys(reader.marked)),
    )
