"""Check-digit edges: the generic weighted mod 10's direction and letter values, check digits
of 0, and input the algorithms must refuse.

Valid numbers are jkeen/tracking_number_data's (couriers/<carrier>.json, test_numbers.valid).
"""

from __future__ import annotations

import pytest

from parceltrail.domain.numbers import checkdigits as cd

# OnTrac: letters valued as UPS does (C -> 4, D -> 5), weights 1,2 from the left (ontrac.json).
ONTRAC = ["C11031500001879", "D10011354453707", "C11121553156000", "D10011345983010"]


@pytest.mark.parametrize("number", ONTRAC)
def test_weighted_mod10_from_the_left_with_letters_checks_ontrac(number: str) -> None:
    payload, check = number[:-1], number[-1]
    assert cd.compute_weighted_mod10(payload, [1, 2], from_right=False, letters=True) == check
    params = {"weights": [1, 2], "from_right": False, "letters": True}
    assert cd.compute("mod10_weights", payload, params) == check


def test_the_direction_of_the_weights_matters_on_an_even_length_payload() -> None:
    payload = "C11031500001879"[:-1]  # 14 characters: from the right, C is weighted 2
    assert cd.compute_weighted_mod10(payload, [1, 2], from_right=False, letters=True) == "9"
    assert cd.compute_weighted_mod10(payload, [1, 2], from_right=True, letters=True) == "8"
    assert cd.compute_weighted_mod10(payload, [1, 2], letters=True) == "8"  # from the right
    assert cd.compute("mod10_weights", payload, {"weights": [1, 2], "letters": True}) == "8"


def test_weights_cycle_from_the_chosen_end() -> None:
    # 1,2,3,4 with weights 1,3,7: from the left 1 + 6 + 21 + 4 = 32 -> 8;
    # from the right 4 + 9 + 14 + 1 = 28 -> 2.
    assert cd.compute_weighted_mod10("1234", [1, 3, 7], from_right=False) == "8"
    assert cd.compute_weighted_mod10("1234", [1, 3, 7], from_right=True) == "2"


def test_letters_count_only_when_asked_for() -> None:
    assert cd.compute_weighted_mod10("C1103150000187", [1, 2], from_right=False) is None
    assert cd.compute("mod10_weights", "C1103150000187", {"weights": [1, 2]}) is None


@pytest.mark.parametrize(
    ("letter", "value"), [("A", 2), ("B", 3), ("H", 9), ("I", 0), ("S", 0), ("Z", 7)]
)
def test_letters_are_valued_as_ups_values_them(letter: str, value: int) -> None:
    # A single character weighted 1: the check is 10 - value, mod 10.
    assert cd.compute_weighted_mod10(letter, [1], letters=True) == str((10 - value) % 10)
    assert cd.compute_ups_mod10(letter) == str((10 - value) % 10)


@pytest.mark.parametrize(
    "payload", ["c1103150000187", "C11031-0000187", "C1103150000١87", "@", "["]
)
def test_other_characters_have_no_letter_value(payload: str) -> None:
    assert cd.compute_weighted_mod10(payload, [1, 2], letters=True) is None
    assert cd.compute_weighted_mod10(payload, [1, 2]) is None


@pytest.mark.parametrize("params", [{}, {"weights": []}, {"weights": "12"}, {"weights": None}])
def test_the_generic_mod10_needs_a_list_of_weights(params: dict[str, object]) -> None:
    assert cd.compute("mod10_weights", "0307179000052348374", params) is None


def test_weights_from_a_data_file_may_be_written_as_text() -> None:
    assert cd.compute("mod10_weights", "0307179000052348374", {"weights": ["3", "1"]}) == "1"


# Check digits of 0, each a valid number of its carrier.
@pytest.mark.parametrize(
    ("algorithm", "payload"),
    [
        ("ups_mod10", "C1112155315600"),  # ontrac.json C11121553156000
        ("ups_mod10", "D1001134598301"),  # ontrac.json D10011345983010
        ("ups_mod10", "879E93034683444"),  # ups.json 1Z879E930346834440
        ("luhn", "32061080490"),  # purolator.json 320610804900
        ("gs1_mod10", "926129011318541746851"),  # usps.json 4201028200009261290113185417468510
        ("gs1_mod10", "56828361001200"),  # fedex.json 568283610012000 (FedEx Ground)
        ("fedex_mod11", "47717908123"),  # fedex.json 477179081230
        ("fedex_mod11", "97436766271"),  # fedex.json 974367662710
        ("mod7", "109925599"),  # dhl.json 1099255990
    ],
)
def test_check_digits_of_zero(algorithm: str, payload: str) -> None:
    assert cd.compute(algorithm, payload) == "0"
    assert cd.bound(algorithm, {})(payload) == "0"


