"""The compiled detection modules (``parceltrail.compiled``): which implementation runs, that a
build of other sources is never used, and that compiled and pure Python answer alike.

The rest of the suite runs on whichever implementation this process loaded (the compiled one
where ``make`` built it); the comparisons here run the pure-Python modules in a subprocess
(``PARCELTRAIL_PURE_PYTHON=1``) on the inputs of ``test_fast_path`` and compare every answer.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import subprocess
import sys
from importlib.machinery import PathFinder
from pathlib import Path

import pytest

from parceltrail import compiled
from parceltrail.compiled import MODULES, PURE_ENV, Implementation, StaleBuildWarning
from parceltrail.domain.numbers import detect, detect_json_lines
from parceltrail.mypyc_build import source_closure
from tests.unit.domain.numbers.test_fast_path import INPUTS

NOT_TEXT = "[12345, None, list(range(100)), 1.5, b'LK123456785CN']"
ANSWERS = f"""
import json, sys
from parceltrail import compiled
from parceltrail.domain.numbers import detect, detect_json_lines
inputs = json.load(sys.stdin) + {NOT_TEXT}
json.dump({{
    "implementation": compiled.implementation().compiled,
    "loaded": compiled.loaded(),
    "detect": [detect(text).to_dict() for text in inputs],
    "lines": list(detect_json_lines(inputs)),
}}, sys.stdout)
"""


def _answers(inputs: list[str], *, pure: bool) -> dict[str, object]:
    env = {**os.environ, PURE_ENV: "1" if pure else ""}
    done = subprocess.run(
        [sys.executable, "-c", ANSWERS],
        input=json.dumps(inputs),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert done.stderr == ""  # no warning either: a stale build would say so here
    answers: dict[str, object] = json.loads(done.stdout)
    return answers


def _compiled_here() -> Implementation:
    implementation = compiled.implementation()
    if not implementation.compiled:
        pytest.skip(f"nothing compiled to compare with: {implementation.describe()}")
    return implementation


def test_the_modules_loaded_are_the_implementation_decided() -> None:
    for name in MODULES:
        importlib.import_module(name)
    implementation = compiled.implementation()
    print(f"detection modules: {implementation.describe()}")
    assert compiled.loaded() == dict.fromkeys(MODULES, implementation.compiled)
    if os.environ.get("CI") == "true" and not compiled.forced_pure():
        # CI has mypyc, gcc and Python's headers, and `make test` builds them first
        assert implementation.compiled, implementation.describe()


def test_pure_python_answers_what_the_compiled_modules_answer() -> None:
    _compiled_here()
    not_text: list[object] = eval(NOT_TEXT)  # the same few as the subprocess's
    ours = {
        "detect": [detect(text).to_dict() for text in [*INPUTS, *not_text]],
        "lines": list(detect_json_lines([*INPUTS, *not_text])),
    }
    pure = _answers(INPUTS, pure=True)
    assert pure["implementation"] is False
    loaded = pure["loaded"]
    assert isinstance(loaded, dict)
    assert loaded
    assert not any(loaded.values())
    for key, answers in ours.items():
        theirs = pure[key]
        assert isinstance(theirs, list)
        assert len(theirs) == len(answers)
        for text, mine, its in zip([*INPUTS, *not_text], answers, theirs, strict=True):
            assert json.loads(json.dumps(mine)) == its, text


def test_the_command_writes_the_same_bytes_compiled_and_pure(tmp_path: Path) -> None:
    _compiled_here()
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("\n".join(INPUTS[::2]) + "\n", encoding="utf-8")
    outputs = []
    for pure in ("", "1"):
        with numbers.open("rb") as stdin:
            done = subprocess.run(
                [sys.executable, "-m", "parceltrail", "detect", "--json"],
                stdin=stdin,
                capture_output=True,
                env={**os.environ, PURE_ENV: pure},
                check=True,
            )
        assert done.stderr == b""
        outputs.append(done.stdout)
    assert outputs[0].count(b"\n") == len(INPUTS[::2])
    assert outputs[0] == outputs[1]


# The guard, on a build folder made up in tmp_path (its constants point there)


@pytest.fixture
def build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A source tree with one module, and a build folder whose stamp matches it."""
    source = tmp_path / "parceltrail" / "domain" / "numbers" / "detect.py"
    source.parent.mkdir(parents=True)
    source.write_text("VALUE = 1\n", encoding="utf-8")
    folder = tmp_path / "parceltrail" / "_compiled"
    folder.mkdir()
    for name in (*MODULES, compiled.LIBRARY):
        (folder / f"{name}{compiled.SUFFIX}").write_bytes(b"not an extension module")
    stamp = {
        "suffix": compiled.SUFFIX,
        "modules": list(MODULES),
        "sources": {
            "parceltrail/domain/numbers/detect.py": hashlib.sha256(b"VALUE = 1\n").hexdigest()
        },
    }
    (folder / "stamp.json").write_text(json.dumps(stamp), encoding="utf-8")
    monkeypatch.setattr(compiled, "SOURCE_ROOT", str(tmp_path))
    monkeypatch.setattr(compiled, "FOLDER", str(folder))
    monkeypatch.setattr(compiled, "STAMP", str(folder / "stamp.json"))
    monkeypatch.delenv(PURE_ENV, raising=False)
    monkeypatch.delitem(sys.modules, compiled.LIBRARY, raising=False)  # loaded here, if built
    return folder


