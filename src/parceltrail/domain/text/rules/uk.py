"""Ukrainian: Nova Poshta, Ukrposhta and Ukrainian tracking-app labels."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("uk.returning", S.RETURNING, r"поверн|повертає"),
    rule("uk.refused", S.REFUSED, r"відмов"),
    rule("uk.failed", S.FAILED_ATTEMPT, r"невдала доставка|не вдалося доставити"),
    rule("uk.customs.cleared", S.CUSTOMS_CLEARED, r"митне оформлення завершен"),
    rule("uk.customs.started", S.CUSTOMS_STARTED, r"митниц|митн", confidence=0.8),
    rule(
        "uk.pickup",
        S.AVAILABLE_FOR_PICKUP,
        r"очікує (?:одержання|отримання)|прибув[аo]? (?:у|в|до) відділен|(?:у|в) поштоматі",
    ),
    rule("uk.delivered", S.DELIVERED, r"отриман[оа]|одержан[оа]|доставлен[аоі]|вручен"),
    rule("uk.ofd", S.OUT_FOR_DELIVERY, r"доставляєт|передан[оа] кур'єру"),
    rule("uk.info", S.INFO_RECEIVED, r"очікує надходження|ще не надіслан|створен"),
    rule(
        "uk.in_transit",
        S.IN_TRANSIT,
        r"прямує|в дорозі|прибула на склад|(?:у|в) місті|на складі|відправлено",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="uk",
    rules=RULES,
    negation=markers("не немає"),
    irrealis=markers("буде будуть очікується"),
    markers=frozenset(),
)
