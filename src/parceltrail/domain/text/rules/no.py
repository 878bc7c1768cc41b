"""Norwegian (bokmål): Posten/Bring and Norwegian tracking apps (folded: å→a; ø and æ kept)."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("no.returning", S.RETURNING, r"returnert|returneres|retur til avsender"),
    rule("no.damaged", S.DAMAGED, r"skadet"),
    rule("no.failed", S.FAILED_ATTEMPT, r"forsøkt levert|ikke levert|ingen hjemme"),
    rule(
        "no.pickup",
        S.AVAILABLE_FOR_PICKUP,
        r"klar for henting|kan hentes|ankommet (?:postkontor|hentested|pakkeboks)",
    ),
    rule("no.delivered", S.DELIVERED, r"utlevert|\blevert\b"),
    rule("no.ofd", S.OUT_FOR_DELIVERY, r"lastet opp for utkjøring|ute for levering|utkjøring"),
    rule("no.accepted", S.ACCEPTED, r"innlevert"),
    rule(
        "no.info",
        S.INFO_RECEIVED,
        r"ingen sending er mottatt|kun melding|elektronisk melding|forhandsmeldt",
    ),
    rule(
        "no.in_transit",
        S.IN_TRANSIT,
        r"videresendt|ankommet terminal|sortert|under transport|pa vei",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="no",
    rules=RULES,
    negation=markers("ikke ingen"),
    irrealis=markers("forventet"),
    markers=markers(
        "sendingen utlevert videresendt innlevert utkjøring ankommet terminal postkontor"
        " hentested lastet sortert mottatt melding"
    ),
)