def _stamp(folder: Path) -> dict[str, object]:
    stamp: dict[str, object] = json.loads((folder / "stamp.json").read_text("utf-8"))
    return stamp


def test_a_build_of_the_sources_as_they_are_is_used_only_if_it_loads(build: Path) -> None:
    assert compiled.stale_sources() is None
    with pytest.warns(StaleBuildWarning, match="do not load"):  # the made-up library
        decided = compiled._decide()
    assert not decided.compiled
    assert decided.reason.startswith("the build does not load")


def test_an_edited_source_makes_the_build_unused_and_says_so(build: Path) -> None:
    source = build.parent / "domain" / "numbers" / "detect.py"
    source.write_text("VALUE = 2\n", encoding="utf-8")
    with pytest.warns(StaleBuildWarning, match="mypyc_build") as warned:
        decided = compiled._decide()
    assert decided == Implementation(
        False, "stale build ignored: changed since: parceltrail/domain/numbers/detect.py"
    )
    assert "PARCELTRAIL_PURE_PYTHON=1" in str(warned[0].message)
    source.unlink()
    assert compiled.stale_sources() == "changed since: parceltrail/domain/numbers/detect.py"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"suffix": ".cpython-399-x.so"}, "built for .cpython-399-x.so, this Python loads"),
        ({"modules": list(MODULES[1:])}, "built for another list of modules"),
        ({"sources": None}, "unreadable stamp"),
    ],
)
def test_a_build_for_another_python_or_module_list_is_unused(
    build: Path, change: dict[str, object], problem: str
) -> None:
    stamp = {**_stamp(build), **change}
    (build / "stamp.json").write_text(json.dumps(stamp), encoding="utf-8")
    problem_found = compiled.stale_sources()
    assert problem_found is not None
    assert problem_found.startswith(problem)


def test_a_missing_extension_module_makes_the_build_unused(build: Path) -> None:
    (build / f"{MODULES[0]}{compiled.SUFFIX}").unlink()
    assert compiled.stale_sources() == f"missing: {MODULES[0]}"


def test_pure_python_is_forced_by_the_environment_whatever_is_built(
    build: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PURE_ENV, "1")
    assert compiled._decide() == Implementation(False, f"{PURE_ENV} is set")
    assert compiled.forced_pure({PURE_ENV: "yes"})
    assert not compiled.forced_pure({PURE_ENV: "0"})
    assert not compiled.forced_pure({PURE_ENV: ""})
    assert not compiled.forced_pure({})


def test_no_build_means_pure_python_without_a_warning(
    build: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiled, "STAMP", str(build / "absent.json"))
    assert compiled._decide() == Implementation(
        False, "not built (python -m parceltrail.mypyc_build)"
    )


def test_the_finder_answers_for_the_compiled_modules_only() -> None:
    finders = [f for f in sys.meta_path if isinstance(f, compiled.CompiledFinder)]
    assert len(finders) == 1
    finder = finders[0]
    # before the path finder, which would find the .py files
    assert sys.meta_path.index(finder) < sys.meta_path.index(PathFinder)
    assert finder.find_spec("parceltrail.domain.numbers.directory") is None
    spec = finder.find_spec("parceltrail.domain.numbers.detect")
    if compiled.implementation().compiled:
        assert spec is not None
        assert spec.origin == compiled.artifact("parceltrail.domain.numbers.detect")
    else:
        assert spec is None


def test_the_stamp_covers_every_source_the_build_reads() -> None:
    sources = source_closure()
    for name in MODULES:
        assert name.replace(".", "/") + ".py" in sources
    # what the modules import (detect: Words) and the packages above them
    assert "parceltrail/domain/words.py" in sources
    assert "parceltrail/domain/numbers/directory.py" in sources
    assert "parceltrail/__init__.py" in sources
    assert "parceltrail/cli/__init__.py" in sources
    # not what a package imports inside a function (the command modules behind cli/__init__)
    assert "parceltrail/cli/main.py" not in sources
    assert not any(path.startswith("parceltrail/services/") for path in sources)
