"""Formats added or raised because real train numbers showed them (session 9).

Each test names the real numbers behind the rule; their sources are in
tests/data/numbers/real_numbers_world.tsv and in the formats' examples.
"""

import pytest

from parceltrail.domain.numbers import detect, load_directory
from parceltrail.domain.numbers.checkdigits import compute_s10


def _candidate(number: str, carrier: str):
    found = detect(number)
    return next((c for c in found.candidates if c.carrier == carrier), None)


@pytest.mark.parametrize("number", ["9710834110512", "1136281381675"])
def test_china_ems_13_digits_carry_the_s10_check_digit_over_their_serial(number):
    # Taobao Assistant's EMS validator: prefix (2) + serial (8) + S10 check + 2 digits.
    assert compute_s10(number[2:10]) == number[10]
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "china_ems"
    assert found.candidates[0].evidence == "check_digit"
    assert not found.candidates[0].certain  # medium: the rule is not EMS's own documentation


def test_china_ems_13_digits_reject_a_changed_serial_digit_and_other_prefixes():
    assert _candidate("9710834110612", "china_ems") is None  # check digit changed
    assert _candidate("9720834110512", "china_ems") is None  # a serial digit changed
    # The same digits behind a prefix the EMS rule does not list are not an EMS number.
    assert _candidate("2010834110512", "china_ems") is None


@pytest.mark.parametrize(
    "number", ["697569448283", "520006487924", "553598933796", "555115056564", "642259637402"]
)
def test_cj_logistics_12_digit_waybills_are_named_but_never_certain(number):
    found = detect(number)
    assert found.valid
    assert "cj_logistics" in found.carriers
    assert not any(c.certain for c in found.candidates)


def test_cj_logistics_waybills_do_not_carry_a_mod_7_check_digit():
    # The real waybills fail the mod 7 of Yamato's and Sagawa's 12-digit numbers, so the
    # format has no check digit; the shape alone names CJ Logistics.
    assert int("69756944828") % 7 != 3
    assert _candidate("697569448283", "cj_logistics").evidence == "shape"


def test_evri_16_rests_on_two_real_numbers_and_makes_them_valid():
    fmt = load_directory().formats_by_id["evri_16"]
    real = [e.number for e in fmt.examples if e.valid and e.source and not e.constructed]
    assert {"H00TCC0028567558", "H01QPZ0007431687"} <= set(real)
    assert fmt.confidence == "medium"
    found = detect("H01QPZ0007431687")
    assert found.valid
    assert found.carriers[0] == "evri"
    assert not found.candidates[0].certain


def test_aramex_11_has_one_real_number_and_stays_low():
    fmt = load_directory().formats_by_id["aramex_11"]
    assert fmt.confidence == "low"
    assert _candidate("40795800592", "aramex") is not None
