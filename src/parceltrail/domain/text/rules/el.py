"""Greek: ELTA Courier, ACS, Geniki Taxydromiki, Speedex. Accents and case fold away."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("el.returning", S.RETURNING, r"επιστροφ"),
    rule("el.delivered", S.DELIVERED, r"παραδοθηκ|παραδοση\b"),
    rule("el.accepted", S.ACCEPTED, r"παρεληφθ|παραλαβη"),
    rule("el.info", S.INFO_RECEIVED, r"δημιουργια"),
    rule("el.in_transit", S.IN_TRANSIT, r"μεταφορ|διακινηση|διακριση", confidence=0.75),
    rule("el.exception", S.EXCEPTION, r"κρατηση", confidence=0.6),
    # Session 9 (lead, from ELTA Courier's labels, a training source): "with the courier (for
    # delivery)" is not a delivery, so it outranks the delivered rule's "παράδοση".
    rule("el.ofd.s9", S.OUT_FOR_DELIVERY, r"σε διανομεα", priority=71),
    # "Προς παράδοση" (for delivery, scheduled for delivery) is on the way, not delivered.
    rule(
        "el.in_transit.for_delivery", S.IN_TRANSIT, r"προς παραδοση", priority=71, confidence=0.75
    ),
    rule("el.in_transit.s9", S.IN_TRANSIT, r"\bαφιξη\b", confidence=0.75),
    # Session 10 (the review's leftover): a negation up to five words before "delivery"
    # ("Δεν ήταν δυνατή η παράδοση", "δεν παραδόθηκε") is a failed attempt, surely.
    rule(
        "el.failed.s10",
        S.FAILED_ATTEMPT,
        r"δεν (?:[\w]+ ){0,5}παραδο|μη (?:επιτυχ\w{0,4} )?παραδοσ|αποτυχ\w{0,6} παραδοσ",
    ),
)

LANGUAGE = Language(
    code="el",
    rules=RULES,
    negation=markers("δεν μη"),
    irrealis=markers("θα"),
    markers=frozenset(),
)
