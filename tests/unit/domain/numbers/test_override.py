"""A number checked against the carrier the user chose: each answer and its exact message.

The numbers are the packaged directory's own examples (each with its source or marked
constructed in the data files), looked up here so the test says which example it uses.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from parceltrail.domain.numbers.directory import CarrierDirectory, load_directory
from parceltrail.domain.numbers.override import describe_format, validate_for_carrier
from parceltrail.domain.numbers.results import CarrierCheck


@pytest.fixture
def directory() -> CarrierDirectory:
    return load_directory()


def example(directory: CarrierDirectory, format_id: str, start: str, valid: bool = True) -> str:
    fmt = directory.formats_by_id[format_id]
    return next(e.number for e in fmt.examples if e.valid is valid and e.number.startswith(start))


def test_describe_format(directory: CarrierDirectory) -> None:
    assert describe_format(directory.formats_by_id["ups_1z"]) == (
        "UPS 1Z (18 characters, starts with 1Z)"
    )
    s10 = directory.formats_by_id["upu_s10"]
    assert describe_format(s10) == "UPU S10 (13 characters)"
    ranged = replace(directory.formats_by_id["ups_1z"], min_length=16, prefixes=("1Z", "1Y"))
    assert describe_format(ranged) == "UPS 1Z (16-18 characters, starts with 1Z/1Y)"


def test_a_number_passing_the_chosen_carriers_check_digit(directory: CarrierDirectory) -> None:
    number = example(directory, "ups_1z", "1Z5R")
    spaced = f" {number[:2].lower()} {number[2:]} "
    assert validate_for_carrier(spaced, "ups", directory=directory) == CarrierCheck(
        spaced,
        number,
        "ups",
        True,
        "ups_1z",
        "Fits UPS UPS 1Z; the check digit passed.",
        (),
    )


def test_a_format_without_check_digit_only_fits_the_shape(directory: CarrierDirectory) -> None:
    number = example(directory, "cainiao_lp", "LP")
    check = validate_for_carrier(number, "cainiao", directory=directory)
    assert (check.matches, check.format) == (True, "cainiao_lp")
    assert check.message == (
        "Fits the shape of Cainiao (AliExpress Standard Shipping) Cainiao LP; this format has "
        "no check digit, so only the carrier can confirm it."
    )


def test_a_wrong_check_digit_names_the_expected_one(directory: CarrierDirectory) -> None:
    check = validate_for_carrier("LK123456786CN", "china_post", directory=directory)
    assert example(directory, "upu_s10", "LK", valid=False) == "LK123456786CN"
    assert (check.matches, check.format, check.detected) == (False, None, ())
    assert check.message == (
        "Looks like China Post UPU S10, but the check digit is wrong (expected 5); look for a typo."
    )


def test_the_issuing_post_tracks_a_number_credited_to_another_of_its_services(
    directory: CarrierDirectory,
) -> None:
    number = example(directory, "upu_s10", "LK")  # an ePacket: China EMS, issued by China Post
    assert directory.s10_posts["CN"].carrier_for("LK") == "china_ems"
    for carrier in ("china_post", "china_ems"):
        check = validate_for_carrier(number, carrier, directory=directory)
        assert (check.matches, check.format) == (True, "upu_s10")


def test_an_s10_number_of_another_post(directory: CarrierDirectory) -> None:
    number = example(directory, "upu_s10", "RR473")
    check = validate_for_carrier(number, "royal_mail", directory=directory)
    assert (check.matches, check.format, check.detected) == (False, None, ("china_post",))
    assert check.message == (
        "This is an international postal number issued by China Post (CN), not by Royal "
        "Mail. Royal Mail may deliver it after a handover; track it with the issuing post."
    )


def test_another_carriers_number_lists_the_chosen_carriers_shapes(
    directory: CarrierDirectory,
) -> None:
    number = example(directory, "ups_1z", "1Z5R")
    check = validate_for_carrier(number, "fedex", directory=directory)
    assert (check.matches, check.format, check.detected) == (False, None, ("ups",))
    shapes = [describe_format(f) for f in directory.carrier_formats("fedex")]
    assert len(shapes) > 4
    assert (
        check.message == f"Does not match FedEx numbers, which look like: {'; '.join(shapes[:4])}."
    )


def test_a_carrier_without_formats_says_so(directory: CarrierDirectory) -> None:
    number = example(directory, "ups_1z", "1Z5R")
    check = validate_for_carrier(number, "cne_express", directory=directory)
    assert check.message == (
        "We know no number formats for CNE Express yet, so we cannot check it."
    )
    assert check.detected == ("ups",)


def test_an_unknown_carrier_or_a_non_number_is_said_plainly(directory: CarrierDirectory) -> None:
    unknown = validate_for_carrier("1Z", "nope", directory=directory)
    assert unknown == CarrierCheck("1Z", "1Z", "nope", False, None, "Unknown carrier code 'nope'.")
    empty = validate_for_carrier("  ", "ups", directory=directory)
    assert (empty.matches, empty.message) == (False, "Not a tracking number: empty.")


def test_the_echo_is_cut_at_120_characters(directory: CarrierDirectory) -> None:
    check = validate_for_carrier("9" * 130, "ups", directory=directory)
    assert check.input == "9" * 120
    assert check.matches is False


def test_the_packaged_directory_is_the_default() -> None:
    assert validate_for_carrier("RR473124829CN", "china_post").matches is True
