"""Swedish: PostNord Sverige, Bring, DHL Freight, Posti (Swedish texts) and app labels."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("sv.returning", S.RETURNING, r"returner|retur till avsandaren"),
    rule(
        "sv.failed",
        S.FAILED_ATTEMPT,
        r"leveransen misslyckades|misslyckat leveransforsok|kunde inte levereras",
    ),
    rule("sv.customs.cleared", S.CUSTOMS_CLEARED, r"tullklarering slutford|tullklarerad|fortullad"),
    rule("sv.customs.started", S.CUSTOMS_STARTED, r"tull", confidence=0.8),
    rule(
        "sv.pickup",
        S.AVAILABLE_FOR_PICKUP,
        r"vantar pa upphamtning|klar for upphamtning|kan hamtas|finns att hamta|ankomstavi",
    ),
    rule("sv.delivered", S.DELIVERED, r"levererat|levererad|utlamnad|har levererats"),
    rule("sv.ofd", S.OUT_FOR_DELIVERY, r"pa vag for leverans|ute for leverans|ute for utkorning"),
    rule("sv.info", S.INFO_RECEIVED, r"skickas inte annu|besked om en kommande|forhandsbesked"),
    rule(
        "sv.in_transit",
        S.IN_TRANSIT,
        r"i transitering|anlant|pa vag|sorterad|omstyrning",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="sv",
    rules=RULES,
    negation=markers("inte ej"),
    irrealis=markers("kommer beraknas"),
    markers=markers(
        "forsandelsen forsandelse paketet levererat levererad utlamnad upphamtning vantar pa vag"
        " for leverans anlant till tullen tullklarering slutford skickas inte annu misslyckades"
        " lagret ombud"
    ),
)
