"""The mutation plugin empties exactly the caches the mutated module could have filled."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from parceltrail import compiled
from parceltrail.compiled import PURE_ENV
from parceltrail.domain import clock
from parceltrail.domain.numbers import directory
from tests.mutation import fresh_caches, run
from tests.mutation.fresh_caches import clear_parceltrail_caches, import_closures, mutated_module


def test_the_mutated_module_is_read_from_mutmuts_name_for_the_mutant() -> None:
    assert mutated_module("parceltrail.domain.mail_in.mime.xǁ_Readerǁwalk__mutmut_27") == (
        "parceltrail.domain.mail_in.mime"
    )
    assert mutated_module("parceltrail.domain.numbers.x_load__mutmut_1") == (
        "parceltrail.domain.numbers"  # a package's own module: mutmut drops "__init__"
    )
    for no_mutant in ("stats", "fail", "list_all_tests", ""):
        assert mutated_module(no_mutant) is None


def _write(root: Path, files: dict[str, str]) -> dict[str, Path]:
    paths = {}
    for name, text in files.items():
        path = root / (name.replace(".", "/") + ".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        paths[name.removesuffix(".__init__")] = path
    return paths


def test_a_modules_reach_follows_every_import_and_its_packages(tmp_path: Path) -> None:
    files = _write(
        tmp_path,
        {
            "pkg.__init__": "",
            "pkg.a": "def f():\n    from pkg.sub import b\n",  # inside a function
            "pkg.sub.__init__": "from . import c\n",
            "pkg.sub.b": "from ..d import thing\n",
            "pkg.sub.c": "",
            "pkg.d": "import json\n",
            "pkg.alone": "",
        },
    )
    reach = import_closures(files)
    assert reach["pkg.a"] == {"pkg", "pkg.a", "pkg.sub", "pkg.sub.b", "pkg.sub.c", "pkg.d"}
    assert reach["pkg.alone"] == {"pkg", "pkg.alone"}


def test_a_cache_the_mutated_module_cannot_reach_is_kept() -> None:
    directory.load_directory()
    clock.iso_text(datetime(2026, 12, 6, tzinfo=UTC))
    assert clock._utc_iso_text.cache_info().currsize
    clear_parceltrail_caches("parceltrail.domain.disputes")  # reaches neither
    assert clock._utc_iso_text.cache_info().currsize
    assert directory.load_directory.cache_info().currsize
    clear_parceltrail_caches("parceltrail.domain.numbers.loader")  # the directory's loader
    assert directory.load_directory.cache_info().currsize == 0
    assert clock._utc_iso_text.cache_info().currsize
    clear_parceltrail_caches(None)  # no mutant: every cache
    assert clock._utc_iso_text.cache_info().currsize == 0


def test_mutation_runs_load_the_pure_python_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    # a compiled module is built from the unmutated source: it would hide every mutant
    monkeypatch.setenv(PURE_ENV, "")  # and restored after the test
    fresh_caches.pytest_load_initial_conftests()
    assert compiled.forced_pure()
    assert run.pure_python({"PATH": "/bin"}) == {"PATH": "/bin", PURE_ENV: "1"}
    assert Path(compiled.FOLDER).relative_to(run.ROOT) == run.COMPILED
