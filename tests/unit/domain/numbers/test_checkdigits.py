"""Check-digit algorithms on published examples (sources named per case)."""

import random

import pytest

from parceltrail.domain.numbers import checkdigits as cd

JK = "jkeen/tracking_number_data"


def test_s10_worked_example_from_the_standard():
    # UPU S10: 47312482 -> S = 200 -> C = 11 - (200 mod 11) = 9
    assert cd.compute_s10("47312482") == "9"


@pytest.mark.parametrize(
    ("serial", "check"),
    [("12345678", "5"), ("00000000", "5"), ("00000001", "4")],
)
def test_s10_special_cases(serial, check):
    # 00000000: S = 0 -> 11 -> 5; 00000001: S = 7 -> 4; 12345678: jkeen RB123456785GB
    assert cd.compute_s10(serial) == check


def test_s10_ten_becomes_zero():
    serials = [f"{n:08d}" for n in range(200)]
    remainders = {
        s: sum(int(d) * w for d, w in zip(s, cd.S10_WEIGHTS, strict=True)) % 11 for s in serials
    }
    one = next(s for s, r in remainders.items() if r == 1)
    assert cd.compute_s10(one) == "0"


@pytest.mark.parametrize("bad", ["1234567", "1234567A", "123456789", ""])
def test_s10_rejects_malformed_serials(bad):
    assert cd.compute_s10(bad) is None


@pytest.mark.parametrize(
    "number",
    ["1Z5R89390357567127", "1Z879E930346834440", "1Z410E7W0392751591", "1Z8V92A70367203024"],
)
def test_ups_mod10(number):  # JK ups.json
    assert cd.compute_ups_mod10(number[2:-1]) == number[-1]


@pytest.mark.parametrize("number", ["C11031500001879", "D10011354453707", "D10011342332145"])
def test_ontrac_letter_is_valued_like_ups(number):  # JK ontrac.json
    assert cd.compute_ups_mod10(number[:-1]) == number[-1]


@pytest.mark.parametrize(
    "number",
    [
        "9400111201080805483016",
        "9361289878700317633795",
        "92748931507708513018050063",
        "03071790000523483741",
    ],
)
def test_gs1_mod10_usps(number):  # JK usps.json
    assert cd.compute_gs1_mod10(number[:-1]) == number[-1]


@pytest.mark.parametrize("number", ["041441760228964", "568283610012000", "0073938000549297"])
def test_gs1_mod10_fedex_ground_and_canada_post(number):  # JK fedex.json, canadapost.json
    assert cd.compute_gs1_mod10(number[:-1]) == number[-1]


def test_sscc18():  # JK fedex.json (FedEx Ground SSCC-18)
    assert cd.compute_sscc18("00012345000000002") == "7"
    assert cd.compute_sscc18("0001234500000000") is None


@pytest.mark.parametrize("number", ["986578788855", "477179081230", "799531274483", "974367662710"])
def test_fedex_mod11(number):  # JK fedex.json
    assert cd.compute_fedex_mod11(number[:-1]) == number[-1]


def test_fedex_mod11_34_digit():  # JK fedex.json: check over the last 13 digits
    number = "1001921334250001000300779017972697"
    assert cd.compute_fedex_mod11(number[20:-1]) == number[-1]


@pytest.mark.parametrize("number", ["3318810025", "8487135506", "1099255990", "73891051146"])
def test_mod7_dhl_express(number):  # JK dhl.json
    assert cd.compute_mod7(number[:-1]) == number[-1]


@pytest.mark.parametrize(
    "number", ["79927398713", "320595463938", "287809468872", "07209562763", "80003280379"]
)
def test_luhn(number):  # 79927398713: the classic Luhn example; others JK purolator/old_dominion
    assert cd.compute_luhn(number[:-1]) == number[-1]


@pytest.mark.parametrize("number", ["008182709980000020033350276C", "008182709980000020045327276N"])
def test_iso7064_mod37_36_dpd(number):  # JK dpd.json (DPD parcel label specification)
    assert cd.compute_mod37_36(number[:-1]) == number[-1]


def test_mod37_36_rejects_other_characters():
    assert cd.compute_mod37_36("00818270998-") is None


def test_generic_weighted_mod10_matches_gs1():
    assert cd.compute("mod10_weights", "0307179000052348374", {"weights": [3, 1]}) == "1"


def test_registry_names_are_what_data_files_use():
    assert {
        "s10",
        "gs1_mod10",
        "ups_mod10",
        "luhn",
        "mod7",
        "fedex_mod11",
        "mod37_36",
        "sscc18",
        "mod10_weights",
    } <= set(cd.ALGORITHMS)


def _textbook(payload: str, weights_from_right: tuple[int, ...]) -> str | None:
    """Check characters computed the long way, digit by digit (reference for the fast code)."""
    if not payload or not all("0" <= c <= "9" for c in payload):
        return None
    total = sum(
        int(c) * weights_from_right[i % len(weights_from_right)]
        for i, c in enumerate(reversed(payload))
    )
    return str((10 - total % 10) % 10)


def _mod37_36_textbook(payload: str) -> str | None:
    """ISO/IEC 7064 MOD 37,36 as the standard states it, one character at a time."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    product = 36
    for char in payload:
        if char not in alphabet:
            return None
        total = (product + alphabet.index(char)) % 36 or 36
        product = (total * 2) % 37
    return alphabet[(37 - product) % 36]


def _luhn_textbook(payload: str) -> str | None:
    if not payload or not all("0" <= c <= "9" for c in payload):
        return None
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _fedex_textbook(payload: str) -> str | None:
    """FedEx Express: weights 1, 3, 7 repeating from the rightmost digit; sum mod 11 mod 10."""
    if not payload or not all("0" <= c <= "9" for c in payload):
        return None
    total = sum(int(c) * (1, 3, 7)[i % 3] for i, c in enumerate(reversed(payload)))
    return str(total % 11 % 10)


def test_table_driven_algorithms_agree_with_the_textbook_definitions():
    rnd = random.Random(5)
    alphabets = ("0123456789", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789Aa-é٣")
    for i in range(20_000):
        alphabet = alphabets[i % 3]
        payload = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert cd.compute_gs1_mod10(payload) == _textbook(payload, (3, 1)), payload
        assert cd.compute_luhn(payload) == _luhn_textbook(payload), payload
        assert cd.compute_mod37_36(payload) == _mod37_36_textbook(payload), payload
        assert cd.compute_fedex_mod11(payload) == _fedex_textbook(payload), payload
        ups = "".join(str((ord(c) - 63) % 10) if "A" <= c <= "Z" else c for c in payload)
        assert cd.compute_ups_mod10(payload) == _textbook(ups, (1, 2) if len(ups) % 2 else (2, 1))
