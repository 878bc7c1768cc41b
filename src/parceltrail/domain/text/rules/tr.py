"""Turkish: Yurtiçi Kargo, Aras Kargo, MNG, PTT Kargo and Turkish tracking-app labels."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("tr.returning", S.RETURNING, r"iade"),
    rule("tr.cancelled", S.CANCELLED, r"iptal|cikisi engellendi|cikis engellendi"),
    rule("tr.failed", S.FAILED_ATTEMPT, r"teslim edilemedi|teslimat basarisiz"),
    rule("tr.customs.cleared", S.CUSTOMS_CLEARED, r"gumrukten gecti|gumruk islemleri tamamlandi"),
    rule("tr.customs.started", S.CUSTOMS_STARTED, r"gumruk", confidence=0.8),
    rule("tr.pickup", S.AVAILABLE_FOR_PICKUP, r"teslim alinmayi bekliyor|subede bekliyor"),
    rule("tr.delivered", S.DELIVERED, r"teslim edildi"),
    rule("tr.ofd", S.OUT_FOR_DELIVERY, r"teslimata cikti|dagitima cikti|dagitimda"),
    rule("tr.info", S.INFO_RECEIVED, r"henuz gonderilmedi|duzenlenmis|olusturuldu"),
    rule("tr.pending", S.PENDING, r"islem yapilmadi"),
    rule(
        "tr.in_transit",
        S.IN_TRANSIT,
        r"yolda|depoya ulasti|transfer|yuklendi|teslimatta|yola cikti",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="tr",
    rules=RULES,
    negation=markers("degil"),
    irrealis=markers("edilecek olacak"),
    markers=markers(
        "kargo kargonuz teslim edildi edilemedi gonderi gonderiniz gumruk yolda teslimata cikti"
        " iade iptal subeye henuz gonderilmedi bekliyor ulasti yuklendi teslimatta"
    ),
)
