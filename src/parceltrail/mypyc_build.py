"""Build the compiled detection modules (``parceltrail.compiled``) with mypyc.

    python -m parceltrail.mypyc_build                 # compile into src/parceltrail/_compiled
    python -m parceltrail.mypyc_build --if-possible   # the same, or a note where tools lack
    python -m parceltrail.mypyc_build --status        # which implementation a process loads
    python -m parceltrail.mypyc_build --clean         # delete the build
    python -m parceltrail.mypyc_build --sources       # the files a build reads (make's rules)

A build needs mypyc (it comes with mypy: the extra ``compiled``), setuptools (mypyc drives the
C compiler through it) and a C compiler with Python's headers.  It type-checks the modules with
the project's mypy configuration, compiles them unchanged into one group (one shared library
and one small extension module each), then replaces ``_compiled/`` and writes the stamp last.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from collections.abc import Sequence

from parceltrail import compiled
from parceltrail.compiled import FOLDER, GROUP, MODULES, SOURCE_ROOT, STAMP, SUFFIX


def source_closure(modules: Sequence[str] = MODULES) -> list[str]:
    """The source files a build of ``modules`` reads, relative to ``SOURCE_ROOT``: the
    modules, the parceltrail modules they import (at any depth, inside functions too; a
    package's ``__init__`` counts when something is imported from it, and its imports then
    count too), and the packages above them.  mypyc may bake any of them into the build (a
    ``Final`` constant's value, a class's layout), so the stamp records them all."""
    seen: set[str] = set()
    todo = list(modules)
    while todo:
        name = todo.pop()
        if name not in seen and _source_file(name) is not None:
            seen.add(name)
            todo.extend(_imports_of(name))
    with_packages = set(seen)
    for name in seen:
        parts = name.split(".")
        with_packages.update(".".join(parts[:n]) for n in range(1, len(parts)))
    files = (_source_file(name) for name in with_packages)
    return sorted(os.path.relpath(path, SOURCE_ROOT) for path in files if path is not None)


def _source_file(name: str) -> str | None:
    base = os.path.join(SOURCE_ROOT, *name.split("."))
    for path in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(path):
            return path
    return None


def _imports_of(name: str) -> set[str]:
    """The parceltrail modules (or packages) one module imports, anywhere in its file."""
    path = _source_file(name)
    assert path is not None
    package = name if path.endswith("__init__.py") else name.rpartition(".")[0]
    found: set[str] = set()
    with open(path, "rb") as file:
        tree = ast.parse(file.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0]
                base = f"{anchor}.{base}" if base else anchor
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {module for module in found if module.split(".")[0] == "parceltrail"}


def cannot_build() -> str | None:
    """What a build lacks (mypyc, setuptools, a C compiler, Python's headers), or None."""
    for module, package in (("mypyc", "mypy"), ("setuptools", "setuptools")):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install {package}, or the extra 'compiled')"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    header = os.path.join(sysconfig.get_paths()["include"], "Python.h")
    if not os.path.isfile(header):
        return f"no Python headers ({header})"
    return None


def build(*, if_possible: bool = False, quiet: bool = False, force: bool = False) -> int:
    """Compile ``MODULES`` into ``FOLDER`` (replacing what is there) and stamp the build.
    With ``if_possible``, a machine that cannot build gets a note, exit status 0, and no
    stale build left behind.  A build whose sources are unchanged (only their times are, as
    after switching branches) is kept, and its stamp touched for make, unless ``force``."""
    if not force and os.path.isfile(STAMP) and compiled.stale_sources() is None:
        os.utime(STAMP)
        print(f"parceltrail: the compiled modules in {FOLDER} are up to date", file=sys.stderr)
        return 0
    missing = cannot_build()
    if missing is not None:
        note = f"parceltrail: compiled modules not built ({missing}); pure Python runs"
        if if_possible and os.path.isdir(FOLDER) and compiled.stale_sources() is not None:
            clean()
            note += "; the stale build was deleted"
        print(note, file=sys.stderr)
        return 0 if if_possible else 1
    # hashed before compiling: a source edited while the build runs then makes it stale
    digests = {path: compiled.file_digest(path) for path in source_closure()}
    with tempfile.TemporaryDirectory(prefix="parceltrail-mypyc-") as work:
        try:
            _compile(work, quiet=quiet)
        except BaseException:
            if os.path.isdir(FOLDER) and compiled.stale_sources() is not None:
                clean()  # a build of other sources: not left behind to be warned about
            raise
        _install_artifacts(os.path.join(work, "lib"), digests)
    print(f"parceltrail: compiled {len(MODULES)} modules into {FOLDER}", file=sys.stderr)
    return 0


def _compile(work: str, *, quiet: bool) -> None:
    from mypyc.build import mypycify
    from setuptools import setup  # type: ignore[import-untyped]

    project = os.path.dirname(SOURCE_ROOT)
    config = os.path.join(project, "pyproject.toml")
    paths = [_source_file(name) or name for name in MODULES]
    options = ["--config-file", config] if os.path.isfile(config) else []
    here = os.getcwd()
    try:
        os.chdir(project)  # mypy finds the project's configuration and packages from here
        extensions = mypycify(
            [*options, *paths], group_name=GROUP, target_dir=os.path.join(work, "c")
        )
        os.chdir(work)  # setuptools must not read the project's pyproject.toml
        arguments = ["-q"] if quiet else []
        arguments += ["build_ext", "--build-lib", "lib", "--build-temp", "temp"]
        setup(name="parceltrail-compiled", ext_modules=extensions, script_args=arguments)
    finally:
        os.chdir(here)


def _install_artifacts(lib: str, digests: dict[str, str]) -> None:
    """Replace ``FOLDER`` with the build's extension modules (one flat file each, named by
    module) and the stamp, written last: a build cut short leaves no stamp, so no use."""
    clean()
    os.makedirs(FOLDER)
    for name in (*MODULES, compiled.LIBRARY):
        parts = name.split(".")
        shutil.copy2(os.path.join(lib, *parts[:-1], parts[-1] + SUFFIX), compiled.artifact(name))
    stamp = {"suffix": SUFFIX, "modules": list(MODULES), "sources": digests}
    with open(STAMP + ".part", "w", encoding="utf-8") as file:
        json.dump(stamp, file, indent=1, sort_keys=True)
    os.replace(STAMP + ".part", STAMP)


def clean() -> None:
    """Delete the build, if any: pure Python from then on."""
    shutil.rmtree(FOLDER, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m parceltrail.mypyc_build", description=(__doc__ or "").splitlines()[0]
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--status", action="store_true", help="the implementation loaded, why")
    what.add_argument("--clean", action="store_true", help="delete the build")
    what.add_argument("--sources", action="store_true", help="the files a build reads")
    parser.add_argument("--if-possible", action="store_true", help="no tools: a note, status 0")
    parser.add_argument("--quiet", action="store_true", help="no compiler command lines")
    parser.add_argument("--force", action="store_true", help="build even if up to date")
    args = parser.parse_args(argv)
    if args.status:
        print(compiled.implementation().describe())
    elif args.clean:
        clean()
    elif args.sources:
        print(*(os.path.join(SOURCE_ROOT, path) for path in source_closure()), sep="\n")
    else:
        return build(if_possible=args.if_possible, quiet=args.quiet, force=args.force)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
