"""Matching a number against the directory's formats, read back: the check verdict with the
expected character and its place, and S10 numbers credited to their issuer."""

from __future__ import annotations

import pytest

from parceltrail.domain.numbers import CarrierDirectory
from parceltrail.domain.numbers.matching import (
    UNKNOWN_SERVICE,
    FormatMatch,
    decode_s10,
    match_formats,
    payload_span,
    s10_note,
    s10_service_meaning,
)
from parceltrail.domain.numbers.results import S10Info

# RR473124829CN: the S10 standard's worked example serial (check digit 9).


def only(matches: list[FormatMatch], scheme: str = "s10") -> FormatMatch:
    [match] = [m for m in matches if m.fmt.scheme == scheme]
    return match


def test_an_s10_number_is_credited_to_the_post_that_issues_its_suffix(
    directory: CarrierDirectory,
) -> None:
    match = only(match_formats("RR473124829CN", directory))
    assert (match.carrier, match.issuer, match.note) == (
        "china_post",
        "CN",
        "issued by China Post (CN)",
    )
    assert (match.check_passed, match.expected, match.check_pos, match.valid) == (
        True,
        "9",
        10,
        True,
    )


def test_a_wrong_check_digit_is_reported_with_the_expected_one(directory: CarrierDirectory) -> None:
    match = only(match_formats("RR473124828CN", directory))
    assert (match.check_passed, match.expected, match.check_pos, match.valid) == (
        False,
        "9",
        10,
        False,
    )


def test_an_unknown_issuer_matches_without_a_carrier(directory: CarrierDirectory) -> None:
    match = only(match_formats("RR473124829QQ", directory))
    assert (match.carrier, match.issuer) == ("", "QQ")
    assert match.note == "issuer code QQ is not in our table"


def test_a_pseudo_code_says_so(directory: CarrierDirectory) -> None:
    match = only(match_formats("LK473124829YP", directory))
    assert (match.carrier, match.note) == ("yanwen", "issued by Yanwen (YP, UPU pseudo-code)")
    assert s10_note("YP", directory) == "issued by Yanwen (YP, UPU pseudo-code)"


def test_a_carrier_format_names_its_carrier_and_check_position(directory: CarrierDirectory) -> None:
    [ups] = [m for m in match_formats("1Z5R89390357567127", directory) if m.carrier == "ups"]
    assert (ups.check_passed, ups.expected, ups.check_pos, ups.issuer) == (True, "7", 17, "")


def test_only_the_given_formats_are_tried(directory: CarrierDirectory) -> None:
    ups_formats = tuple(f for f in directory.formats_for(18, "1") if f.carrier == "ups")
    assert match_formats("RR473124829CN", directory, ups_formats) == []
    assert [m.carrier for m in match_formats("1Z5R89390357567127", directory, ups_formats)] == [
        "ups"
    ]


def test_a_format_without_a_check_digit_has_no_verdict() -> None:
    unchecked = FormatMatch(fmt=None, carrier="x", check_passed=None)  # type: ignore[arg-type]
    assert unchecked.valid
    assert (unchecked.expected, unchecked.check_pos, unchecked.note, unchecked.issuer) == (
        None,
        -1,
        "",
        "",
    )


def test_an_s10_number_is_decoded_field_by_field(directory: CarrierDirectory) -> None:
    assert decode_s10("RR473124829CN", directory) == S10Info(
        service="RR",
        service_meaning="letter post registered",
        serial="47312482",
        check="9",
        issuer="CN",
        operator="China Post",
        country="China",
        pseudo=False,
    )


def test_an_unknown_issuer_is_decoded_without_an_operator(directory: CarrierDirectory) -> None:
    info = decode_s10("RR473124829QQ", directory)
    assert info is not None
    assert (info.issuer, info.operator, info.country, info.pseudo) == ("QQ", None, None, False)
    yanwen = decode_s10("LP473124829YP", directory)
    assert yanwen is not None
    assert (yanwen.operator, yanwen.country, yanwen.pseudo) == ("Yanwen", None, True)


def test_only_s10_shaped_numbers_are_decoded(directory: CarrierDirectory) -> None:
    assert decode_s10("1Z5R89390357567127", directory) is None
    assert decode_s10("RR47312482XCN", directory) is None


def test_a_service_indicator_means_its_pair_then_its_first_letter(
    directory: CarrierDirectory,
) -> None:
    assert s10_service_meaning("CV", directory) == "parcel post, insured"
    assert s10_service_meaning("CP", directory) == "parcel post"
    assert s10_service_meaning("RZ", directory) == "letter post registered"
    assert s10_service_meaning("JJ", directory) == UNKNOWN_SERVICE
    assert UNKNOWN_SERVICE == "not a service indicator the S10 standard assigns"


def test_the_payload_span_is_the_named_group_or_everything_before_the_check(
    directory: CarrierDirectory,
) -> None:
    # FedEx numbers from jkeen/tracking_number_data couriers/fedex.json (real_numbers_world.tsv):
    # the 34-digit barcode's check covers only its last 13 digits (a ZIP sits before them).
    barcode = directory.formats_by_id["fedex_express_34"]
    m = barcode.regex.match("1001921334250001000300779017972697")
    assert m is not None
    assert payload_span(barcode, m) == (20, 33)
    express = directory.formats_by_id["fedex_express_12"]
    m = express.regex.match("986578788855")
    assert m is not None
    assert payload_span(express, m) == (0, 11)


def test_a_payload_span_needs_a_format_with_a_check_digit(directory: CarrierDirectory) -> None:
    shape_only = directory.formats_by_id["cainiao_lp"]
    m = shape_only.regex.match("LP00123456789012")
    assert m is not None, shape_only.regex.pattern
    with pytest.raises(ValueError, match=r"cainiao_lp.*no check digit"):
        payload_span(shape_only, m)
