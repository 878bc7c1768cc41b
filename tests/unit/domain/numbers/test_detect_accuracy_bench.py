"""The accuracy bench's changed-digit variants (bench/detect_accuracy.py).

A variant of a number credited by a check digit must change a digit that check digit covers,
or a "false accept" only says the barcode has fields no check digit covers. Numbers here are
train rows of tests/data/numbers/real_numbers_world.tsv (FedEx numbers from
jkeen/tracking_number_data's `couriers/fedex.json`: two barcodes and a 12-digit Express number).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from parceltrail.domain.numbers import detect, load_directory

BENCH = Path(__file__).resolve().parents[4] / "bench" / "detect_accuracy.py"
ASTRA = "32971514560102447849175802862014"  # 3 + 15 digits, payload 11 + check, 4 digits
EXPRESS_34 = "1001921334250001000300779017972697"  # 15 digits, ZIP 5, payload 13 + check
EXPRESS_12 = "986578788855"


def _bench() -> ModuleType:
    name = "bench_detect_accuracy"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def _changed(number: str, variant: str) -> list[int]:
    return [i for i, (a, b) in enumerate(zip(number, variant, strict=True)) if a != b]


@pytest.mark.parametrize(
    ("number", "format_id", "covered"),
    [
        (ASTRA, "fedex_astra_32", range(16, 28)),
        (EXPRESS_34, "fedex_express_34", range(20, 34)),
        (EXPRESS_12, "fedex_express_12", range(12)),
    ],
)
def test_coverage_is_the_payload_and_the_check_of_the_format(number, format_id, covered):
    bench = _bench()
    fmt = load_directory().formats_by_id[format_id]
    assert bench.covered_positions(number, fmt) == tuple(covered)


@pytest.mark.parametrize("number", [ASTRA, EXPRESS_34, EXPRESS_12])
def test_checked_variants_change_only_covered_digits_and_fail_the_check(number):
    bench = _bench()
    fmt = bench.checking_format(detect(number), "fedex")
    assert fmt is not None
    covered = set(bench.covered_positions(number, fmt))
    found = bench.variants(number, fmt)
    assert len(found) == 2
    for variant in found:
        assert set(_changed(number, variant)) <= covered
        assert not bench.for_carrier(detect(variant), "fedex")


def test_the_whole_number_is_open_to_change_without_a_check_digit():
    bench = _bench()
    assert [_changed(ASTRA, v) for v in bench.variants(ASTRA)] == [[31], [16]]
    # ASTRA's last digit lies outside its check digit's reach: the checked variants move it to
    # the check digit itself (27) and the middle of the covered digits (22).
    fmt = load_directory().formats_by_id["fedex_astra_32"]
    assert [_changed(ASTRA, v) for v in bench.variants(ASTRA, fmt)] == [[27], [22]]


def test_no_checking_format_when_the_carrier_has_only_a_shape():
    bench = _bench()
    assert bench.checking_format(detect(EXPRESS_12), "gls") is None


def test_a_number_outside_the_format_is_a_clear_error():
    bench = _bench()
    fmt = load_directory().formats_by_id["fedex_astra_32"]
    with pytest.raises(ValueError, match="fedex_astra_32"):
        bench.covered_positions(EXPRESS_12, fmt)


# Train rows of tests/data/numbers/real_numbers.tsv, all from mediocre/bloodhound at 4c71d728
# (`test/carriers/pitneyBowes.js`, `dhl.js`, `fedEx.js`, `usps.js`): USPS IMpb numbers its
# source files under the company that sent them; and a UPS number from karrio's UPS tracking test.
PITNEY_BOWES_IMPB = "4203300992612927005269000093974783"
DHL_ECOMMERCE_IMPB = "420944019261299999877816190127"
FEDEX_IMPB = "9261293148703201595357"
USPS_IMPB = "4206810692612927005269000028978091"
UPS_1Z = "1Z023E2X0214323462"


@pytest.mark.parametrize(
    ("carrier", "number"),
    [
        ("pitney_bowes", PITNEY_BOWES_IMPB),
        ("dhl_ecommerce", DHL_ECOMMERCE_IMPB),
        ("fedex", FEDEX_IMPB),
    ],
)
def test_an_impb_number_labelled_with_its_sender_counts_usps_as_right(carrier, number):
    bench = _bench()
    row = bench.Row(carrier, number, "source", "train")
    assert bench.right_carriers(row) == (carrier, "usps")
    scored = bench.score([row])[carrier]
    assert (scored.recalled, scored.top1, scored.certain_wrong) == (1, 1, 0)
    # Its variants are then checked by the IMpb check digit, and none is accepted.
    assert scored.checked_variants == 2
    assert scored.checked_accepts == 0


def test_the_impb_rule_reads_the_number_only():
    bench = _bench()
    broken = PITNEY_BOWES_IMPB[:-1] + str((int(PITNEY_BOWES_IMPB[-1]) + 1) % 10)
    assert not bench.is_impb(broken)  # a failed check digit is no IMpb
    assert bench.right_carriers(bench.Row("pitney_bowes", broken, "s", "train")) == (
        "pitney_bowes",
    )
    assert bench.right_carriers(bench.Row("ups", UPS_1Z, "s", "holdout")) == ("ups",)
    assert bench.right_carriers(bench.Row("usps", USPS_IMPB, "s", "train")) == ("usps",)
    # Without the rule the sender's label makes a certain USPS answer wrong.
    found = detect(PITNEY_BOWES_IMPB)
    assert found.certain
    assert found.carriers[0] == "usps"
    assert not bench.for_carrier(found, "pitney_bowes")
