"""The real-mail corpus (tests/data/mails): every mail listed with its source, and the reading
of number, carrier and sender held at the level docs/mail-intake.md reports."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]


def _accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "mail_accuracy", ROOT / "scripts" / "mail_accuracy.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_mail_is_listed_with_its_source() -> None:
    accuracy = _accuracy()
    listed = {case.file for case in accuracy.cases()}
    on_disk = {path.name for path in accuracy.CORPUS.glob("*.eml")}
    assert listed == on_disk
    assert all("@" in case.source for case in accuracy.cases())


def test_numbers_carriers_and_senders_are_read_as_reported() -> None:
    accuracy = _accuracy()
    outcomes = [accuracy.outcome(case) for case in accuracy.cases()]
    dev = [o for o in outcomes if o.case.split == "dev"]
    misses = sorted(o.case.file for o in dev if not o.all_right)
    # docs/mail-intake.md: 49 of 52 development mails right; the misses are a 7-digit (cut)
    # number and two AliExpress mails whose anonymised DHL number (00340999...) has lost the
    # DHL prefix, so it reads as Deutsche Post's.
    assert misses == [
        "mp_auspost_out_for_delivery.eml",
        "pt_134_aliexpress_packst_ck_hat_die_abflugregio.eml",
        "pt_135_aliexpress_zollabfertigung_f_r_wurde_bee.eml",
    ]
    # The held-out part is counted, never listed: no rule is written from its misses.
    held_out = [o for o in outcomes if o.case.split == "holdout"]
    assert (len(held_out), sum(o.all_right for o in held_out)) == (28, 26)
    assert all(o.sender_right for o in outcomes)
