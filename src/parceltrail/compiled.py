"""The compiled detection modules: mypyc builds of the tracking-number hot path, used only
when they were built from the very sources beside them (docs/numbers.md, "Compiled modules").

The modules in ``MODULES`` are plain Python, and stay the reference.  ``python -m
parceltrail.mypyc_build`` (run by ``make install`` and ``make test`` where mypyc and a C
compiler are present) compiles them, unchanged, into ``src/parceltrail/_compiled/``: one
extension module each, the shared library they all call, and ``stamp.json``, which records
the SHA-256 of every source the build read (the compiled modules and the parceltrail modules
they import).  Nothing there sits beside a ``.py`` file, so Python's own import system never
finds a compiled module: ``CompiledFinder``, put first on ``sys.meta_path`` by
``parceltrail/__init__.py``, hands them out, and only when

- ``PARCELTRAIL_PURE_PYTHON`` is unset (or empty, or ``0``): set it to run pure Python;
- the stamp names this interpreter's extension suffix and exactly these modules;
- every recorded source still has its recorded hash: an edited ``detect.py`` is never
  shadowed by the build of its old text.  A stale build is not used, with a warning
  (``StaleBuildWarning``; the test suite turns warnings into errors) saying how to rebuild;
- the shared library loads.

Otherwise every module of the group is imported from its ``.py`` file: the compiled modules
call each other directly, so the group is used whole or not at all.

    python -m parceltrail.mypyc_build             # compile (mypyc, setuptools, a C compiler)
    python -m parceltrail.mypyc_build --status    # which implementation a process loads
    python -m parceltrail.mypyc_build --clean     # delete the build: pure Python from now on

This module runs in every process (``parceltrail/__init__.py``): the standard library only,
and nothing read or hashed unless a build exists.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from types import ModuleType

PURE_ENV: Final = "PARCELTRAIL_PURE_PYTHON"
PACKAGE_DIR: Final = os.path.dirname(os.path.abspath(__file__))  # .../parceltrail
SOURCE_ROOT: Final = os.path.dirname(PACKAGE_DIR)  # the folder holding parceltrail/
FOLDER: Final = os.path.join(PACKAGE_DIR, "_compiled")
STAMP: Final = os.path.join(FOLDER, "stamp.json")
GROUP: Final = "parceltrail_numbers"
LIBRARY: Final = GROUP + "__mypyc"  # the shared library's module name (mypyc's naming)
SUFFIX: Final = importlib.machinery.EXTENSION_SUFFIXES[0]
MODULES: Final = (
    "parceltrail.cli.json_lines",
    "parceltrail.domain.numbers.bulk",
    "parceltrail.domain.numbers.checkdigits",
    "parceltrail.domain.numbers.detect",
    "parceltrail.domain.numbers.matching",
    "parceltrail.domain.numbers.messages",
    "parceltrail.domain.numbers.normalize",
    "parceltrail.domain.numbers.outcome",
    "parceltrail.domain.numbers.plan",
    "parceltrail.domain.numbers.ranking",
    "parceltrail.domain.numbers.shapes",
    "parceltrail.domain.numbers.suggest",
)
_NAMES: Final = frozenset((*MODULES, LIBRARY))


class StaleBuildWarning(RuntimeWarning):
    """The compiled modules were built from other sources: pure Python runs instead."""


@dataclass(frozen=True)
class Implementation:
    """Which implementation of ``MODULES`` this process uses, and why."""

    compiled: bool
    reason: str

    @property
    def name(self) -> str:
        return "compiled (mypyc)" if self.compiled else "pure Python"

    def describe(self) -> str:
        return f"{self.name}: {self.reason}"


_decided: Implementation | None = None


def implementation() -> Implementation:
    """The implementation this process uses: decided once, before the first of ``MODULES``
    is imported (or now, if none has been)."""
    global _decided
    if _decided is None:
        _decided = _decide()
    return _decided


def loaded() -> dict[str, bool]:
    """For each of ``MODULES`` imported so far: whether it is the compiled one."""
    return {
        name: isinstance(getattr(module.__spec__, "loader", None), _Extension)
        for name, module in list(sys.modules.items())
        if name in MODULES
    }


def forced_pure(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether ``PARCELTRAIL_PURE_PYTHON`` asks for pure Python (any value but "" and "0")."""
    return environ.get(PURE_ENV, "") not in ("", "0")


