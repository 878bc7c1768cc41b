"""HTML mail bodies to text: blocks as lines, cells apart, hidden parts left out, links."""

from __future__ import annotations

from parceltrail.domain.mail_in.html_text import MAX_LINKS, HtmlText, html_to_text

UPS = "1Z999AA10123456784"  # UPS's documented test number


def test_table_cells_stay_apart_on_their_rows_line_and_blocks_are_lines() -> None:
    markup = (
        "<table><tr><td>Tracking number:</td><td>" + UPS + "</td></tr>"
        "<tr><th>Carrier</th><td>UPS</td></tr></table><p>Thanks</p>"
    )
    assert html_to_text(markup) == HtmlText(f"Tracking number: {UPS}\nCarrier UPS\nThanks", (), 0)


def test_every_block_element_breaks_the_line() -> None:
    blocks = [
        "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "header", "footer", "blockquote", "center",
    ]  # fmt: skip
    for tag in blocks:
        assert html_to_text(f"a<{tag}>b</{tag}>c").text == "a\nb\nc", tag
    assert html_to_text("a<br>b").text == "a\nb"
    assert html_to_text("a<br/>b<hr/>c").text == "a\nb\nc"
    assert html_to_text("a<span>b</span><img/>c").text == "abc"


def test_hidden_parts_never_reach_the_text_and_scripts_are_counted() -> None:
    markup = (
        "<html><head><title>Order</title><style>p{color:red}</style></head><body>"
        "<script>track('x')</script>Shipped<script src='a.js'></script> today"
        "<template><p>later</p></template><noscript>enable</noscript>"
        "<svg><title>logo</title><text>UPS</text></svg></body></html>"
    )
    assert html_to_text(markup) == HtmlText("Shipped today", (), 2)


def test_a_skipped_part_ends_only_at_its_own_end_tag() -> None:
    assert html_to_text("<svg><g>inside</g></svg>after").text == "after"
    assert html_to_text("<head><div>x</div></head>after").text == "after"
    assert html_to_text("<noscript><p>a</p><style>b</style>c</noscript>d").text == "d"


def test_spaces_of_every_kind_collapse_and_empty_lines_go() -> None:
    markup = "<p>a \t\u00a0\u200b\u200c\u200d\ufeff b</p><p>  </p><p></p>\n\n<div>c\r\nd</div>"
    assert html_to_text(markup).text == "a b\nc\nd"
    assert html_to_text("  <p>  x  </p>  ").text == "x"


def test_links_are_the_web_ones_unescaped_and_each_once() -> None:
    markup = (
        f'<a href=" https://www.ups.com/track?loc=en_US&amp;tracknum={UPS} ">track</a>'
        '<a href="HTTP://example.com/a">a</a>'
        '<a href="mailto:help@example.com">mail</a><a>no link</a><a href="">empty</a>'
        '<a href="javascript:void(0)">js</a>'
        f'<a href="https://www.ups.com/track?loc=en_US&tracknum={UPS}">again</a>'
    )
    found = html_to_text(markup)
    assert found.links == (
        f"https://www.ups.com/track?loc=en_US&tracknum={UPS}",
        "HTTP://example.com/a",
    )
    assert found.text == "trackamailno linkemptyjsagain"


def test_links_are_bounded() -> None:
    markup = "".join(f'<a href="https://example.com/{n}">{n}</a>' for n in range(MAX_LINKS + 5))
    links = html_to_text(markup).links
    assert len(links) == MAX_LINKS == 200
    assert links[-1] == f"https://example.com/{MAX_LINKS - 1}"


def test_what_the_markup_marks_as_a_tracking_number_is_kept_apart() -> None:
    markup = (
        f'<p>Delivered</p><span id="trackingNumber">{UPS}</span>'
        '<td class="tracking-no"> AB 123 </td>'
        '<div itemprop="trackingNumber">ZZ99999999</div>'
        '<meta itemprop="trackingNumber" content="1Z999AA10123456785">'
        '<span class="order-number">111-222</span>'
    )
    read = html_to_text(markup)
    assert read.marked == (UPS, "AB 123", "ZZ99999999", "1Z999AA10123456785")
    assert read.text == f"Delivered\n{UPS} AB 123\nZZ99999999\n111-222"


