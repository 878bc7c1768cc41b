"""Hebrew: Israel Post (Doar Israel).

Prefixes (ב, ה, ל, ו) attach to words, so patterns allow them.
"""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("he.returning", S.RETURNING, r"[הו]?(?:הוחזר|מוחזר|חזרה) ל?שולח"),
    rule("he.customs.held", S.CUSTOMS_HELD, r"[הו]?עצור|מעוכב ב?מכס"),
    rule("he.customs.started", S.CUSTOMS_STARTED, r"(?:בדיקת )?[בהלו]?מכס", confidence=0.8),
    rule("he.pickup", S.AVAILABLE_FOR_PICKUP, r"ממתין (?:ל)?איסוף|ממתין לך|מוכן לאיסוף"),
    rule("he.delivered", S.DELIVERED, r"[הו]?נמסר(?:ה)?"),
    rule("he.in_transit", S.IN_TRANSIT, r"(?:ב)?תהליך מיון|מיון|בדרך|במעבר|הועבר", confidence=0.75),
)

LANGUAGE = Language(
    code="he",
    rules=RULES,
    negation=markers("לא אין טרם"),
    irrealis=markers("יימסר ימסר"),
    markers=frozenset(),
)