def _decide() -> Implementation:
    if forced_pure():
        return Implementation(False, f"{PURE_ENV} is set")
    if not os.path.isfile(STAMP):
        return Implementation(False, "not built (python -m parceltrail.mypyc_build)")
    problem = stale_sources()
    if problem is not None:
        warnings.warn(
            f"parceltrail: the compiled detection modules in {FOLDER} were built from other "
            f"sources ({problem}), so the pure-Python modules run instead. Rebuild them with "
            f"`make install` or `python -m parceltrail.mypyc_build`, delete them with "
            f"`python -m parceltrail.mypyc_build --clean`, or set {PURE_ENV}=1.",
            StaleBuildWarning,
            stacklevel=2,
        )
        return Implementation(False, f"stale build ignored: {problem}")
    try:
        _load(LIBRARY)
    except ImportError as error:
        warnings.warn(
            f"parceltrail: the compiled detection modules do not load ({error}); "
            f"the pure-Python modules run instead.",
            StaleBuildWarning,
            stacklevel=2,
        )
        return Implementation(False, f"the build does not load: {error}")
    return Implementation(True, f"built from these sources, {FOLDER}")


def stale_sources() -> str | None:
    """Why the build in ``FOLDER`` does not match the sources, or None when it does."""
    import json

    try:
        with open(STAMP, encoding="utf-8") as file:
            stamp = json.load(file)
        suffix, modules, sources = stamp["suffix"], stamp["modules"], dict(stamp["sources"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"unreadable stamp: {error!r}"
    if suffix != SUFFIX:
        return f"built for {suffix}, this Python loads {SUFFIX}"
    if modules != list(MODULES):
        return "built for another list of modules"
    changed = [path for path, digest in sorted(sources.items()) if _digest(path) != digest]
    if changed:
        return "changed since: " + ", ".join(changed)
    missing = [name for name in _NAMES if not os.path.isfile(artifact(name))]
    return "missing: " + ", ".join(sorted(missing)) if missing else None


def file_digest(relative: str) -> str:
    """The SHA-256 of a source, its path relative to ``SOURCE_ROOT``, as the stamp records it
    (``mypyc_build`` writes what this reads back)."""
    with open(os.path.join(SOURCE_ROOT, relative), "rb") as file:
        return str(_sha256()(file.read()).hexdigest())


def _digest(relative: str) -> str | None:
    try:
        return file_digest(relative)
    except OSError:
        return None


def _sha256() -> Callable[[bytes], Any]:
    """SHA-256 from CPython's own module: ``hashlib`` loads OpenSSL first, 2-3 ms of CPU at
    every start of a process with a build (the digests are the same)."""
    for name in ("_sha2", "_sha256"):  # Python 3.12+, 3.11
        sha256 = getattr(sys.modules.get(name) or _import(name), "sha256", None)
        if sha256 is not None:
            return sha256  # type: ignore[no-any-return]
    import hashlib

    return hashlib.sha256


def _import(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def artifact(name: str) -> str:
    """Where the build keeps one extension module: flat, named by the module."""
    return os.path.join(FOLDER, name + SUFFIX)


def _load(name: str) -> ModuleType:
    """Import one extension module of the build (the finder's spec), as ``import`` would."""
    if name in sys.modules:
        return sys.modules[name]
    spec = _spec(name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        assert spec.loader is not None
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


_Extension: Final = importlib.machinery.ExtensionFileLoader


def _spec(name: str) -> ModuleSpec:
    path = artifact(name)
    spec = importlib.machinery.ModuleSpec(name, _Extension(name, path), origin=path)
    spec.has_location = True  # sets __file__
    return spec


class CompiledFinder:
    """Answers for ``MODULES`` and their shared library only: the compiled module when the
    build is usable (``implementation``), else nothing, so the ``.py`` file is imported."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in _NAMES or not implementation().compiled:
            return None
        return _spec(fullname)


def install_finder() -> None:
    """Put a ``CompiledFinder`` first on ``sys.meta_path`` (once)."""
    if not any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, CompiledFinder())
