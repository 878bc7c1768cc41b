"""Charts drawn on the server as SVG: no script, no network, readable without colour (each
chart has its numbers in a table beside it, and labels on the marks).

Every function returns markup whose texts are escaped here; the template marks it safe.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

WIDTH = 640
# Colours with a 3:1 contrast or more on white, told apart by their position too.
EARLY, ON_TIME, LATE, OVERDUE = "#2e7d32", "#1565c0", "#c62828", "#6a1b9a"
LINES = ("#1565c0", "#2e7d32", "#c62828")
BAR = "#1565c0"


def _svg(title: str, height: int, body: str, width: int = WIDTH) -> Markup:
    # Safe: every text in body and title went through escape() in this module.
    return Markup(  # noqa: S704
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{body}</svg>'
    )


def _text(x: float, y: float, text: object, anchor: str = "start", size: int = 12) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="#222">{escape(str(text))}</text>'
    )


def lines(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    percent: bool = False,
) -> Markup:
    """One line per series over the labels (weeks); gaps where a value is None."""
    height, left, top, bottom = 240, 48, 16, 40
    plot_w, plot_h = WIDTH - left - 16, height - top - bottom
    values = [v for _, vs in series for v in vs if v is not None]
    peak = 1.0 if percent else max([*values, 1.0])
    step = plot_w / max(len(labels) - 1, 1)
    parts = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{WIDTH - 16}" y2="{top + plot_h}" '
        'stroke="#888"/>'
    ]
    for fraction in (0, 0.5, 1):
        y = top + plot_h * (1 - fraction)
        value = f"{fraction:.0%}" if percent else f"{peak * fraction:.0f}"
        parts.append(_text(left - 6, y + 4, value, "end", 11))
    every = max(len(labels) // 8, 1)
    for i, label in enumerate(labels):
        if i % every == 0:
            parts.append(_text(left + i * step, height - 20, label, "middle", 11))
    for (_name, vs), colour in zip(series, LINES, strict=False):
        points = [
            f"{left + i * step:.1f},{top + plot_h * (1 - v / peak):.1f}"
            for i, v in enumerate(vs)
            if v is not None
        ]
        if points:
            parts.append(
                f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                f'points="{" ".join(points)}"/>'
            )
            for point in points:
                cx, cy = point.split(",")
                parts.append(f'<circle cx="{cx}" cy="{cy}" r="3" fill="{colour}"/>')
    for i, ((name, _), colour) in enumerate(zip(series, LINES, strict=False)):
        key_x = left + i * 160
        parts.append(
            f'<rect x="{key_x}" y="{height - 12}" width="10" height="10" fill="{colour}"/>'
        )
        parts.append(_text(key_x + 14, height - 3, name, size=11))
    return _svg(title, height, "".join(parts))


def stacked(
    title: str, rows: Sequence[tuple[str, Sequence[int]]], parts: Sequence[tuple[str, str]]
) -> Markup:
    """A horizontal bar per row, split into its parts (shares of the row's total)."""
    bar, gap, left, legend = 22, 10, 120, 28
    height = legend + len(rows) * (bar + gap) + 8
    plot_w = WIDTH - left - 60
    body = []
    for i, (name, colour) in enumerate(parts):
        body.append(f'<rect x="{left + i * 110}" y="4" width="10" height="10" fill="{colour}"/>')
        body.append(_text(left + i * 110 + 14, 13, name, size=11))
    for r, (label, counts) in enumerate(rows):
        y = legend + r * (bar + gap)
        total = sum(counts)
        body.append(_text(left - 6, y + bar - 6, label, "end"))
        x = float(left)
        for count, (name, colour) in zip(counts, parts, strict=True):
            if total and count:
                w = plot_w * count / total
                body.append(
                    f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" fill="{colour}">'
                    f"<title>{escape(label)}: {escape(name)} {count}</title></rect>"
                )
                if w > 18:
                    body.append(
                        f'<text x="{x + w / 2:.1f}" y="{y + bar - 7}" font-size="11" '
                        f'text-anchor="middle" fill="#fff">{count}</text>'
                    )
                x += w
        body.append(_text(left + plot_w + 6, y + bar - 6, total))
    return _svg(title, height, "".join(body))


def bars(title: str, rows: Sequence[tuple[str, int]], *, vertical: bool = False) -> Markup:
    """Bars with their counts: vertical for a histogram of days, else horizontal."""
    if vertical:
        return _columns(title, rows)
    bar, gap, left = 20, 8, 140
    height = len(rows) * (bar + gap) + 8
    peak = max([count for _, count in rows] + [1])
    plot_w = WIDTH - left - 60
    body = []
    for r, (label, count) in enumerate(rows):
        y = 4 + r * (bar + gap)
        w = plot_w * count / peak
        body.append(_text(left - 6, y + bar - 5, label, "end"))
        body.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar}" fill="{BAR}"/>')
        body.append(_text(left + w + 6, y + bar - 5, count))
    return _svg(title, height, "".join(body))


