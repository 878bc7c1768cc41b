"""Thai: Thailand Post (EMS, registered and parcel post) and tracking-app labels."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, rule

RULES = (
    rule("th.returning", S.RETURNING, r"ส่งคืน|ตีกลับ"),
    rule("th.failed", S.FAILED_ATTEMPT, r"(?:นำจ่าย|นำส่ง|การนำส่งพัสดุ)(?:ไม่สำเร็จ|ล้มเหลว)"),
    rule("th.customs.cleared", S.CUSTOMS_CLEARED, r"ผ่านพิธีการศุลกากร"),
    rule("th.customs.started", S.CUSTOMS_STARTED, r"ศุลกากร", confidence=0.8),
    rule("th.delivered", S.DELIVERED, r"นำจ่ายสำเร็จ|นำส่งสำเร็จ|การนำส่งพัสดุสำเร็จ|ผู้รับได้รับ"),
    rule("th.ofd", S.OUT_FOR_DELIVERY, r"ออกนำจ่าย|กำลังนำส่ง|กำลังนำจ่าย"),
    rule("th.accepted", S.ACCEPTED, r"รับฝาก"),
    rule("th.info", S.INFO_RECEIVED, r"ยังไม่ถูกจัดส่ง|รอบริษัทขนส่งรับ"),
    rule(
        "th.in_transit",
        S.IN_TRANSIT,
        r"ระหว่างการขนส่ง|ส่งออกจาก|ถึงคลัง|คัดแยก|ถึงที่ทำการ",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="th",
    rules=RULES,
    negation=frozenset(),  # Thai negates inside the phrase ("ไม่สำเร็จ"); rules spell it out
    irrealis=frozenset(),
    markers=frozenset(),
    word_boundaries=False,
)
