"""Detection results as JSON, and the sentence each status gives the person who typed a number."""

from __future__ import annotations

import pytest

from parceltrail.domain.numbers.directory import CarrierDirectory
from parceltrail.domain.numbers.messages import carrier_name, detection_message
from parceltrail.domain.numbers.model import Carrier
from parceltrail.domain.numbers.results import (
    Candidate,
    CarrierCheck,
    Detection,
    S10Info,
    Suggestion,
)

UPS = Candidate("ups", "ups_1z", 95, "check digit passed (ups)", True, "check_digit")
FEDEX = Candidate("fedex", "fedex_12", 70, "shape", False, "shape", "medium")
WARNED = Candidate("acme", "acme_f", 35, "prefix AC", False, "unique_prefix", "low", "w!")
S10 = S10Info("RR", "registered", "12345678", "5", "GB", "Royal Mail", "GB", False)


@pytest.fixture
def directory() -> CarrierDirectory:
    """A directory of a few named carriers (nothing else is read by the messages)."""
    carriers = [
        Carrier("ups", "UPS"),
        Carrier("fedex", "FedEx"),
        Carrier("dhl", "DHL"),
        Carrier("gls", "GLS"),
        Carrier("dpd", "DPD"),
    ]
    return CarrierDirectory(carriers, [])


def test_a_candidate_as_json() -> None:
    assert WARNED.to_dict() == {
        "carrier": "acme",
        "format": "acme_f",
        "score": 35,
        "reason": "prefix AC",
        "certain": False,
        "evidence": "unique_prefix",
        "confidence": "low",
        "warning": "w!",
    }
    assert UPS.to_dict()["confidence"] == "high"
    assert UPS.to_dict()["warning"] is None


def test_a_suggestion_as_json() -> None:
    suggestion = Suggestion("1Z999", "O read as 0", ("ups", "dhl"))
    assert suggestion.to_dict() == {
        "number": "1Z999",
        "change": "O read as 0",
        "carriers": ["ups", "dhl"],
    }


def test_s10_information_as_json() -> None:
    assert S10.to_dict() == {
        "service": "RR",
        "service_meaning": "registered",
        "serial": "12345678",
        "check": "5",
        "issuer": "GB",
        "operator": "Royal Mail",
        "country": "GB",
        "pseudo_code": False,
    }


def detection(**changes: object) -> Detection:
    values: dict[str, object] = {
        "input": " 1z 999 ",
        "normalized": "1Z999",
        "valid": True,
        "status": "ambiguous",
        "candidates": (UPS, WARNED, Candidate("ups", "ups_2", 1, "r", False, "shape")),
        "suggestions": (Suggestion("1Z998", "one change", ("ups",)),),
        "message": "Probably UPS.",
    }
    values.update(changes)
    return Detection(**values)  # type: ignore[arg-type]


def test_a_detection_as_json() -> None:
    result = detection(s10=S10, routing="420 12345", evidence="check_digit")
    assert result.to_dict() == {
        "input": " 1z 999 ",
        "normalized": "1Z999",
        "valid": True,
        "carriers": ["ups", "acme"],
        "candidates": [c.to_dict() for c in result.candidates],
        "suggestions": [{"number": "1Z998", "change": "one change", "carriers": ["ups"]}],
        "message": "Probably UPS.",
        "status": "ambiguous",
        "evidence": "check_digit",
        "warnings": ["w!"],
        "s10": S10.to_dict(),
        "routing": "420 12345",
    }


def test_a_detection_without_s10_or_routing_leaves_them_out() -> None:
    out = detection().to_dict()
    assert "s10" not in out
    assert "routing" not in out
    assert out["evidence"] is None


def test_detection_properties() -> None:
    result = detection(candidates=(WARNED, UPS, WARNED))
    assert result.carriers == ("acme", "ups")
    assert result.warnings == ("w!",)
    assert result.best == WARNED
    assert result.certain is False
    assert detection(candidates=(UPS,)).certain is True
    empty = detection(candidates=())
    assert empty.best is None
    assert empty.certain is False
    assert empty.carriers == ()
    assert empty.warnings == ()


def test_a_carrier_check_as_json() -> None:
    check = CarrierCheck("1z", "1Z", "ups", False, None, "Not UPS.", ("fedex",))
    assert check.to_dict() == {
        "input": "1z",
        "normalized": "1Z",
        "carrier": "ups",
        "matches": False,
        "format": None,
        "message": "Not UPS.",
        "detected": ["fedex"],
    }
    assert CarrierCheck("a", "A", "ups", True, "ups_1z", "ok").to_dict()["detected"] == []


