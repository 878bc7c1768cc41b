"""Matching a number against the directory's formats, read back: the check verdict with the
expected character and its place, and S10 numbers credited to their issuer."""

from __future__ import annotations

from parceltrail.domain.numbers import CarrierDirectory
from parceltrail.domain.numbers.matching import (
    UNKNOWN_SERVICE,
    FormatMatch,
    decode_s10,
    match_formats,
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
