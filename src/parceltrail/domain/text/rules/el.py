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
    # Session 12 (branch s12-vocabb): general wording of any Greek carrier (ELTA, ACS, Geniki
    # Taxydromiki, Speedex, BoxNow, Skroutz Last Mile), written from the language and the
    # vocabulary file (never from held-out texts), in folded form (no accents, final sigma as
    # σ); ids end in .vb12: words for the sub-statuses the rules had none for.
    rule(
        "el.returned.vb12",
        S.RETURNED,
        r"επιστραφηκε|επιστροφη παραδοθηκε|παραδοθηκε (?:πισω )?στον αποστολεα",
        priority=100,
    ),
    rule("el.returning.vb12", S.RETURNING, r"επιστρεφ"),
    rule("el.lost.vb12", S.LOST, r"χαθηκε|απωλεια"),
    rule("el.damaged.vb12", S.DAMAGED, r"ζημια|κατεστραμμεν|φθορα"),
    rule("el.cancelled.vb12", S.CANCELLED, r"ακυρω"),
    rule("el.refused.vb12", S.REFUSED, r"αρνηση|αρνηθηκε"),
    rule(
        "el.address.vb12",
        S.ADDRESS_ISSUE,
        r"(?:λαθος|ελλιπης|λανθασμενη|ανεπαρκης) διευθυνση|αγνωστος παραληπτης"
        r"|διευθυνση δεν βρεθηκε",
    ),
    rule(
        "el.failed.vb12",
        S.FAILED_ATTEMPT,
        r"ανεπιτυχ\w{0,4} (?:προσπαθεια )?παραδοσ|απουσια παραληπτη|παραληπτης δεν βρεθηκε"
        r"|δεν ηταν δυνατη η επικοινωνια",
    ),
    rule("el.customs.started.vb12", S.CUSTOMS_STARTED, r"τελωνει|εκτελωνισμ", confidence=0.8),
    rule(
        "el.customs.cleared.vb12",
        S.CUSTOMS_CLEARED,
        r"εκτελωνιστηκε|εκτελωνισμος ολοκληρωθηκε|ολοκληρωθηκε ο εκτελωνισμος",
    ),
    rule("el.customs.held.vb12", S.CUSTOMS_HELD, r"κρατειται στο τελωνειο|δασμ"),
    rule(
        "el.departed.vb12",
        S.DEPARTED_ORIGIN,
        r"(?:αναχωρησε|αναχωρηση) απο τη χωρα (?:προελευσης|αποστολης)",
        priority=51,
    ),
    rule(
        "el.arrived.vb12",
        S.ARRIVED_DESTINATION,
        r"χωρα προορισμου|(?:εφτασε|αφιξη) στην ελλαδα",
        priority=53,
    ),
    # Handed to the local carrier: a hand-over, not the delivery ("παράδοση", 70).
    rule(
        "el.handed_over.vb12",
        S.HANDED_OVER,
        r"(?:τοπικο|συνεργαζομενο) μεταφορεα|τοπικη (?:εταιρεια|courier)",
        priority=71,
    ),
    # A collection still awaited from the sender is before the parcel moves (παραλαβή, 44).
    rule(
        "el.info.vb12",
        S.INFO_RECEIVED,
        r"καταχωρηθηκε|ετοιμαζει|αναμονη παραλαβης απο τον αποστολεα",
        priority=45,
    ),
    # Handed in by the sender at a shop: the carrier took it, not a delivery (70).
    rule(
        "el.accepted.vb12",
        S.ACCEPTED,
        r"παραληφθηκε|παραδοθηκε απο τον αποστολεα|αποδοχη αποστολης",
        priority=71,
    ),
    rule(
        "el.in_transit.vb12",
        S.IN_TRANSIT,
        r"αναχωρηση απο|καθ' ?οδον|προωθηθηκε",
        confidence=0.75,
    ),
    rule(
        "el.ofd.vb12",
        S.OUT_FOR_DELIVERY,
        r"(?:σε|προς) διανομη\b|διανομεας|θα παραδοθει σημερα|παραδοση σημερα",
        priority=71,
        modal_ok=True,
    ),
    # Waiting for the recipient to collect: above the collection words (παραλαβή, 44).
    rule(
        "el.pickup.vb12",
        S.AVAILABLE_FOR_PICKUP,
        r"διαθεσιμ\w{0,2} για παραλαβη|περιμενει στο|σε αναμονη παραλαβης απο τον παραληπτη"
        r"|ετοιμ\w{0,2} για παραλαβη|\blocker\b",
        priority=73,
    ),
    rule("el.delayed.vb12", S.DELAYED, r"καθυστερ|αναβολη"),
    rule("el.exception.vb12", S.EXCEPTION, r"προβλημα|διερευνηση", priority=35, confidence=0.8),
    rule("el.pending.vb12", S.PENDING, r"δεν υπαρχουν πληροφοριες", on_negation=S.PENDING),
)

LANGUAGE = Language(
    code="el",
    rules=RULES,
    negation=markers("δεν μη"),
    irrealis=markers("θα"),
    markers=frozenset(),
)
