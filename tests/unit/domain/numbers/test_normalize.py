import pytest

from parceltrail.domain.numbers import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1z5r 8939 0357 5671 27", "1Z5R89390357567127"),
        ("  RR-473.124-829 cn ", "RR473124829CN"),
        ("ＲＲ４７３１２４８２９ＣＮ", "RR473124829CN"),  # full-width
        ("Tracking number: LK123456785CN", "LK123456785CN"),
        ("Tracking No. 1Z5R89390357567127", "1Z5R89390357567127"),
        ("运单号：LP00123456789012", "LP00123456789012"),
        ("Sendungsnummer: 00340434123456789012", "00340434123456789012"),
        ("TBA502887274000 (Amazon)", "TBA502887274000"),
        ("\u00a0GM2951173225174494\t", "GM2951173225174494"),
        # start with a letter a label may start with, but no label: the fast path keeps them
        ("SW 123 456 789 GB", "SW123456789GB"),
        ("tn-123-456-789-ww", "TN123456789WW"),
        ("D1001 1354 4537 07", "D10011354453707"),
        # ... while real labels, also after spaces and separators, are still removed
        ("  tracking 1Z5R89390357567127", "1Z5R89390357567127"),
        ("AWB-1234567890", "1234567890"),
        ("order tracking 1Z5R89390357567127", "1Z5R89390357567127"),
    ],
)
def test_normalises(text, expected):
    assert normalize(text).value == expected


@pytest.mark.parametrize(
    ("text", "value", "routing"),
    [
        ("4201002334249200190132607600833457", "9200190132607600833457", "420100233424"),
        ("420 22153 9101026837331000039521", "9101026837331000039521", "42022153"),
    ],
)
def test_strips_usps_routing_prefix(text, value, routing):  # jkeen usps.json examples
    norm = normalize(text)
    assert (norm.value, norm.routing) == (value, routing)


def test_keeps_420_numbers_that_are_not_routing():
    assert normalize("4200000000").value == "4200000000"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 10_000, "too long"),
        ("9" * 101, "too long"),
        ("12345", "too short"),
        ("1Z5R😀89390357567127", "unexpected characters"),
        ("'; DROP TABLE shipments; --", "unexpected characters"),
    ],
)
def test_problems(text, problem):
    assert normalize(text).problem == problem
