"""Vietnamese: GHN (Giao Hàng Nhanh), GHTK, Viettel Post, VNPost. Diacritics fold away."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("vi.returned", S.RETURNED, r"da tra hang"),
    rule("vi.returning", S.RETURNING, r"tra hang|hoan hang"),
    rule("vi.lost", S.LOST, r"that lac|bi mat\b|hang bi mat"),
    rule("vi.damaged", S.DAMAGED, r"hu hong|hu trong"),
    rule("vi.cancelled", S.CANCELLED, r"(?:da|bi) huy|huy don"),
    rule("vi.failed", S.FAILED_ATTEMPT, r"giao hang that bai|khong giao duoc|giao that bai"),
    rule("vi.delivered", S.DELIVERED, r"giao hang thanh cong|da giao hang|giao thanh cong"),
    rule("vi.ofd", S.OUT_FOR_DELIVERY, r"dang giao(?: hang| cho nguoi nhan)?"),
    rule("vi.accepted", S.ACCEPTED, r"da lay hang"),
    rule("vi.info", S.INFO_RECEIVED, r"cho lay hang|dang (?:den )?lay hang|don da tao"),
    rule(
        "vi.in_transit",
        S.IN_TRANSIT,
        r"luan chuyen|phan loai|van chuyen|nam o kho|o kho\b",
        confidence=0.75,
    ),
    rule("vi.exception", S.EXCEPTION, r"ngoai le|bat thuong", confidence=0.6),
)

LANGUAGE = Language(
    code="vi",
    rules=RULES,
    negation=markers("khong chua"),
    irrealis=markers("se"),
    markers=markers(
        "hang giao da dang don lay tra nguoi nhan kho thanh cong that bai huy van chuyen"
        " luan chuyen phan loai shipper"
    ),
)
