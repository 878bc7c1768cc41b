"""The server-side SVG charts: texts escaped, marks where the numbers say."""

from __future__ import annotations

import pytest

from parceltrail.web.pages import charts


def test_labels_are_escaped_in_every_chart() -> None:
    evil = '<script>alert("x")</script>'
    drawn = [
        charts.bars(evil, [(evil, 3)]),
        charts.bars(evil, [(evil, 3)], vertical=True),
        charts.stacked(evil, [(evil, [1, 2])], [(evil, "#000"), ("b", "#111")]),
        charts.lines(evil, [evil], [(evil, [1.0])]),
        charts.heatmap(evil, [evil], [evil], {(evil, evil): (0.5, 2)}),
        charts.spans(evil, [(evil, 1, 2, 3)], evil),
        charts.rates(evil, [(evil, 0.5)]),
    ]
    for svg in drawn:
        assert "<script>" not in str(svg)
        assert "&lt;script&gt;" in str(svg)


def test_a_stacked_bar_splits_its_width_by_share() -> None:
    svg = str(charts.stacked("t", [("dhl", [1, 3])], [("early", "#0a0"), ("late", "#a00")]))
    widths = [float(part.split('"')[0]) for part in svg.split('width="')[1:] if 'fill="#' in part]
    bars = [w for w in widths if w > 10]  # the legend's keys are 10 wide
    assert bars[1] == bars[0] * 3


def test_the_heatmap_colours_run_from_red_to_green() -> None:
    assert charts.heat(None) == "#e0e0e0"
    assert charts.heat(0.0).startswith("#dc")  # red
    assert charts.heat(1.0) == "#32b450"  # green


def widths(svg: str, colour: str) -> list[float]:
    """The widths of the marks filled with ``colour``, in order."""
    return [
        float(part.split('"')[0])
        for part in svg.split('width="')[1:]
        if f'fill="{colour}"' in part.split(">")[0]
    ]


def test_a_span_reaches_its_p95_with_its_p80_and_p50_inside() -> None:
    svg = str(charts.spans("t", [("transit", 3, 6, 12), ("processing", 1, None, 2)], "days"))
    # each colour's first mark is its key in the legend, 10 wide
    far, mid, near = (widths(svg, colour) for colour in charts.SPANS)  # p95, p80, p50
    assert far[0] == mid[0] == near[0] == 10
    near_enough = pytest.approx  # widths are written to a tenth
    assert far[1] == near_enough(far[2] * 6, abs=0.5)  # both rows on one scale: 12 days and 2
    assert mid[1:] == [far[1] / 2]  # no p80 bar where none was measured
    assert near[1:] == near_enough([far[1] / 4, far[2] / 2], abs=0.1)
    assert "3 · 6 · 12" in svg
    assert "1 · – · 2" in svg


def test_a_rate_bar_is_its_share_of_the_whole() -> None:
    svg = str(charts.rates("t", [("dispatch", 0.25), ("arrived", None)]))
    whole = widths(svg, "#eeeeee")
    shares = widths(svg, charts.BAR)
    assert shares == [whole[0] / 4, 0.0]
    assert "25%" in svg
    assert "–" in svg