@pytest.mark.parametrize(
    ("serial", "check"),
    [
        ("00000009", "3"),  # S = 9 x 7 = 63; 63 mod 11 = 8; 11 - 8 = 3
        ("10000000", "3"),  # S = 8
        ("00000300", "7"),  # S = 3 x 5 = 15; 15 mod 11 = 4
        ("10100000", "0"),  # S = 8 + 4 = 12; 12 mod 11 = 1; 11 - 1 = 10 -> 0
        ("00000000", "5"),  # S = 0; 11 - 0 = 11 -> 5
    ],
)
def test_s10_weights_by_position_and_the_two_special_remainders(serial: str, check: str) -> None:
    assert cd.compute_s10(serial) == check


@pytest.mark.parametrize("payload", ["", "12A4", "12 34", "-1234", "١٢٣٤", "²³", "1.5"])
def test_mod7_refuses_anything_but_ascii_digits(payload: str) -> None:
    assert cd.compute_mod7(payload) is None
    assert cd.compute("mod7", payload) is None


@pytest.mark.parametrize("payload", ["", "4771790812A", "47717 908123", "١٢٣٤٥٦٧٨٩٠١", "²³"])
def test_fedex_refuses_anything_but_ascii_digits(payload: str) -> None:
    assert cd.compute_fedex_mod11(payload) is None
    assert cd.compute_weighted_mod11_mod10(payload, (1, 3, 7)) is None


def test_mod11_mod10_weights_cycle_from_the_right() -> None:
    # 1234 with weights 1,3,7 from the right: 4*1 + 3*3 + 2*7 + 1*1 = 28 -> 28 mod 11 = 6.
    assert cd.compute_weighted_mod11_mod10("1234", (1, 3, 7)) == "6"
    # A sum of 10 mod 11 is 10, and mod 10 that is 0: 1*3 + 1*7 = 10 with weights 7,3.
    assert cd.compute_weighted_mod11_mod10("11", (7, 3)) == "0"


@pytest.mark.parametrize("serial", ["١٢٣٤٥٦٧٨", "1234567²", "1234 678"])
def test_s10_refuses_other_digits(serial: str) -> None:
    assert cd.compute_s10(serial) is None


@pytest.mark.parametrize("payload", ["", "12", "0001234500000000", "000123450000000021"])
def test_sscc18_needs_exactly_17_digits(payload: str) -> None:
    assert cd.compute_sscc18(payload) is None


def test_every_registered_algorithm_keeps_its_description() -> None:
    assert cd.ALGORITHMS["s10"].__doc__ == cd.compute_s10.__doc__
    assert cd.ALGORITHMS["mod7"].__doc__ == cd.compute_mod7.__doc__


def test_a_bound_named_algorithm_is_the_function_itself() -> None:
    assert cd.bound("luhn", {}) is cd.compute_luhn
    assert cd.bound("mod37_36", {"ignored": True}) is cd.compute_mod37_36


def test_a_bound_configured_algorithm_keeps_its_parameters() -> None:
    check = cd.bound("mod10_weights", {"weights": [1, 2], "from_right": False, "letters": True})
    assert check("C1103150000187") == "9"
    assert check("c1103150000187") is None


def test_an_unknown_algorithm_is_refused() -> None:
    with pytest.raises(KeyError):
        cd.compute("mod97", "123")
    with pytest.raises(KeyError):
        cd.bound("mod97", {})


@pytest.mark.parametrize("number", ["008182709980000020033350276C", "008182709980000020045327276N"])
def test_the_mod37_36_step_table_follows_the_standard(number: str) -> None:
    # The table is built once at import; folding with the step itself must give the same
    # check character as the published DPD labels (dpd.json).
    product = 36
    for char in number[:-1]:
        product = cd._mod37_36_step(product, cd._ALNUM36.index(char))
    assert cd._ALNUM36[(37 - product) % 36] == number[-1]
    assert cd._MOD37_36_STEPS[1:] == tuple(
        {char: cd._mod37_36_step(p, v) for v, char in enumerate(cd._ALNUM36)} for p in range(1, 37)
    )


def test_a_parameterless_algorithm_is_adapted_to_the_registry_signature() -> None:
    adapted = cd._simple(cd.compute_s10)
    assert adapted("47312482", {"ignored": 1}) == "9"
    assert adapted.__doc__ == cd.compute_s10.__doc__
