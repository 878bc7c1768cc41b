"""Wheel tags: a wheel that carries the compiled detection modules (``src/parceltrail/_compiled``,
built by ``python -m parceltrail.mypyc_build``) is for this Python and platform only, so it is
tagged as such (``cp311-cp311-linux_x86_64``...); without them it stays ``py3-none-any``."""

from __future__ import annotations

import os
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompiledModulesTag(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if os.path.isfile(os.path.join(self.root, "src", "parceltrail", "_compiled", "stamp.json")):
            build_data["pure_python"] = False
            build_data["infer_tag"] = True
