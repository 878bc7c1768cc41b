"""The server-side SVG charts: texts escaped, marks where the numbers say."""

from __future__ import annotations

from parceltrail.web.pages import charts


def test_labels_are_escaped_in_every_chart() -> None:
    evil = '<script>alert("x")</script>'
    drawn = [
        charts.bars(evil, [(evil, 3)]),
        charts.bars(evil, [(evil, 3)], vertical=True),
        charts.stacked(evil, [(evil, [1, 2])], [(evil, "#000"), ("b", "#111")]),
        charts.lines(evil, [evil], [(evil, [1.0])]),
        charts.heatmap(evil, [evil], [evil], {(evil, evil): (0.5, 2)}),
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
