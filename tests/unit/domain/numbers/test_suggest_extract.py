from parceltrail.domain.numbers import detect, extract


def _numbers(result):
    return {s.number: s for s in result.suggestions}


def test_confusable_character_is_suggested():
    result = detect("1Z5R8939O357567127")  # letter O for zero
    suggestion = _numbers(result)["1Z5R89390357567127"]
    assert "O -> 0" in suggestion.change
    assert suggestion.carriers == ("ups",)


def test_confusable_in_s10_serial():
    result = detect("RR4731248Z9CN")  # Z for 2
    assert "RR473124829CN" in _numbers(result)


def test_transposition_is_suggested():
    result = detect("RR473124289CN")  # 82 swapped
    suggestion = _numbers(result)["RR473124829CN"]
    assert "swapped" in suggestion.change


def test_check_digit_substitution_is_suggested():
    result = detect("RR473124820CN")
    suggestion = _numbers(result)["RR473124829CN"]
    assert suggestion.change.startswith("check digit 0 -> 9")


def test_suggestions_pass_a_check_digit_and_are_bounded():
    result = detect("1Z5R89390357567128")
    assert 0 < len(result.suggestions) <= 5
    for suggestion in result.suggestions:
        again = detect(suggestion.number)
        assert again.valid
        assert again.best is not None
        assert again.best.evidence == "check_digit"
    assert "Did you mean" in result.message


def test_valid_numbers_get_no_suggestions():
    assert detect("1Z5R89390357567127").suggestions == ()


EMAIL = """Hi Anna,
your order #4481-22 has shipped! Tracking number: 1Z5R 8939 0357 5671 27 (UPS).
A second parcel travels with China Post: RR473124829CN.
Amazon: TBA502887274000. Call us on 0800 123 4567 or quote invoice 2024-000123.
运单号：LP00123456789012
"""


def test_extracts_every_number_from_an_email():
    found = extract(EMAIL)
    assert [f.number for f in found] == [
        "1Z5R89390357567127",
        "RR473124829CN",
        "TBA502887274000",
        "LP00123456789012",
    ]
    ups = found[0]
    assert EMAIL[ups.start : ups.end] == "1Z5R 8939 0357 5671 27"
    assert ups.to_dict()["carriers"] == ["ups"]


def test_extract_ignores_plain_numbers_and_junk():
    assert extract("order 123456789012, phone 5551234567, <b>hello</b>") == ()
    assert extract("") == ()


def test_all_digit_numbers_need_a_tracking_word_nearby():
    assert [f.number for f in extract("FedEx tracking: 986578788855")] == ["986578788855"]
    assert extract("Invoice 986578788855") == ()


def test_a_12_digit_check_digit_contested_only_by_shapes_is_still_found_in_text():
    # not certain (SF Express and GLS numbers have 12 digits too), yet a tracking number
    (found,) = extract("FedEx tracking: 986578788855")
    assert found.detection.status == "ambiguous"
    assert found.detection.carriers[0] == "fedex"
    (sf,) = extract("SF Express waybill 253368960872, thanks")
    assert "sf_express" in sf.detection.carriers
    # another carrier's check digit contests it (902728608073, a random number, passes FedEx's
    # mod 11 and Yamato's and Sagawa's mod 7): not found, as before
    assert detect("902728608073").candidates[1].evidence == "check_digit"
    assert extract("Tracking: 902728608073") == ()
    # nor a 12-digit run whose check digit fails, tracking word or not
    assert extract("FedEx tracking: 986578788856") == ()
    # nor a check digit of a format that is not of high confidence (Purolator's Luhn, medium),
    # nor a short one (DHL Express's mod 7 over 10 digits passes one random number in seven)
    assert detect("320595463938").candidates[0].confidence == "medium"
    assert extract("Tracking: 320595463938") == ()
    assert detect("1099255990").candidates[0].evidence == "check_digit"
    assert extract("DHL tracking: 1099255990") == ()
