"""Czech: Česká pošta, Zásilkovna (Packeta), PPL and Czech tracking-app labels."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule(
        "cs.returned",
        S.RETURNED,
        r"vraceno odesilateli|doruceno zpet|vracena odesilateli",
    ),
    rule("cs.returning", S.RETURNING, r"vracen|vraceni|vraci se|zpet odesilateli"),
    rule("cs.cancelled", S.CANCELLED, r"zrusen"),
    rule("cs.exception", S.EXCEPTION, r"chyba|problem se zasilkou", confidence=0.8),
    rule(
        "cs.handed_over",
        S.HANDED_OVER,
        r"predana (?:koncovemu|dalsimu|zahranicnimu) dopravci",
    ),
    rule(
        "cs.pickup.place",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:na|do) vydejni(?:m|ho)? mist|ulozena na (?:poste|pobocce)|v z-boxu",
    ),
    rule("cs.delivered.dodani", S.DELIVERED, r"dodani zasilky"),
    rule(
        "cs.accepted.prevzali",
        S.ACCEPTED,
        r"prevzali (?:do prepravy|od odesilatele)|prevzata do prepravy|vyzvednuta u odesilatele",
        priority=45,
    ),
    rule(
        "cs.info.data",
        S.INFO_RECEIVED,
        r"udaje k zasilce|vlozena do systemu|objednano u dopravce|nebyla predana dopravci"
        r"|^objednavka$",
        priority=41,
    ),
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
