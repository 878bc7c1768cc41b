"""Detection: ranking rules, certainty, S10 decoding, carrier override."""

import pytest

from parceltrail.domain.numbers import detect, validate_for_carrier

KEYS = {"input", "normalized", "valid", "carriers", "candidates", "suggestions", "message"}


def test_result_shape():
    out = detect("1Z5R89390357567127").to_dict()
    assert set(out) >= KEYS
    assert set(out["candidates"][0]) == {
        "carrier",
        "format",
        "score",
        "reason",
        "certain",
        "evidence",
        "confidence",
        "warning",
    }
    assert out["carriers"] == ["ups"]
    assert out["valid"] is True
    assert out["evidence"] == "check_digit"
    assert out["warnings"] == []


def test_check_digit_with_unique_prefix_is_certain():
    best = detect("1Z5R89390357567127").best
    assert best is not None
    assert best.certain
    assert best.evidence == "check_digit"
    assert "check digit passed" in best.reason


def test_length_only_is_never_certain():
    result = detect("123456789")  # TNT consignment shape: length only
    assert result.candidates
    assert all(not c.certain for c in result.candidates)
    assert result.best is not None
    # a low-confidence format (no real example) is never the only evidence for valid
    low = result.best.confidence == "low"
    assert result.status == ("unconfirmed" if low else "ambiguous")
    assert result.valid is not low


def test_a_low_confidence_format_alone_does_not_make_a_number_valid(directory):
    low = [f for f in directory.formats if f.confidence == "low" and f.carrier]
    for fmt in low:
        for example in (e for e in fmt.examples if e.valid):
            result = detect(example.number)
            fits = [c for c in result.candidates if c.format == fmt.id]
            others = [c for c in result.candidates if c.confidence != "low" and not c.warning]
            if fits and not others:
                assert not result.valid, (fmt.id, example.number)
                assert result.status == "unconfirmed"
                assert result.evidence is None


def test_check_digit_beats_prefix_beats_length():
    assert detect("986578788855").carriers[0] == "fedex"  # check digit beats GLS length-only
    scores = {c.evidence: c.score for c in detect("986578788855").candidates}
    assert scores["check_digit"] > scores["shape"]
    prefix = detect("YT2229521272164446").best
    length = detect("123456789").best
    assert prefix is not None
    assert length is not None
    assert prefix.score > length.score


def test_a_12_digit_number_that_passes_fedex_mod_11_is_not_certain_fedex():
    # an SF Express waybill (keqin-inc/UnifiedExpress tests/test-SF.js, a train row) that
    # happens to pass FedEx's 12-digit check digit, as one random number in eleven does
    result = detect("253368960872")
    assert result.status == "ambiguous"
    assert result.valid
    assert result.carriers[0] == "fedex"
    assert "sf_express" in result.carriers
    assert not result.certain


def test_two_carriers_with_check_digits_are_not_certain():
    # 320595463938 passes Purolator's Luhn; it is 12 digits like FedEx Express.
    result = detect("320595463938")
    assert "purolator" in result.carriers
    if {"fedex", "purolator"} <= set(result.carriers):
        assert not result.certain


def test_low_confidence_format_is_never_certain():
    result = detect("SF1234567890123")
    assert result.carriers == ("sf_express",)
    assert not result.certain


def test_s10_decoding():
    result = detect("LK123456785CN")
    assert result.carriers[0] == "china_ems"
    assert result.s10 is not None
    assert (result.s10.issuer, result.s10.operator, result.s10.serial) == (
        "CN",
        "China Post",
        "12345678",
    )
    assert "letter post express" in result.s10.service_meaning
    assert result.to_dict()["s10"]["issuer"] == "CN"


def test_s10_pseudo_codes():
    assert detect("UA123456785YP").carriers == ("yanwen",)
    yq = detect("RR123456785YQ")
    assert yq.valid
    assert yq.carriers == ()
    assert yq.status == "no_carrier_data"
    assert yq.s10 is not None
    assert yq.s10.pseudo


def test_valid_format_without_carrier_data_is_distinguished_from_invalid():
    unknown = detect("RB123456785XX")
    assert unknown.valid
    assert unknown.status == "no_carrier_data"
    assert "no carrier data" in unknown.message
    invalid = detect("RB123456786XX")
    assert not invalid.valid
    assert invalid.status == "invalid"
    assert "check digit" in invalid.message


def test_failed_check_digit_behind_a_unique_prefix_names_the_carrier_with_a_warning():
    result = detect("1Z5R89390357567128")
    assert not result.valid
    assert result.status == "invalid"
    assert result.carriers == ("ups",)
    assert result.warnings == ("the check digit does not match",)
    assert result.best is not None
    assert not result.best.certain
    assert result.best.evidence == "unique_prefix"
    assert result.evidence is None
    assert "check digit does not match" in result.message
    assert "1Z5R89390357567127" in [s.number for s in result.suggestions]


def test_failed_check_digit_without_a_unique_prefix_names_no_carrier():
    result = detect("RB123456786GB")
    assert not result.valid
    assert result.carriers == ()
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("1Z5R89390357567127", "ups"),
        ("RB123456785GB", "royal_mail"),
        ("9400111201080805483016", "usps"),
        ("TBA502887274000", "amazon"),
        ("008182709980000020033350276C", "dpd"),
        ("C11031500001879", "ontrac"),
    ],
)
def test_override_accepts_matching_carrier(number, carrier):
    check = validate_for_carrier(number, carrier)
    assert check.matches
    assert check.format is not None


def test_override_explains_wrong_carrier():
    check = validate_for_carrier("1Z5R89390357567127", "fedex")
    assert not check.matches
    assert "FedEx" in check.message
    assert check.detected == ("ups",)


def test_override_explains_bad_check_digit():
    check = validate_for_carrier("1Z5R89390357567128", "ups")
    assert not check.matches
    assert "check digit is wrong" in check.message


def test_override_explains_s10_handover():
    check = validate_for_carrier("LK123456785CN", "usps")
    assert not check.matches
    assert "China Post" in check.message


@pytest.mark.parametrize("carrier", ["china_post", "china_ems"])
def test_override_accepts_the_issuing_post_of_an_s10_number_for_any_service(carrier):
    # LK...CN is an ePacket, credited to China EMS; China Post issues it and tracks it too
    # (the API's own example was refused: "issued by China Post (CN), not by China Post").
    check = validate_for_carrier("LK123456785CN", carrier)
    assert check.matches, check.message
    assert check.format is not None


def test_override_unknown_carrier_and_no_formats():
    assert "Unknown carrier" in validate_for_carrier("1Z5R89390357567127", "nope").message
    assert "no number formats" in validate_for_carrier("ABC123456", "cne_express").message


def test_override_no_check_digit_is_said_so():
    check = validate_for_carrier("LP00123456789012", "cainiao")
    assert check.matches
    assert "no check digit" in check.message
