"""Danish: PostNord Danmark, GLS Denmark, DAO and Danish logistics status codes."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("da.returning", S.RETURNING, r"\bretur"),
    rule("da.lost", S.LOST, r"manko|mangler"),
    rule("da.damaged", S.DAMAGED, r"skadet|\bskade\b"),
    rule("da.refused", S.REFUSED, r"modtagelse naegtet|naegtet modtagelse"),
    rule("da.address", S.ADDRESS_ISSUE, r"forkert adresse|ukendt adresse"),
    rule("da.failed", S.FAILED_ATTEMPT, r"ingen hjemme|ikke hjemme|forgaeves levering"),
    rule("da.pickup", S.AVAILABLE_FOR_PICKUP, r"klar til afhentning i|kan afhentes"),
    rule("da.delivered", S.DELIVERED, r"leveret|afleveret|stillet uden kvittering"),
    rule("da.delayed", S.DELAYED, r"afbrudt tur|forsinket"),
    rule("da.handed_over", S.HANDED_OVER, r"overgivet til tredjepart"),
    rule("da.accepted", S.ACCEPTED, r"afhentet"),
    rule("da.info", S.INFO_RECEIVED, r"planlagt|klarmeldt"),
    rule("da.exception", S.EXCEPTION, r"hindring|forgaeves afhentning", confidence=0.6),
    rule(
        "da.in_transit",
        S.IN_TRANSIT,
        r"transit|linehaul|terminal|laesset|stillet pa center|box-scan|floor check",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="da",
    rules=RULES,
    negation=markers("ikke ingen"),
    irrealis=markers("forventet forventes"),
    markers=markers(
        "pakken forsendelsen forsendelse leveret afhentet afhentning modtaget modtagelse terminal"
        " skadet retur ingen hjemme lukket forkert adresse naegtet overgivet til tredjepart"
        " planlagt fragtbrev"
    ),
)
