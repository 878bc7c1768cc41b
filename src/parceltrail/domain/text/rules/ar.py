"""Arabic: Aramex, Bosta, SMSA and the Arabic labels of tracking services.

Articles and prepositions attach to words (ال, و, ب), so patterns start where the meaning
does. Folding splits hamza carriers (أ, إ) into a letter and a mark, for patterns as well.
"""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule(
        "ar.returned",
        S.RETURNED,
        r"(?:تم )?(?:إعادته|اعادته|إعادة الشحنة) إلى المرسل|سلمت إلى المرسل",
    ),
    rule("ar.returning", S.RETURNING, r"في طريقه إلى المرسل|إرجاع|ارجاع|مرتجع"),
    rule("ar.damaged", S.DAMAGED, r"تالف|متضرر"),
    rule("ar.cancelled", S.CANCELLED, r"(?:تم )?(?:إلغاء|الغاء)"),
    rule(
        "ar.failed", S.FAILED_ATTEMPT, r"فشل (?:الاستلام|التسليم|التوصيل)|تعذر (?:التسليم|التوصيل)"
    ),
    rule("ar.customs.cleared", S.CUSTOMS_CLEARED, r"(?:تم )?التخليص الجمركي"),
    rule("ar.customs.held", S.CUSTOMS_HELD, r"محتجز"),
    rule("ar.customs.started", S.CUSTOMS_STARTED, r"الجمارك|جمرك", confidence=0.8),
    rule("ar.pickup", S.AVAILABLE_FOR_PICKUP, r"في انتظار الاستلام|جاهز للاستلام|موعد الاستلام"),
    rule(
        "ar.delivered",
        S.DELIVERED,
        r"تم (?:التسليم|التوصيل|الاستلام)(?! من| بواسطة)",
    ),
    rule("ar.delayed", S.DELAYED, r"مؤجل|تأخير|متأخر"),
    rule("ar.ofd", S.OUT_FOR_DELIVERY, r"خارج للتوصيل|خرجت للتسليم|قيد التوصيل"),
    rule(
        "ar.accepted",
        S.ACCEPTED,
        r"تم (?:إستلامه|استلامه|استلام الشحنة) (?:من|بواسطة)|تم وضعه في صندوق",
        priority=71,
    ),
    rule("ar.info", S.INFO_RECEIVED, r"(?:تم )?(?:انشاء|إنشاء) الشحنة|لم يتم (?:شحنة|شحن|إرساله)"),
    rule(
        "ar.in_transit",
        S.IN_TRANSIT,
        r"قيد الشحن|في مرحلة انتقالية|وصل إلى المستودع|أعيد توجيهه|في الطريق",
        confidence=0.75,
    ),
    rule("ar.exception", S.EXCEPTION, r"في انتظار إجراء", confidence=0.6),
)

LANGUAGE = Language(
    code="ar",
    rules=RULES,
    negation=markers("لا غير"),
    irrealis=markers("سيتم سوف"),
    markers=frozenset(),
)
