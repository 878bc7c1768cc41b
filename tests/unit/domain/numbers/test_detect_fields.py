"""Every field of a detection, on each of detect's paths: rejected input, valid numbers,
junk no fix can reach, and invalid numbers with suggestions; the echo and its bound.

Numbers: UPS's documented test number; RR473124829CN / RR473124820CN an S10 number with its
right and a wrong check digit; the USPS IMpb number with a routing prefix is jkeen's
tracking_number_data example (usps.json), as in test_normalize.py.
"""

from __future__ import annotations

from parceltrail.domain.numbers import detect, load_directory
from parceltrail.domain.numbers.detect import MAX_ECHO, detect_with
from parceltrail.domain.numbers.directory import build_directory
from parceltrail.domain.numbers.plan import Plan, plan_for
from parceltrail.domain.numbers.results import Detection
from tests.unit.domain.numbers.made import carrier, fmt

UPS = "1Z999AA10123456784"


def test_a_valid_number_has_its_evidence_and_no_suggestions() -> None:
    found = detect(" 1z 999 aa1 0123456784 ")
    assert found.input == " 1z 999 aa1 0123456784 "
    assert found.normalized == UPS
    assert found.valid
    assert found.status == "detected"
    assert [c.carrier for c in found.candidates] == ["ups"]
    assert found.suggestions == ()
    assert found.message == "UPS: check digit passed (ups_mod10); unique prefix 1Z."
    assert found.s10 is None
    assert found.routing is None
    assert found.evidence == "check_digit"


def test_a_valid_number_keeps_its_routing_prefix_and_s10_issuer() -> None:
    usps = detect("4201002334249200190132607600833457")
    assert usps.valid
    assert usps.normalized == "9200190132607600833457"
    assert usps.routing == "420100233424"
    s10 = detect("RR473124829CN")
    assert s10.valid
    assert s10.s10 is not None
    assert s10.evidence is not None


def test_rejected_input_is_invalid_with_the_problem_message_and_nothing_else() -> None:
    found = detect("ab")
    assert found[:6] == ("ab", "AB", False, "invalid", (), ())
    assert found.message.startswith("Not a valid tracking number: too short")
    assert found[7:] == (None, None, None)
    assert isinstance(found, Detection)


def test_junk_no_fix_can_reach_gets_no_suggestions() -> None:
    found = detect("ZZZZZZZZZZ")
    assert (found.valid, found.status, found.suggestions, found.evidence) == (
        False,
        "invalid",
        (),
        None,
    )
    assert "it does not match any known tracking-number format" in found.message


def test_an_s10_check_failing_under_an_unknown_issuer_gets_no_suggestions() -> None:
    found = detect("RR473124820QX")
    assert not found.valid
    assert found.suggestions == ()
    assert found.s10 is not None  # the issuer is still reported


def test_a_near_miss_gets_suggestions_and_a_message_naming_them() -> None:
    found = detect("RR473124820CN")
    assert not found.valid
    assert found.status == "invalid"
    assert "RR473124829CN" in {s.number for s in found.suggestions}
    assert found.s10 is not None
    assert found.evidence is None
    assert found.message != detect("RR473124820QX").message
    ups = detect("1Z999AA10123456785")
    assert ups.suggestions
    assert [c.carrier for c in ups.candidates] == ["ups"]  # by its prefix, with a warning
    assert ups.warnings == ("the check digit does not match",)


def test_the_echo_is_the_input_up_to_its_bound_then_cut_with_an_ellipsis() -> None:
    fits = UPS + " " * (MAX_ECHO - len(UPS))
    assert detect(fits).input == fits
    longer = fits + " "
    assert detect(longer).input == longer[:MAX_ECHO] + "…"
    assert detect("x" * 200).input == "x" * MAX_ECHO + "…"


def test_input_that_is_not_text_is_echoed_as_its_repr() -> None:
    assert detect(12345).input == "12345"
    assert not detect(None).valid
    assert detect(None).input == "None"
    long_list = list(range(100))
    assert detect(long_list).input == repr(long_list)[:MAX_ECHO] + "…"


def test_a_directory_without_a_plan_gets_one_and_detect_with_uses_it() -> None:
    raw = fmt("f", r"^AC\d{8}$", 10, prefixes=["AC"])
    directory = build_directory([("t.json", {"carriers": [carrier("acme", raw)]})])
    assert directory.plan is None
    found = detect("AC12345678", directory=directory)
    assert isinstance(directory.plan, Plan)
    assert found.valid
    assert [c.carrier for c in found.candidates] == ["acme"]
    assert detect_with("AC12345678", directory.plan) == found
    shared = plan_for(load_directory())
    assert detect_with(UPS, shared) == detect(UPS)
