"""Tracking numbers in carriers' links: templates read back, hosts, wrapped links, bounds.

Numbers are real ones from public test fixtures (the source beside each), the UPS one its
documented test number.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from parceltrail.domain.parcel_links import (
    MAX_URL,
    LinkNumber,
    _carriers_of_host,
    _host,
    _Template,
    _template_of,
    _templates,
    number_in_link,
    unwrapped,
)

UPS = "1Z999AA10123456784"
# github.com/karrioapi/karrio, modules/connectors/usps/tests/usps/test_tracking.py
USPS = "9400109104250532908587"
# github.com/karrioapi/karrio, modules/connectors/fedex/tests/fedex/test_tracking.py
FEDEX = "776094337676"
# github.com/karrioapi/karrio, modules/connectors/dhl_parcel_de/tests/.../test_tracking.py
DHL = "00340434161094015902"
# Evri's tracking page as the existing mail tests use it (tests/unit/domain/test_mail_in.py)
EVRI = "H00QWA0000123456"


def test_the_host_drops_credentials_port_case_and_www() -> None:
    assert _host("user:pw@WWW.UPS.COM:443") == "ups.com"
    assert _host("nolp.dhl.de") == "nolp.dhl.de"
    assert _host("wwwx.example") == "wwwx.example"


def test_a_template_says_where_the_number_goes() -> None:
    query = _template_of("ups", "https://www.ups.com/track?loc=en_US&TrackNum={number}&x=1")
    assert query == _Template("ups", "ups.com", "query", "tracknum")
    path = _template_of("evri", "https://www.evri.com/Track/Parcel/{number}/details")
    assert path == _Template("evri", "evri.com", "path", "/track/parcel/")
    fragment = _template_of("royal_mail", "https://www.royalmail.com/x#/Results/{number}")
    assert fragment == _Template("royal_mail", "royalmail.com", "fragment", "/results/")
    assert _template_of("x", "https://example.com/track") is None


def test_the_directory_templates_and_the_extra_ones_are_read() -> None:
    templates, hosts = _templates()
    assert _Template("ups", "ups.com", "query", "tracknum") in templates
    assert _Template("gls", "gls-group.eu", "path", "/track/") in templates  # an extra one
    # Two USPS pages on one host: the host lists USPS once.
    assert hosts["tools.usps.com"] == ("usps",)
    # One host, several carriers: in the directory's order.
    assert hosts["laposte.fr"] == ("la_poste", "colissimo")


def test_carriers_of_a_host_or_of_its_parent_domain_but_never_a_bare_suffix() -> None:
    hosts: dict[str, tuple[str, ...]] = {"dhl.de": ("dhl_paket",), "de": ("nobody",)}
    assert _carriers_of_host("nolp.dhl.de", hosts) == ("dhl_paket",)
    assert _carriers_of_host("dhl.de", hosts) == ("dhl_paket",)
    assert _carriers_of_host("de", hosts) == ()
    assert _carriers_of_host("example.de", hosts) == ()


def test_a_number_in_the_place_of_the_template() -> None:
    assert number_in_link(f"https://www.ups.com/track?loc=en_US&tracknum={UPS}") == LinkNumber(
        UPS, "ups"
    )
    found = number_in_link(f"https://www.fedex.com/fedextrack/?trknbr={FEDEX}")
    assert found == LinkNumber(FEDEX, "fedex")
    usps = f"https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1={USPS}"
    assert number_in_link(usps) == LinkNumber(USPS, "usps")
    evri = f"https://www.evri.com/TRACK/PARCEL/{EVRI.lower()}/details"
    assert number_in_link(evri) == LinkNumber(EVRI, "evri")


def test_a_query_key_in_any_case_and_the_first_of_several_numbers() -> None:
    link = f"https://www.ups.com/track?TRACKNUM={UPS},1Z999AA10123456785"
    assert number_in_link(link) == LinkNumber(UPS, "ups")
    other_key = f"https://www.ups.com/track?other={UPS[:-1]}&tracknum={UPS}"
    assert number_in_link(other_key) == LinkNumber(UPS, "ups")


def test_a_number_in_the_template_place_is_taken_even_when_it_fails_the_check() -> None:
    # The carrier's own template holds it: the carrier's answer tells whether it is known.
    link = f"https://www.ups.com/track?tracknum={EVRI.lower()}-x"
    assert number_in_link(link) == LinkNumber(EVRI + "X", "ups", checked=False)


def test_too_short_a_value_in_the_template_place_is_no_number() -> None:
    assert number_in_link("https://www.ups.com/track?tracknum=ABC12") is None
    assert number_in_link("https://www.ups.com/track?tracknum=") is None


def test_on_a_carrier_host_values_elsewhere_are_tried_against_its_formats() -> None:
    assert number_in_link(f"https://www.ups.com/some/{UPS}/page") == LinkNumber(UPS, "ups")
    assert number_in_link(f"https://www.evri.com/other/{EVRI}") == LinkNumber(EVRI, "evri")
    assert number_in_link(f"https://www.ups.com/x?ref={UPS}") == LinkNumber(UPS, "ups")
    # A parent domain's carrier: nolp.dhl.de belongs to dhl.de's.
    dhl = f"https://nolp.dhl.de/nextt-online-public/set_identcodes.do?idc={DHL}"
    assert number_in_link(dhl) == LinkNumber(DHL, "dhl_paket")


def test_a_valid_number_of_another_carrier_on_a_carrier_host_goes_to_that_host() -> None:
    link = f"https://auspost.com.au/mypost/track/#/details/{USPS}"
    assert number_in_link(link) == LinkNumber(USPS, "australia_post")


def test_a_tracking_key_on_a_carrier_host_is_taken_unchecked() -> None:
    link = "https://www.ups.com/some?ref=x&TrackingNumber=qq-12345.xyz"
    assert number_in_link(link) == LinkNumber("QQ12345XYZ", "ups", checked=False)
    assert number_in_link("https://www.ups.com/some?ref=QQ12345XYZ") is None
    assert number_in_link("https://www.ups.com/some?tracking=QQ") is None


def test_links_of_no_carrier_or_not_on_the_web_give_nothing() -> None:
    assert number_in_link(f"https://example.com/?tracking={UPS}") is None
    assert number_in_link(f"https://ups.com.evil.example/track?tracknum={UPS}") is None
    assert number_in_link(f"ftp://www.ups.com/track?tracknum={UPS}") is None
    assert number_in_link("javascript:alert(1)") is None


def test_a_link_is_trimmed_and_read_up_to_its_bound() -> None:
    padded = f"  HTTPS://www.ups.com/track?tracknum={UPS}\n"
    assert number_in_link(padded) == LinkNumber(UPS, "ups")
    base, tail = "https://www.ups.com/track?pad=", f"&tracknum={UPS}"
    fits = base + "a" * (MAX_URL - len(base) - len(tail)) + tail
    assert len(fits) == MAX_URL
    assert number_in_link(fits) == LinkNumber(UPS, "ups")
    # One character more and the number's last digit is beyond the bound.
    cut = base + "a" * (MAX_URL + 1 - len(base) - len(tail)) + tail
    assert number_in_link(cut) == LinkNumber(UPS[:-1], "ups", checked=False)


def test_a_wrapped_link_is_read_inside() -> None:
    inner = f"https://www.ups.com/track?tracknum={UPS}"
    assert number_in_link("https://click.example/r?u=" + quote(inner, safe="")) == LinkNumber(
        UPS, "ups"
    )


def _wrapped(times: int, inner: str) -> str:
    for n in range(times):
        inner = f"https://w{n}.example/r?u=" + quote(inner, safe="")
    return inner


@pytest.mark.parametrize("times", [0, 1, 2, 3])
def test_unwrapping_goes_three_links_deep(times: int) -> None:
    assert unwrapped(_wrapped(times, "https://d.example/z")) == "https://d.example/z"


def test_unwrapping_stops_after_three_links() -> None:
    four = _wrapped(4, "https://d.example/z")
    assert unwrapped(four) == _wrapped(1, "https://d.example/z")


def test_unwrapping_finds_a_plain_inner_link_after_the_scheme() -> None:
    assert unwrapped("http://x.example/https://y.example/q") == "https://y.example/q"
    assert unwrapped("https://https://y.example") == "https://y.example"
    assert unwrapped("HTTP%3A%2F%2Fno.example") == "HTTP%3A%2F%2Fno.example"  # at the start


def test_a_value_in_a_path_or_fragment_template_is_taken_up_to_the_next_separator() -> None:
    # Not a valid Evri number: only the template's place makes it one, so it is unchecked.
    for tail in ("", "/more", ",FGH", "?x=1"):
        link = f"https://www.evri.com/track/parcel/ABCDE12345{tail}"
        assert number_in_link(link) == LinkNumber("ABCDE12345", "evri", checked=False), tail
    escaped = "https://www.evri.com/track/parcel/%41BCDE12345"  # %41 is "A"
    assert number_in_link(escaped) == LinkNumber("ABCDE12345", "evri", checked=False)
    fragment = "https://auspost.com.au/mypost/track/#/details/ABCDE12345/x"
    assert number_in_link(fragment) == LinkNumber("ABCDE12345", "australia_post", checked=False)


def test_a_number_in_the_fragment_of_a_carrier_host_is_found() -> None:
    link = f"https://www.ups.com/track#tracknum={UPS}"
    assert number_in_link(link) == LinkNumber(UPS, "ups")
