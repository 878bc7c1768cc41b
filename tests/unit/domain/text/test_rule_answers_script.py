"""scripts/rule_answers.py: the rules' answers on the training texts only, and their changes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[4]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "rule_answers", ROOT / "scripts" / "rule_answers.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_no_held_out_text_is_read() -> None:
    script = _script()
    held = script.held_out_sources(script.HELD_OUT)
    assert held
    sources = {row.get("source") for name, row in script.training_rows() if name.startswith("c")}
    assert sources
    assert not sources & held


def test_answers_are_written_and_counted(tmp_path: Path) -> None:
    out = tmp_path / "answers.tsv"
    said = _script().answers(out)
    right, total = said.rsplit(" ", 1)[1].split("/")
    assert 0 < int(right) <= int(total)
    assert len(out.read_text(encoding="utf-8").splitlines()) > int(total)


def test_a_diff_says_what_was_gained_lost_and_changed(tmp_path: Path) -> None:
    old, new = tmp_path / "old.tsv", tmp_path / "new.tsv"
    rows = [("c.tsv", "en", "delivered", "Delivered"), ("c.tsv", "en", "lost", "Gone")]
    rows += [("c.tsv", "en", "delayed", "Late"), ("c.tsv", "en", "pending", "Same")]
    before = ["none", "lost", "in_transit", "pending"]
    after = ["delivered", "none", "exception", "pending"]
    for path, answers in ((old, before), (new, after)):
        lines = [
            f"{n}\t{lang}\t{exp}\t{a}\t{text}"
            for (n, lang, exp, text), a in zip(rows, answers, strict=True)
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = _script().diff(old, new)
    assert [line.split("\t")[0] for line in said[:-1]] == ["GAINED", "LOST", "CHANGED"]
    assert said[-1] == "{'gained': 1, 'lost': 1, 'changed': 1}"
