"""The labelled real numbers: well-formed, sourced, and the held-out part kept out of the data."""

import csv
import re
from pathlib import Path

import pytest

from parceltrail.domain.numbers import load_directory, normalize

DATA = Path(__file__).resolve().parents[3] / "data" / "numbers"
FILES = sorted(DATA.glob("real_numbers*.tsv"))


def _rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return [f for f in csv.reader(handle, delimiter="\t") if f and not f[0].startswith("#")]


# A file of a published package, pinned to its version: pypi:NAME==VERSION/path or
# npm:NAME@VERSION/path (npm names may carry a scope, @scope/name).
PACKAGE_FILE = re.compile(
    r"pypi:[A-Za-z0-9._-]+==[^/\s]+/\S+" r"|npm:(@[a-z0-9._-]+/)?[a-z0-9._-]+@[^/\s]+/\S+"
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_rows_have_a_known_carrier_a_source_and_a_split(path):
    directory = load_directory()
    for fields in _rows(path):
        assert len(fields) == 4, fields
        carrier, number, source, split = fields
        assert directory.carrier(carrier) is not None, carrier
        assert normalize(number).ok, number
        assert source.startswith(("https://", "github ")) or PACKAGE_FILE.fullmatch(source), source
        assert split in {"train", "holdout"}, split


def test_the_china_lanes_set_exists_with_a_holdout_part():
    # The split is decided per source (a thread, or the salted hash of the file), so the
    # held-out share is kept per source: one file may bring many rows to either side
    # (Kutepov/parcels' track-numbers.csv brought 24 train rows).
    rows = _rows(DATA / "real_numbers.tsv")
    split_of = {r[2]: r[3] for r in rows}
    held_sources = [s for s, split in split_of.items() if split == "holdout"]
    assert len(rows) >= 30
    assert len([r for r in rows if r[3] == "holdout"]) >= 30
    assert len(held_sources) >= len(split_of) // 4


def test_no_number_is_listed_twice():
    numbers = [normalize(r[1]).value for path in FILES for r in _rows(path)]
    assert len(numbers) == len(set(numbers))


def test_held_out_numbers_are_never_format_examples():
    examples = {normalize(e.number).value for f in load_directory().formats for e in f.examples}
    for path in FILES:
        for carrier, number, _, split in _rows(path):
            if split == "holdout":
                assert normalize(number).value not in examples, (carrier, number)


def test_a_package_file_names_the_package_its_version_and_the_file():
    assert PACKAGE_FILE.fullmatch("pypi:fan-courier-client==0.4/README.md")
    assert PACKAGE_FILE.fullmatch("npm:@scope/name@1.2.3/test/fixture.json")
    assert not PACKAGE_FILE.fullmatch("pypi:fan-courier-client/README.md")  # no version
    assert not PACKAGE_FILE.fullmatch("npm:name@1.2.3")  # no file