# --- messages ------------------------------------------------------------------------------


def test_a_carrier_is_named_by_its_name_or_else_its_code(directory: CarrierDirectory) -> None:
    assert carrier_name("ups", directory) == "UPS"
    assert carrier_name("nobody", directory) == "nobody"


def test_detected(directory: CarrierDirectory) -> None:
    message = detection_message("detected", [UPS, FEDEX], [], None, directory)
    assert message == "UPS: check digit passed (ups)."


def test_ambiguous_among_several_carriers_names_three_others(directory: CarrierDirectory) -> None:
    others = [Candidate(code, "f", 10, "r", False, "shape") for code in ("dhl", "gls", "dpd", "x")]
    message = detection_message("ambiguous", [UPS, FEDEX, *others], [], None, directory)
    assert message == (
        "Probably UPS (check digit passed (ups)), but not certain: other carriers use numbers "
        "of the same shape. Also possible: FedEx, DHL, GLS. Choose the carrier if you know it."
    )


def test_ambiguous_alone_by_shape_or_unconfirmed_format(directory: CarrierDirectory) -> None:
    by_shape = detection_message("ambiguous", [FEDEX], [], None, directory)
    assert by_shape == (
        "Probably FedEx (shape), but not certain: only the length and characters match. "
        "Choose the carrier if you know it."
    )
    unconfirmed = detection_message("ambiguous", [UPS], [], None, directory)
    assert unconfirmed == (
        "Probably UPS (check digit passed (ups)), but not certain: this format is not "
        "confirmed by the carrier's own documentation. Choose the carrier if you know it."
    )


def test_unconfirmed_names_up_to_four_carriers(directory: CarrierDirectory) -> None:
    many = [
        Candidate(c, "f", 1, f"why {c}", False, "shape", "low")
        for c in ("ups", "fedex", "dhl", "gls", "dpd")
    ]
    assert detection_message("unconfirmed", many, [], None, directory) == (
        "This has the shape of a UPS, FedEx, DHL, GLS number (why ups), but we have no real "
        "example of that format, so we cannot call it valid. Choose the carrier if you know "
        "it, or check the number on the carrier's website."
    )


def test_no_carrier_data_names_the_s10_issuer_when_there_is_one(
    directory: CarrierDirectory,
) -> None:
    tail = (
        ", but we have no carrier data for it yet. The number may well be real: choose the "
        "carrier yourself or ask the sender which carrier has it."
    )
    assert detection_message("no_carrier_data", [], [], None, directory) == "Valid format" + tail
    assert detection_message("no_carrier_data", [], [], None, directory, S10) == (
        "Valid format (S10, issuer code GB)" + tail
    )


@pytest.mark.parametrize(
    ("problem", "said"),
    [
        ("empty", "nothing was entered"),
        ("too long", "too long (tracking numbers have at most 100 characters)"),
        ("too short", "too short to be a tracking number"),
        ("unexpected characters", "it contains characters tracking numbers never have"),
        ("the check digit does not match (X)", "the check digit does not match (X)"),
        (None, "unknown problem"),
    ],
)
def test_invalid_says_what_was_wrong_and_what_to_do(
    problem: str | None, said: str, directory: CarrierDirectory
) -> None:
    assert detection_message("invalid", [], [], problem, directory) == (
        f"Not a valid tracking number: {said}. Copy the number again from the label or the "
        "shipping e-mail."
    )


def test_invalid_with_a_prefix_and_a_suggestion(directory: CarrierDirectory) -> None:
    suggestions = [
        Suggestion("1Z0001", "O read as 0", ("ups", "fedex")),
        Suggestion("1Z0002", "other", ("dhl",)),
    ]
    message = detection_message("invalid", [UPS], suggestions, "too short", directory)
    assert message == (
        "Not a valid tracking number: too short to be a tracking number. Its prefix is UPS's, "
        "so it is probably a UPS number with a typo (sample numbers published by carriers "
        "often fail their own check digit too). Did you mean 1Z0001 (O read as 0; UPS, FedEx)? "
        "Copy the number again from the label or the shipping e-mail."
    )


def test_a_suggestion_without_carriers_says_so(directory: CarrierDirectory) -> None:
    message = detection_message("invalid", [], [Suggestion("X1", "c", ())], "empty", directory)
    assert "Did you mean X1 (c; no carrier)?" in message
    assert "prefix" not in message
