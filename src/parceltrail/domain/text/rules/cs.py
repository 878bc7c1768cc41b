"""Czech: Česká pošta, Zásilkovna (Packeta), PPL and Czech tracking-app labels."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("cs.returning", S.RETURNING, r"vracen|vraceni|vraci se|zpet odesilateli"),
    rule("cs.failed", S.FAILED_ATTEMPT, r"nepodarilo se dorucit|nedorucen|neuspesn"),
    rule("cs.customs.cleared", S.CUSTOMS_CLEARED, r"proclen|celni odbaveni (?:dokonceno|ukonceno)"),
    rule("cs.customs.started", S.CUSTOMS_STARTED, r"celni|celnic", confidence=0.8),
    rule(
        "cs.pickup",
        S.AVAILABLE_FOR_PICKUP,
        r"ceka na vyzvednuti|pripravena k vyzvednuti|k vyzvednuti",
    ),
    rule("cs.delivered", S.DELIVERED, r"doruceno|dorucena\b|vydana adresatovi|prevzata adresatem"),
    rule("cs.ofd", S.OUT_FOR_DELIVERY, r"dorucovani|na ceste k vam|u kuryra"),
    rule("cs.accepted", S.ACCEPTED, r"prevzat[ao]? k preprave|podan[ao]\b"),
    rule("cs.info", S.INFO_RECEIVED, r"zatim neodeslano|data prijata|ocekavame"),
    rule(
        "cs.in_transit",
        S.IN_TRANSIT,
        r"na ceste|dorazil[ao]? na depo|depo|preprav",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="cs",
    rules=RULES,
    negation=markers("ne nebyla nebylo"),
    irrealis=markers("bude budou"),
    markers=markers(
        "zasilka zasilku zasilky dorucena doruceno dorazilo depo vyzvednuti ceka na ceste celni"
        " odbaveni dorucovani nepodarilo dorucit zatim neodeslano prevzata preprave"
    ),
)
