"""Indonesian: JNE, J&T, Pos Indonesia and the Indonesian labels of tracking services."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("id.returning", S.RETURNING, r"dikembalikan|retur"),
    rule(
        "id.failed",
        S.FAILED_ATTEMPT,
        r"upaya gagal|pengiriman (?:paket )?yang gagal|gagal (?:dikirim|antar)",
    ),
    rule("id.customs.cleared", S.CUSTOMS_CLEARED, r"bea cukai selesai"),
    rule("id.customs.started", S.CUSTOMS_STARTED, r"bea cukai", confidence=0.8),
    rule("id.delivered", S.DELIVERED, r"terkirim|berhasil dikirim|diterima oleh"),
    rule("id.ofd", S.OUT_FOR_DELIVERY, r"out for delivery|sedang diantar|dalam pengantaran"),
    rule("id.arrived_destination", S.ARRIVED_DESTINATION, r"tiba di negara tujuan"),
    rule("id.info", S.INFO_RECEIVED, r"informasi diterima|info diterima"),
    rule("id.pending", S.PENDING, r"tidak ada informasi pelacakan|belum ada info pelacakan"),
    rule(
        "id.in_transit",
        S.IN_TRANSIT,
        r"dalam perjalanan|transit|tiba di (?:hub|fasilitas)|pusat penyortiran",
        confidence=0.75,
    ),
)

LANGUAGE = Language(
    code="id",
    rules=RULES,
    negation=markers("tidak belum bukan"),
    irrealis=markers("akan"),
    markers=markers(
        "paket pengiriman terkirim dikirim diterima penerima perjalanan tiba di gagal bea cukai"
        " dikembalikan kurir sedang tidak ada yang"
    ),
)
