"""Romanian: Sameday, FAN Courier, Cargus, Poșta Română (folded: ă→a, ș→s, ț→t)."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("ro.returned", S.RETURNED, r"returnat(?:a)? la expeditor|retur livrat"),
    rule("ro.returning", S.RETURNING, r"\bretur"),
    rule("ro.refused", S.REFUSED, r"refuz"),
    rule("ro.cancelled", S.CANCELLED, r"anulat"),
    rule("ro.damaged", S.DAMAGED, r"deteriorat"),
    rule("ro.address", S.ADDRESS_ISSUE, r"adresa (?:gresita|incompleta|incorecta)"),
    rule("ro.failed", S.FAILED_ATTEMPT, r"destinatar absent|nu raspunde|livrare esuata"),
    rule(
        "ro.pickup", S.AVAILABLE_FOR_PICKUP, r"disponibil(?:a)? pentru ridicare|in locker|easybox"
    ),
    rule("ro.delivered", S.DELIVERED, r"livrat|livrata cu succes|colete livrate"),
    rule("ro.ofd", S.OUT_FOR_DELIVERY, r"in livrare|in curs de livrare"),
    rule(
        "ro.accepted",
        S.ACCEPTED,
        r"ridicat(?:a)? de la (?:client|expeditor)|intrat in posesia noastra"
        r"|preluat(?:a)? de curier",
    ),
    rule(
        "ro.info",
        S.INFO_RECEIVED,
        r"awb emis|document de transport emis|comanda curier primita|a fost inregistrata",
    ),
    rule(
        "ro.in_transit",
        S.IN_TRANSIT,
        r"tranzit|depozit|sortare|\bsorter\b|iesire din|intrare in|traversare granita|\bhub\b",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="ro",
    rules=RULES,
    negation=markers("nu"),
    irrealis=markers("estimat estimata"),
    markers=markers(
        "coletul colet colete livrat livrata livrare curier tranzit depozit expedierea awb emis"
        " ridicata sortare iesire intrare granita spre catre destinatar expeditor"
    ),
)
