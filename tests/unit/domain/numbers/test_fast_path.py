"""The hot path (plan, outcome table, bound verifiers, shortcuts, JSON fragments) answers
exactly what the plain path answers: every format's pattern and check digit tried one by
one, ranked, explained and, for invalid numbers, searched for suggestions.

Inputs: the benchmark's realistic and example mixes (bench/detect.py, fixed seeds) and every
example number of the directory, as written, lower-cased and with its last character changed.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from parceltrail.domain.numbers import detect, detect_json_lines, load_directory, normalize
from parceltrail.domain.numbers.detect import _echo
from parceltrail.domain.numbers.matching import decode_s10, match_formats
from parceltrail.domain.numbers.messages import detection_message
from parceltrail.domain.numbers.ranking import (
    VALID_STATUSES,
    evidence_for,
    problem_of,
    rank,
    status_of,
)
from parceltrail.domain.numbers.results import Detection
from parceltrail.domain.numbers.suggest import suggest

BENCH = Path(__file__).resolve().parents[4] / "bench" / "detect.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_detect", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plain_detect(text: str) -> Detection:
    """``detect`` without the plan: each format of the (length, first character) index tried."""
    directory = load_directory()
    normalized = normalize(text)
    value, echo = normalized.value, _echo(text)
    if normalized.problem is not None:
        message = detection_message("invalid", (), (), normalized.problem, directory)
        return Detection(echo, value, False, "invalid", (), (), message, None, None, None)
    matches = match_formats(value, directory)
    candidates = rank(matches, directory.volumes)
    status = status_of(matches, candidates)
    problem = problem_of(matches) if status == "invalid" else None
    s10 = decode_s10(value, directory)
    suggestions = suggest(value, matches, directory) if status == "invalid" else ()
    message = detection_message(status, candidates, suggestions, problem, directory, s10)
    evidence = evidence_for(status, matches, candidates)
    valid = status in VALID_STATUSES
    return Detection(
        echo,
        value,
        valid,
        status,
        candidates,
        suggestions,
        message,
        s10,
        normalized.routing,
        evidence,
    )


def _inputs() -> list[str]:
    bench = _bench()
    examples = [e.number for f in load_directory().formats for e in f.examples]
    changed = [n[:-1] + ("0" if n[-1] != "0" else "1") for n in examples]
    return [
        *bench.realistic_mix(6_000, 7),
        *bench.realistic_mix(3_000, 11),
        *bench.old_mix(3_000, 7),
        *examples,
        *changed,
        *(n.lower() for n in examples),
    ]


INPUTS = _inputs()


@pytest.mark.parametrize("part", range(4))
def test_detect_answers_what_the_plain_path_answers(part: int) -> None:
    for text in INPUTS[part::4]:
        assert detect(text) == plain_detect(text), text


def test_json_lines_are_the_plain_answers_encoded() -> None:
    plain = [
        json.dumps(plain_detect(text).to_dict(), ensure_ascii=False, separators=(",", ":"))
        for text in INPUTS[::3]
    ]
    assert list(detect_json_lines(INPUTS[::3])) == plain
