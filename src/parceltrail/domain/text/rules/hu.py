"""Hungarian: Magyar Posta (MPL), Foxpost, GLS Hungary and Hungarian tracking-app labels."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("hu.returned", S.RETURNED, r"feladonak szallitva"),
    rule("hu.returning", S.RETURNING, r"visszakuld|visszaterult|felado fele"),
    rule(
        "hu.failed",
        S.FAILED_ATTEMPT,
        r"sikertelen (?:kezbesites|kiszallitas)|nem szallithato|nem kezbesitheto",
    ),
    rule("hu.customs.cleared", S.CUSTOMS_CLEARED, r"vamkezeles befejez|vamkezelve"),
    rule("hu.customs.started", S.CUSTOMS_STARTED, r"vamkezeles|\bvam", confidence=0.8),
    rule(
        "hu.pickup",
        S.AVAILABLE_FOR_PICKUP,
        r"atvetelre var|automataban megerkezett|felvevopontba megerkezett|csomagpontra erkezett",
    ),
    rule("hu.delivered", S.DELIVERED, r"kezbesitve|kiszallitva|atveve|hazhoz szallitva\b"),
    rule(
        "hu.ofd",
        S.OUT_FOR_DELIVERY,
        r"kiszallitas alatt|futarnal|hazhoz szallitas alatt|automatabol kiveve",
    ),
    rule("hu.delayed", S.DELAYED, r"kesedelem|kesik|tulora|varakozasi sor|nincs szabad"),
    rule("hu.accepted", S.ACCEPTED, r"feladotol osszeszedve|felveve"),
    rule("hu.info", S.INFO_RECEIVED, r"letrehozva"),
    rule(
        "hu.in_transit",
        S.IN_TRANSIT,
        r"\buton\b|megerkezett|elkuldve|raktarban|depo|atiranyit|rendezokozpont|csomagkozpont"
        r"|elokeszitve|kuldve",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="hu",
    rules=RULES,
    negation=markers("nem nincs"),
    irrealis=markers("fog varhatoan"),
    markers=markers(
        "csomag csomagja kuldemeny kezbesitve kiszallitva kiszallitas atveve atvetelre var uton"
        " megerkezett automataba automatabol futar futarnal sikertelen vamkezeles depoba"
        " visszakuldve rendezokozpontba feladotol letrehozva hazhoz szallitas alatt"
    ),
)