def _columns(title: str, rows: Sequence[tuple[str, int]]) -> Markup:
    height, left, top, bottom = 180, 36, 16, 34
    plot_w, plot_h = WIDTH - left - 8, height - top - bottom
    peak = max([count for _, count in rows] + [1])
    step = plot_w / max(len(rows), 1)
    every = max(len(rows) // 15, 1)
    body = [_text(left - 6, top + 4, peak, "end", 11), _text(left - 6, top + plot_h, 0, "end", 11)]
    for i, (label, count) in enumerate(rows):
        h = plot_h * count / peak
        x = left + i * step
        body.append(
            f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{h:.1f}" fill="{BAR}"><title>{escape(label)}: {count}</title></rect>'
        )
        if i % every == 0:
            body.append(_text(x + step / 2, height - 18, label, "middle", 11))
    return _svg(title, height, "".join(body))


def heat(rate: float | None) -> str:
    """Red (0%) through yellow to green (100%); grey where nothing was judged."""
    if rate is None:
        return "#e0e0e0"
    red = int(220 if rate < 0.5 else 220 - (rate - 0.5) * 2 * 170)
    green = int(60 + rate * 2 * 120 if rate < 0.5 else 180)
    return f"#{red:02x}{green:02x}50"


def heatmap(
    title: str,
    rows: Sequence[str],
    columns: Sequence[str],
    cells: dict[tuple[str, str], tuple[float | None, int]],
) -> Markup:
    """A cell per (row, column) coloured by its rate, with the rate written in it."""
    cell_w, cell_h, left, top = 56, 28, 120, 24
    height = top + len(rows) * cell_h + 8
    body = [
        _text(left + c * cell_w + cell_w / 2, 16, name, "middle", 11)
        for c, name in enumerate(columns)
    ]
    for r, row in enumerate(rows):
        y = top + r * cell_h
        body.append(_text(left - 6, y + cell_h / 2 + 4, row, "end"))
        for c, column in enumerate(columns):
            rate, judged = cells.get((row, column), (None, 0))
            x = left + c * cell_w
            shown = "–" if rate is None else f"{rate:.0%}"
            body.append(
                f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" '
                f'fill="{heat(rate)}"><title>{escape(row)} → {escape(column)}: {shown} '
                f"({judged})</title></rect>"
            )
            body.append(_text(x + cell_w / 2 - 1, y + cell_h / 2 + 3, shown, "middle", 11))
    return _svg(title, height, "".join(body), max(WIDTH, left + len(columns) * cell_w + 8))


SPANS = ("#90caf9", "#42a5f5", "#0d47a1")  # p95, p80, p50: lighter the further out


def spans(
    title: str, rows: Sequence[tuple[str, int | None, int | None, int | None]], unit: str
) -> Markup:
    """Per row a bar to its p95, overlaid to its p80 and its p50 (darker), the three numbers
    written after it: how long most parcels took, and how long the slow ones did. ``unit``
    (already translated) is written once, after the legend."""
    bar, gap, left, legend = 20, 10, 220, 24
    height = legend + len(rows) * (bar + gap) + 8
    plot_w = WIDTH - left - 130
    peak = max([p for _, *ps in rows for p in ps if p is not None] + [1])
    body = []
    for i, (name, colour) in enumerate(zip(("p50", "p80", "p95"), reversed(SPANS), strict=True)):
        body.append(f'<rect x="{left + i * 70}" y="4" width="10" height="10" fill="{colour}"/>')
        body.append(_text(left + i * 70 + 14, 13, name, size=11))
    body.append(_text(left + 3 * 70, 13, f"({unit})", size=11))
    for r, (label, p50, p80, p95) in enumerate(rows):
        y = legend + r * (bar + gap)
        body.append(_text(left - 6, y + bar - 5, label, "end", 11))
        for value, colour in zip((p95, p80, p50), SPANS, strict=True):
            if value is not None:
                w = max(plot_w * value / peak, 1.0)
                body.append(
                    f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar}" fill="{colour}"/>'
                )
        shown = " · ".join("–" if v is None else str(v) for v in (p50, p80, p95))
        body.append(_text(left + plot_w + 6, y + bar - 5, shown, size=11))
    return _svg(title, height, "".join(body))


def rates(title: str, rows: Sequence[tuple[str, float | None]]) -> Markup:
    """Horizontal bars of shares (0 to 100%), the share written after each; a dash where
    nothing was measured."""
    bar, gap, left = 20, 8, 180
    height = len(rows) * (bar + gap) + 8
    plot_w = WIDTH - left - 60
    body = []
    for r, (label, share) in enumerate(rows):
        y = 4 + r * (bar + gap)
        w = plot_w * (share or 0)
        body.append(_text(left - 6, y + bar - 5, label, "end", 11))
        body.append(f'<rect x="{left}" y="{y}" width="{plot_w}" height="{bar}" fill="#eeeeee"/>')
        body.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar}" fill="{BAR}"/>')
        body.append(_text(left + plot_w + 6, y + bar - 5, "–" if share is None else f"{share:.0%}"))
    return _svg(title, height, "".join(body))