def test_a_marked_value_is_short_and_an_empty_one_is_none() -> None:
    long_value = "x" * 61
    assert html_to_text(f'<span id="tracking_number">{long_value}</span>').marked == ()
    assert html_to_text('<span id="tracking_number">  </span>').marked == ()
    assert html_to_text('<span id="tracking_number"><b>AB</b>12</span>').marked == ("AB12",)


def test_schema_org_json_ld_gives_the_tracking_number_and_its_link() -> None:
    url = f"https://www.ups.com/track?tracknum={UPS}"
    markup = (
        '<script type="application/ld+json">{"@context": "http://schema.org",'
        ' "@type": "ParcelDelivery", "trackingNumber": "' + UPS + '",'
        ' "trackingUrl": "' + url + '", "partOfOrder": {"@type": "Order",'
        ' "orderNumber": "A-1"}}</script><p>Shipped</p>'
        '<script type="application/ld+json">{broken</script>'
        "<script>var x = 1;</script>"
    )
    read = html_to_text(markup)
    assert (read.marked, read.links, read.text, read.scripts) == ((UPS,), (url,), "Shipped", 1)


def test_a_head_never_closed_ends_at_the_body() -> None:
    markup = "<html><head><title>UPS</title><meta charset='utf-8'><body><p>Delivered</p></body>"
    assert html_to_text(markup).text == "Delivered"
    assert html_to_text("<head><style>p{}</style><body>x").text == "x"


def test_json_ld_nested_beyond_reason_or_too_long_is_left_out() -> None:
    deep = '<script type="application/ld+json">' + "[" * 50_000 + "]" * 50_000 + "</script>x"
    assert html_to_text(deep) == HtmlText("x", (), 0)
    long_ld = '{"trackingNumber": "' + UPS + '", "description": "' + "a" * 100_000 + '"}'
    markup = f'<script type="application/ld+json">{long_ld}</script>y'
    assert html_to_text(markup).marked == ()  # cut at 100,000 characters: no JSON any more


def test_a_class_that_only_begins_like_a_tracking_number_marks_nothing() -> None:
    # "tracking-notice", "tracking-note", "trackingidentity": "no" and "id" running on into a
    # longer word; "trackingNumberText" and "tracking-number-box" still mark
    for name in ("tracking-notice", "tracking-note", "trackingidentity", "tracking-nrows"):
        assert html_to_text(f'<div class="{name}">Delivery in 2 days</div>').marked == (), name
    for name in ("trackingNumberText", "tracking-number-box", "tracking_no", "awb"):
        assert html_to_text(f'<div class="{name}">{UPS}</div>').marked == (UPS,), name


def test_a_self_closed_element_inside_a_marked_one_leaves_it_open() -> None:
    # the <span/> marks nothing, so it must not close the marked span around it
    markup = f'<span class="tracking-number"><span/>{UPS}</span>'
    assert html_to_text(markup).marked == (UPS,)


def test_a_marked_cell_or_paragraph_whose_end_tag_is_left_out_ends_where_html_ends_it() -> None:
    # HTML lets </td>, </th> and </p> out: the next cell, row or block ends them, as browsers
    # read it; the mark must not run on into the next cell ("1Z...UPS") or paragraph
    for markup in (
        f'<table><tr><td class="tracking-number">{UPS}<td>UPS</td></tr></table>',
        f'<table><tr><th class="tracking-number">{UPS}<tr><td>DHL 2</td></tr></table>',
        f'<table><tr><td class="tracking-number">{UPS}</tr></table><p>Mon 12</p>',
        f'<p class="tracking-number">{UPS}<p>Mon 12</p>',
        f'<p class="tracking-number">{UPS}<div>Mon 12</div>',
    ):
        assert html_to_text(markup).marked == (UPS,), markup
    # a marked cell holding a block or a table of its own (a mail's layout) keeps its text
    for markup in (
        f'<td class="tracking-number"><div>{UPS}</div></td><td>UPS</td>',
        f'<tr><td class="tracking-number"><table><tr><td>{UPS}</td></tr></table></td><td>UPS',
        f'<td class="tracking-number"><table><tr><td></td><td>{UPS}</td></tr></table></td>',
    ):
        assert html_to_text(markup).marked == (UPS,), markup
