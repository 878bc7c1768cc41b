"""The carrier directory as the rest of the app reads it: lookups, names, links."""

from __future__ import annotations

import itertools

import pytest

from parceltrail.domain.carriers import (
    UnknownCarrierError,
    all_carriers,
    carrier_name,
    contact_url,
    get_carrier,
    require_carrier,
    tracking_url,
)

UPS = "1Z999AA10123456784"  # UPS's documented test number


def test_a_carrier_is_found_by_its_code() -> None:
    ups = get_carrier("ups")
    assert ups is not None
    assert (ups.code, ups.name) == ("ups", "UPS")
    assert require_carrier("ups") is ups
    assert get_carrier("no_such_carrier") is None


def test_requiring_an_unknown_carrier_names_the_code() -> None:
    with pytest.raises(UnknownCarrierError) as raised:
        require_carrier("no_such_carrier")
    assert raised.value.args == ("no_such_carrier",)
    assert isinstance(raised.value, KeyError)


def test_all_carriers_are_sorted_by_name_whatever_its_case() -> None:
    carriers = all_carriers()
    assert len(carriers) >= 300
    names = [c.name.lower() for c in carriers]
    assert all(a <= b for a, b in itertools.pairwise(names))
    # Plain sorting would put every capital before "bpost"; by name it sits among the b's.
    position = [c.code for c in carriers].index("bpost")
    assert carriers[position + 1].name.lower() > "bpost" > carriers[position - 1].name.lower()


def test_a_carrier_name_or_the_code_when_unknown() -> None:
    assert carrier_name("ups") == "UPS"
    assert carrier_name("no_such_carrier") == "no_such_carrier"


def test_contact_page_when_known() -> None:
    assert contact_url("dhl_paket") == "https://www.dhl.de/en/privatkunden/hilfe-kundenservice.html"
    assert contact_url("ups") is None  # none recorded
    assert contact_url("no_such_carrier") is None


def test_tracking_page_of_a_number() -> None:
    assert tracking_url("ups", UPS) == f"https://www.ups.com/track?loc=en_US&tracknum={UPS}"
    assert tracking_url("no_such_carrier", UPS) is None
