"""HTML mail bodies to plain text and links, with the standard library's HTML parser.

Scripts, styles and the head never reach the text; block elements become line breaks so that
"Tracking number" and the number in the next table cell stay apart from other lines.
"""

from __future__ import annotations

import html
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
_SPACES: Final = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\ufeff]+")
_BLANK_LINES: Final = re.compile(r"\n\s*\n+")


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    links: tuple[str, ...]
    scripts: int  # script elements left out


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.links: list[str] = []
        self.scripts = 0
        self._skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping.append(tag)
            self.scripts += tag == "script"
            return
        if tag in _BLOCKS:
            self.chunks.append("\n")
        elif tag in _CELLS:
            self.chunks.append(" \t ")
        if tag == "a" and len(self.links) < MAX_LINKS:
            href = dict(attrs).get("href")
            if href and href.strip().lower().startswith(("http://", "https://")):
                self.links.append(html.unescape(href.strip()))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
            return
        if tag in _BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.chunks.append(data)


def html_to_text(markup: str) -> HtmlText:
    """The visible text of an HTML body (one line per block) and its http(s) links."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(reader.chunks).split("\n"))
    text = _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line))
    return HtmlText(text.strip(), tuple(dict.fromkeys(reader.links)), reader.scripts)
