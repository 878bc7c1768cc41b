"""Danish: PostNord Danmark, GLS Denmark, DAO and Danish logistics status codes."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

RULES = (
    rule("da.returned", S.RETURNED, r"returneret til afsender|leveret retur til afsender"),
    # "retur", "returneret", "returnering", not the English "return(ed|ing|s)" (s15-precision)
    rule("da.returning", S.RETURNING, r"\bretur(?!n(?:ed|ing|s)?\b)|sendes tilbage"),
    rule("da.lost", S.LOST, r"manko|mangler|bortkommet|forsvundet|mistet"),
    rule("da.damaged", S.DAMAGED, r"skadet|\bskade\b|beskadiget"),
    rule("da.cancelled", S.CANCELLED, r"annulleret|annullering|afbestilt"),
    rule("da.refused", S.REFUSED, r"modtagelse naegtet|naegtet modtagelse|afvist af modtager"),
    rule(
        "da.address",
        S.ADDRESS_ISSUE,
        r"(?:forkert|ukendt|mangelfuld|ufuldstaendig) adresse|adressen er (?:forkert|ukendt)",
    ),
    rule(
        "da.failed",
        S.FAILED_ATTEMPT,
        r"ingen hjemme|ikke hjemme|forgaeves levering|kunne ikke leveres|ikke truffet"
        r"|leveringsforsog",
    ),
    rule("da.customs.cleared", S.CUSTOMS_CLEARED, r"fortoldet|toldklareret|frigivet af told"),
    rule("da.customs.held", S.CUSTOMS_HELD, r"tilbageholdt (?:af|i) told"),
    rule("da.customs.started", S.CUSTOMS_STARTED, r"\btold", confidence=0.8),
    rule(
        "da.pickup",
        S.AVAILABLE_FOR_PICKUP,
        r"klar til afhentning|kan afhentes|kan hentes|ligger klar|klar til at blive hentet"
        r"|pakkeboks|pakkeshop|i posthus",
    ),
    rule(
        "da.delivered",
        S.DELIVERED,
        r"leveret|afleveret|stillet uden kvittering|udleveret|omdelt|afhentet af modtager"
        r"|kvitteret|modtaget af modtager",
    ),
    rule("da.delayed", S.DELAYED, r"afbrudt tur|forsinket|forsinkelse"),
    rule("da.handed_over", S.HANDED_OVER, r"overgivet til tredjepart"),
    rule(
        "da.ofd",
        S.OUT_FOR_DELIVERY,
        r"ude til levering|under udbringning|under levering|paa? vej ud|med chauff(?:o|oe)ren"
        r"|paa? bilen|til udbringning",
    ),
    rule(
        "da.accepted",
        S.ACCEPTED,
        r"afhentet|indleveret|modtaget fra afsender|modtaget hos (?:gls|postnord|dao|bring)",
    ),
    rule(
        "da.info",
        S.INFO_RECEIVED,
        r"planlagt|klarmeldt|elektronisk information|oprettet|forsendelsesdata|label udskrevet",
    ),
    rule("da.exception", S.EXCEPTION, r"hindring|forgaeves afhentning", confidence=0.6),
    rule(
        "da.in_transit",
        S.IN_TRANSIT,
        r"transit|linehaul|terminal|laesset|stillet pa center|box-scan|floor check|sorteret"
        r"|pakkecenter|ankommet|afsendt|under transport|paa? vej",
        confidence=0.75,
    ),
    # Session 8: general Danish carrier vocabulary (PostNord, GLS, DAO, Bring), written from the
    # training sources' misses and common carrier wording (never from held-out texts).
    rule(
        "da.accepted.dropoff",
        S.ACCEPTED,
        r"afleveret i (?:en )?pakkeshop af afsender|indleveret (?:i|pa) (?:en )?pakkeshop",
        priority=73,
    ),
    rule(
        "da.accepted.s8",
        S.ACCEPTED,
        r"modtaget (?:af|hos) (?:gls|postnord|dao|bring|dhl)|\bindleveret\b",
    ),
    rule(
        "da.info.s8",
        S.INFO_RECEIVED,
        r"registreret elektronisk|elektronisk (?:registreret|adviseret)",
    ),
    rule("da.refused.s8", S.REFUSED, r"afvist"),
    rule("da.delivered.s8", S.DELIVERED, r"levering bekraeftet"),
    # Session 8, round 3: common carrier wording (never from the held-out sources' texts).
    rule("da.info.r3", S.INFO_RECEIVED, r"(?:forsendelsen|pakken) er registreret"),
    rule("da.failed.r3", S.FAILED_ATTEMPT, r"kunne ikke (?:aflevere|levere)"),
    # Session 10: common Danish carrier wording a buyer reads (general vocabulary, each with a
    # line in event_texts.tsv; never from the held-out sources' texts).
    rule("da.in_transit.s10", S.IN_TRANSIT, r"forsendelsen er (?:sendt|afsendt)", confidence=0.75),
    rule("da.failed.s10", S.FAILED_ATTEMPT, r"levering(?:en)? mislykkedes"),
    rule("da.address.s10", S.ADDRESS_ISSUE, r"adressen er (?:ufuldstaendig|forkert|mangelfuld)"),
    rule("da.refused.s10", S.REFUSED, r"naegtede at modtage"),
    rule("da.customs.cleared.s10", S.CUSTOMS_CLEARED, r"toldbehandlet"),
    # Session 12 (branch s12-vocabb): general wording of any Danish carrier (PostNord, GLS, DAO,
    # Bring, DHL), written from the language and the vocabulary file (never from held-out
    # texts); ids end in .vb12.
    rule("da.info.vb12", S.INFO_RECEIVED, r"oplysninger om forsendelsen", priority=45),
    rule("da.accepted.vb12", S.ACCEPTED, r"(?:vi har )?modtaget pakken\b"),
    rule("da.in_transit.vb12", S.IN_TRANSIT, r"undervejs", confidence=0.75),
    rule(
        "da.ofd.vb12",
        S.OUT_FOR_DELIVERY,
        r"pa vej til dig|chaufforen er pa vej",
        priority=67,
    ),
    rule("da.address.vb12", S.ADDRESS_ISSUE, r"ukendt pa adressen|modtager(?:en)? ukendt"),
    rule("da.refused.vb12", S.REFUSED, r"naegtet at modtage|naegtede"),
    rule("da.delayed.vb12", S.DELAYED, r"\budsat\b"),
    rule("da.customs.held.vb12", S.CUSTOMS_HELD, r"afventer betaling|told og moms"),
    rule(
        "da.departed.vb12",
        S.DEPARTED_ORIGIN,
        r"forladt (?:afsenderlandet|oprindelseslandet)",
        priority=51,
    ),
    rule("da.arrived.vb12", S.ARRIVED_DESTINATION, r"ankommet til danmark"),
    # Session 12 (branch s12-vocabc): general wording of PostNord, GLS, DAO and Bring, written
    # from knowledge of the language (the phrases are in event_texts.tsv, none a carrier's
    # text); ids end in .vc12. Folding turns "ø" into "o" ("chaufforen"). On the way to a
    # parcel shop is still the way (73, above the pickup its words name), collected there by
    # the recipient delivered (74); delivered to the sender a return; a missing house number
    # an address issue above the "mangler" (missing) of a lost parcel.
    rule(
        "da.info.vc12",
        S.INFO_RECEIVED,
        r"modtaget oplysninger om|(?:endnu )?ikke indleveret|venter pa at modtage (?:pakken"
        r"|forsendelsen)|anmeldt af afsender",
        priority=45,
        on_negation=None,
    ),
    rule("da.accepted.vc12", S.ACCEPTED, r"hentet(?<!afhentet) hos afsender|modtaget hos os"),
    rule("da.in_transit.vc12", S.IN_TRANSIT, r"sendt videre", confidence=0.75),
    rule(
        "da.in_transit.to_point.vc12",
        S.IN_TRANSIT,
        r"pa vej til (?:pakkeshop|pakkeboks|posthus|distributionscent|terminal)",
        priority=73,
        confidence=0.8,
    ),
    rule("da.departed.vc12", S.DEPARTED_ORIGIN, r"(?:forladt|afsendt fra) afsenderlandet"),
    rule(
        "da.arrived.vc12",
        S.ARRIVED_DESTINATION,
        r"ankommet til (?:danmark|modtagerlandet|destinationslandet)",
    ),
    rule(
        "da.customs.held.vc12",
        S.CUSTOMS_HELD,
        r"told og moms skal betales|betaling af told|(?:toldvaesenet|tolden) har brug for",
    ),
    rule("da.customs.cleared.vc12", S.CUSTOMS_CLEARED, r"toldbehandling(?:en er)? afsluttet"),
    rule(
        "da.handed_over.vc12",
        S.HANDED_OVER,
        r"overdraget til (?:postnord|gls|dao|bring|lokal (?:vognmand|distributor|partner))",
    ),
    rule(
        "da.ofd.vc12",
        S.OUT_FOR_DELIVERY,
        r"chauff(?:o|oe)ren er pa vej|pa vej til (?:dig|modtageren)\b",
    ),
    rule("da.ofd.today.vc12", S.OUT_FOR_DELIVERY, r"bliver leveret i dag", priority=71),
    rule(
        "da.failed.vc12",
        S.FAILED_ATTEMPT,
        r"kunne ikke traeffes|afhentningskort",
        on_negation=None,
    ),
    # Not collected at the shop is a parcel still waiting there (the pickup wording answers).
    rule(
        "da.delivered.vc12",
        S.DELIVERED,
        r"stillet ved doren|afhentet i pakkeshop",
        priority=74,
        on_negation=None,
    ),
    rule("da.delayed.vc12", S.DELAYED, r"udskudt"),
    rule(
        "da.address.vc12",
        S.ADDRESS_ISSUE,
        r"adressen kunne ikke findes|modtageren er flyttet",
        on_negation=None,
    ),
    rule(
        "da.address.number.vc12",
        S.ADDRESS_ISSUE,
        r"husnummer mangler|mangler husnummer",
        priority=93,
    ),
    rule("da.refused.vc12", S.REFUSED, r"naegtet at modtage"),
    rule("da.returned.vc12", S.RETURNED, r"leveret (?:retur )?til afsender"),
    rule("da.cancelled.vc12", S.CANCELLED, r"aflyst"),
    # Session 13 (branch s13-vocabc): general wording (event_texts.tsv, never from held-out
    # texts). "Afvigelse" (a deviation in handling) is an exception.
    rule("da.info.vc13", S.INFO_RECEIVED, r"anmeldt elektronisk|elektronisk anmeldt|ved at pakke"),
    rule(
        "da.in_transit.vc13",
        S.IN_TRANSIT,
        r"forladt (?:pakkecent|terminal|sorterings|depot|lager)",
        confidence=0.8,
    ),
    rule("da.failed.vc13", S.FAILED_ATTEMPT, r"forsogte at levere|forsog pa at levere"),
    rule(
        "da.exception.vc13",
        S.EXCEPTION,
        r"\bundersoges\b|\bafvigelse",
        priority=35,
        confidence=0.8,
    ),
    # Second round (s13-vocabc): wording the first round's rules still missed. Handed in by
    # the sender at a parcel shop is accepted (73, above the parcel shop's pickup).
    rule("da.info.r2.vc13", S.INFO_RECEIVED, r"modtaget (?:information|oplysninger) om"),
    rule("da.accepted.r2.vc13", S.ACCEPTED, r"indleveret af afsender", priority=73),
    rule(
        "da.exception.r2.vc13",
        S.EXCEPTION,
        r"gik galt|\bstoppet\b|undersoger",
        priority=35,
        confidence=0.8,
    ),
    rule("da.returning.r2.vc13", S.RETURNING, r"(?:pa vej|sendes) tilbage til afsender"),
    rule(
        "da.customs.held.r2.vc13",
        S.CUSTOMS_HELD,
        r"tolddokument|stoppet (?:i|af) tolden",
        priority=81,
    ),
    # Fifth round (s13-vocabc): a carrier's notices to the recipient ("Vi afventer …", "Du
    # skal …"). Told to pay is held (81).
    rule(
        "da.in_transit.r5.vc13",
        S.IN_TRANSIT,
        r"modtaget pa (?:sorterings|pakke|distributions)cent|modtaget pa terminal",
        confidence=0.8,
    ),
    rule("da.info.r5.vc13", S.INFO_RECEIVED, r"afventer,? at afsender|afsender har bestilt"),
    rule(
        "da.exception.r5.vc13",
        S.EXCEPTION,
        r"sket en fejl|tilbageholdt",
        priority=35,
        confidence=0.8,
    ),
    rule("da.delayed.r5.vc13", S.DELAYED, r"flyttet til en senere|senere dato"),
    rule(
        "da.returned.r5.vc13",
        S.RETURNED,
        r"modtaget af afsender(?:en)? igen|afsender(?:en)? har modtaget (?:pakken|forsendelsen)",
        priority=100,
    ),
    rule("da.customs.held.r5.vc13", S.CUSTOMS_HELD, r"betale (?:told|moms)", priority=81),
    # Session 14: carrier wording the corpus does not hold, written before the rules.
    rule("da.ofd.s14", S.OUT_FOR_DELIVERY, r"\bud(?:e)? at kore\b"),
    rule(
        "da.customs.held.s14",
        S.CUSTOMS_HELD,
        r"told (?:skal|ma) betales|betal(?:e|ing af) told",
        priority=81,
    ),
    rule("da.in_transit.s14", S.IN_TRANSIT, r"omdirigere(?:t|s)\b"),
    rule(
        # On the way to a pickup point is not yet there (above da.pickup).
        "da.in_transit.to_point.s14",
        S.IN_TRANSIT,
        r"pa vej til (?:din |en |et |dit )?(?:pakkeshop|pakkeboks|udleveringssted|posthus"
        r"|afhentningssted|pakkeautomat)",
        priority=73,
    ),
    rule(
        "da.info.s14",
        S.INFO_RECEIVED,
        r"endnu ikke (?:afsendt|modtaget|sendt|indleveret)|ikke (?:modtaget|afsendt) endnu"
        r"|afventer (?:pakken|forsendelsen) fra|forhandsadvis",
        on_negation=S.INFO_RECEIVED,
    ),
    rule("da.pickup.s14", S.AVAILABLE_FOR_PICKUP, r"\bafhent (?:din|pakken|forsendelsen)"),
    rule(
        "da.exception.s14",
        S.EXCEPTION,
        r"kontakt (?:vores )?kundeservice|handling pakraevet",
        priority=35,
        confidence=0.8,
    ),
    rule(
        "da.delayed.s14",
        S.DELAYED,
        r"fejlsortere|senere end (?:forventet|planlagt)|ny leveringsdato",
    ),
    rule(
        "da.returned.s14",
        S.RETURNED,
        r"leveret tilbage til afsender|retur\w* (?:er )?modtaget af afsender",
        priority=101,
    ),
    rule(
        "da.failed.s14",
        S.FAILED_ATTEMPT,
        r"levering ikke mulig|ikke muligt at levere",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "da.customs.held.r2.s14",
        S.CUSTOMS_HELD,
        r"tolden har (?:stoppet|tilbageholdt|beslaglagt)",
        priority=81,
    ),
    rule(
        "da.handed_over.s14",
        S.HANDED_OVER,
        r"(?:overleveret|overdraget) til (?:en |vores )?(?:lokale? )?(?:distributor|partner)",
        priority=73,
    ),
    rule(
        "da.accepted.s14",
        S.ACCEPTED,
        r"hentet af (?:chaufforen|budet|kureren|vognmanden)|scannet ind",
        priority=73,
    ),
    rule(
        "da.info.r2.s14",
        S.INFO_RECEIVED,
        r"venter pa pakken|ordren er modtaget",
        priority=75,
    ),
    rule(
        "da.accepted.r2.s14",
        S.ACCEPTED,
        r"(?:terminal|terminalen|depotet) fra afsender",
        priority=73,
    ),
    rule("da.ofd.r2.s14", S.OUT_FOR_DELIVERY, r"leveres (?:i aften|i dag)"),
    rule("da.delivered.s14", S.DELIVERED, r"levering(?:en)? er gennemfort"),
    rule("da.pickup.r2.s14", S.AVAILABLE_FOR_PICKUP, r"venter pa afhentning"),
    rule("da.failed.r2.s14", S.FAILED_ATTEMPT, r"ingen abnede"),
    rule(
        "da.address.s14",
        S.ADDRESS_ISSUE,
        r"kan ikke finde adressen",
        on_negation=S.ADDRESS_ISSUE,
    ),
    rule(
        "da.delayed.r2.s14",
        S.DELAYED,
        r"havnet forkert|naede ikke frem|sker senere|aendret til naeste",
        on_negation=S.DELAYED,
    ),
    rule(
        # "ikke afhentet og sendes tilbage": the negated cause keeps the return.
        "da.returning.s14",
        S.RETURNING,
        r"sendes (?:tilbage|retur)",
        priority=96,
        confidence=0.95,
        on_negation=S.RETURNING,
    ),
    rule(
        "da.info.r3.s14",
        S.INFO_RECEIVED,
        r"faet besked om (?:din|pakken|forsendelsen)|klar til afsendelse",
    ),
    rule(
        "da.in_transit.r2.s14",
        S.IN_TRANSIT,
        r"i vores netvaerk|ved at blive behandlet|under behandling",
    ),
    rule(
        "da.handed_over.r2.s14",
        S.HANDED_OVER,
        r"overgivet til (?:vores |en )?(?:samarbejdspartner|partner)|leveres af (?:en |vores )?"
        r"(?:lokal|samarbejds)",
        priority=73,
        modal_ok=True,
    ),
    rule(
        "da.ofd.r3.s14",
        S.OUT_FOR_DELIVERY,
        r"\bomdeling\b|(?:chaufforen|budet|kureren) er taet pa",
    ),
    rule(
        "da.delivered.r2.s14",
        S.DELIVERED,
        r"stillet (?:pa|ved) (?:dit |det )?(?:onskede|aftalte) sted|lagt i (?:din )?postkasse",
    ),
    rule("da.pickup.r3.s14", S.AVAILABLE_FOR_PICKUP, r"kan (?:nu )?afhentes", modal_ok=True),
    rule(
        "da.failed.r3.s14",
        S.FAILED_ATTEMPT,
        r"forsogt at levere|kunne ikke komme ind|kunne ikke gennemfores",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule("da.address.r2.s14", S.ADDRESS_ISSUE, r"modtager (?:er )?flyttet|flyttet fra adressen"),
    rule(
        "da.exception.r2.s14",
        S.EXCEPTION,
        r"under undersogelse|\bi bero\b",
        priority=35,
        confidence=0.8,
    ),
    rule("da.delayed.r3.s14", S.DELAYED, r"kommer (?:en dag |et par dage |lidt )?senere"),
    rule("da.returned.r2.s14", S.RETURNED, r"(?:er|blev|er blevet) returneret\b"),
    rule("da.refused.s14", S.REFUSED, r"naegtet modtaget"),
    rule("da.info.r4.s14", S.INFO_RECEIVED, r"venter pa at blive indleveret", priority=75),
    rule("da.delayed.r4.s14", S.DELAYED, r"bagud med"),
    rule("da.returned.r3.s14", S.RETURNED, r"returen er leveret", priority=101),
    rule("da.exception.r3.s14", S.EXCEPTION, r"sat pa pause", priority=35),
    rule("da.ofd.r4.s14", S.OUT_FOR_DELIVERY, r"leveres mellem \d"),
    # Session 15 (s15-en): not handed in to the carrier yet is data, not a failed delivery.
    rule(
        "da.info.not_handed_in.s15d",
        S.INFO_RECEIVED,
        r"(?:endnu )?ikke (?:blevet )?(?:afleveret|indleveret|overdraget) til os",
        priority=83,
        on_negation=False,
    ),
    rule(
        "da.pickup.arrived_point.s15d",
        S.AVAILABLE_FOR_PICKUP,
        r"ankommet til (?:udleveringsstedet|udleveringssted|pakkeshop(?:pen)?|pakkeboks(?:en)?)",
        priority=73,
    ),
    rule(
        "da.delayed.moved.s15d",
        S.DELAYED,
        r"levering(?:en)? er (?:blevet )?flyttet til",
        priority=71,
    ),
    rule("da.address.unknown.s15d", S.ADDRESS_ISSUE, r"\bukendt modtager\b"),
    # Handed in "to us" (the carrier) is the acceptance, not a delivery (above 70).
    rule("da.accepted.to_us.s15d", S.ACCEPTED, r"(?:afleveret|indleveret) til os\b", priority=71),
    rule(
        "da.info.expected_from_sender.s15d",
        S.INFO_RECEIVED,
        r"forventes (?:at blive )?indleveret",
        priority=46,
        modal_ok=True,
    ),
    # Round 14: GLS, DAO and PostNord DK wording.
    rule(
        "da.ofd.driver_on_way.s15d",
        S.OUT_FOR_DELIVERY,
        r"(?:chauffor(?:en)?|buddet)\b[^.]{0,40}\ber pa vej\b",
        priority=67,
    ),
    rule(
        "da.accepted.handed_in_at_shop.s15d",
        S.ACCEPTED,
        r"indleveret (?:hos|i) (?:en |et |din )?(?:pakkeshop|posthus|pakkeboks|butik)",
        priority=74,
    ),
    rule("da.address.missing.s15d", S.ADDRESS_ISSUE, r"adressen? mangler", priority=93),
    # Session 16 (s16-nordic): stems for PostNord DK, GLS DK, DAO, Bring and Budbee wording
    # that the older rules missed, written as compounds and word families rather than
    # phrases. Data about the parcel ("besked fra afsenderen", "forsendelsesoplysninger",
    # "bestilt levering hos GLS") is info_received, above the acceptance its verbs resemble.
    rule(
        "da.info.notice.s16g",
        S.INFO_RECEIVED,
        r"modtaget (?:besked|meddelelse|information|oplysninger)\b|forsendelsesoplysning"
        r"|forhandsmeddelelse"
        r"|oplysninger om (?:din |dit )?(?:pakke|forsendelse)\w{0,3}|klargjort"
        r"|bestilt (?:levering|afhentning|fragt|transport|forsendelse)"
        r"|afventer,? at (?:pakken|forsendelsen) (?:bliver |blir )?indleveret",
        priority=75,
        on_negation=S.INFO_RECEIVED,
    ),
    # The sender handing the parcel in anywhere, even at a shop or locker, is the
    # acceptance (74, above the place's pickup and the "afleveret" of a delivery).
    rule(
        "da.accepted.by_sender.s16g",
        S.ACCEPTED,
        r"(?:afleveret|lagt|indleveret|placeret|afsendt)\b[^.]{0,40}\baf afsender(?:en)?\b"
        r"|modtaget\b[^.]{0,40}\bfra afsender(?:en)?\b|ved indlevering(?:en)?\b"
        r"|modtaget i (?:[\w']+ )?netvaerk"
        r"|indleveret (?:hos|i|pa) (?:en |et |din )?(?:[\w']+[ -]){0,2}\w{0,10}"
        r"(?:pakkeshop|shop|posthus|boks|butik|indleveringssted)",
        priority=74,
    ),
    rule(
        "da.in_transit.node.s16g",
        S.IN_TRANSIT,
        r"omsorter\w*|(?:modtaget|scannet) pa (?:[\w']+ )?\w{0,16}(?:terminal|central|center"
        r"|centret|depot)\w{0,3}|sendt fra (?:[\w']+ )?\w{0,16}(?:centret|center|terminal"
        r"|terminalen|depot|depotet|lager|lageret)\b|(?:ind|ud)scannet",
        confidence=0.8,
    ),
    rule(
        "da.handed_over.partner.s16g",
        S.HANDED_OVER,
        r"(?:overleveret|overdraget|overgivet) til (?:(?:en|vores|lokal|lokale|den) ){0,3}"
        r"(?:\w{0,12}partner|distributor|vognmand|transportor)\b",
        priority=73,
    ),
    rule(
        "da.ofd.round.s16g",
        S.OUT_FOR_DELIVERY,
        r"dagens (?:rute|tur|levering|udbringning)|(?:bliver|vil blive) leveret (?:i dag"
        r"|i aften|i nat)\b|kommer (?:i dag|i aften|i nat)\b|korer ud\b|kores ud\b"
        r"|sendt ud med (?:buddet|chaufforen|bilen)|pa (?:leverings|bud|udbringnings"
        r"|distributions)bil(?:en)?\b|pa vej til (?:din |leverings)?adressen",
        priority=71,
        modal_ok=True,
    ),
    rule(
        "da.failed.reason.s16g",
        S.FAILED_ATTEMPT,
        r"forgaeves (?:udbring|lever|forsog|kor|tur)\w*|lukket ved (?:levering|ankomst"
        r"|udbringning)|(?:butikken|firmaet|virksomheden|forretningen) var lukket"
        r"|ikke (?:var )?(?:et |noget )?sikkert sted|intet sikkert sted",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "da.pickup.place.s16g",
        S.AVAILABLE_FOR_PICKUP,
        r"dognboks|naerboks|pakkeautomat|pakkestation|husk at hente|hent(?:e)? din pakke"
        r"|til afhentning (?:pa|i)\b",
    ),
    # Still to be collected is a pickup (75, above the "afhentet i pakkeshop" of a delivery).
    rule(
        "da.pickup.to_be_collected.s16g",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:klar til|venter pa) at blive (?:af)?hentet",
        priority=75,
    ),
    # Delivered *to* a pickup place is a pickup (73, above delivered); collected there by
    # the recipient a delivery (74, above the place and the courier's "afhentet").
    rule(
        "da.pickup.delivered_to_point.s16g",
        S.AVAILABLE_FOR_PICKUP,
        r"leveret (?:til|i|pa) (?:et |en |din |dit )?(?:[\w']+[ -]){0,2}\w{0,6}(?:udleveringssted"
        r"|afhentningssted|pakkeshop|pakkeboks|dognboks|posthus|pakkeautomat)\w{0,4}",
        priority=73,
    ),
    rule(
        "da.delivered.collected.s16g",
        S.DELIVERED,
        r"(?:afhentet|udleveret|hentet)(?<!blive afhentet)(?<!blive hentet)(?<!blive udleveret)"
        r" (?:i|pa|fra|hos) (?:en |et |din |dit )?(?:[\w']+[ -]){0,2}"
        r"\w{0,6}(?:pakkeshop|pakkeboks|dognboks|posthus|udleveringssted|afhentningssted"
        r"|pakkeautomat)\w{0,4}|afhentet af (?:dig|modtager\w*|kunden)\b",
        priority=74,
    ),
    rule(
        "da.delivered.placed.s16g",
        S.DELIVERED,
        r"stillet (?:ved|foran|i|pa|under) (?:den |din |dit )?\w{0,8}(?:doren|dor|carporten"
        r"|carport|garagen|skuret|trappen|terrassen|altanen|udhuset)\b",
    ),
    rule(
        "da.delayed.missed.s16g",
        S.DELAYED,
        r"naede ikke (?:med|frem)|ikke (?:naet|kommet) med\b|forst i morgen",
        on_negation=S.DELAYED,
    ),
    # A missing or wrong part of the address is an address issue (93, above the "mangler"
    # of a lost parcel); documents missing for customs a hold.
    rule(
        "da.address.part.s16g",
        S.ADDRESS_ISSUE,
        r"(?:navn|(?:etage|hus|lejligheds|leilighets|post)nummer|vejnavn|gadenavn)\w{0,2} mangler"
        r"|mangler (?:navn|etage|(?:hus|lejligheds|leilighets|post)nummer|vejnavn|gadenavn)"
        r"|forkert (?:post\w{0,6}|vejnavn|gadenavn|husnummer)|fraflyttet"
        r"|adressen (?:findes|eksisterer) ikke|adressen (?:er|blev) ikke fundet",
        priority=93,
        on_negation=S.ADDRESS_ISSUE,
    ),
    rule(
        "da.customs.held.papers.s16g",
        S.CUSTOMS_HELD,
        r"told\w{0,12} mangler|mangler tol[dl]\w{0,12}|tolden mangler",
        priority=93,
    ),
    rule("da.customs.started.s16g", S.CUSTOMS_STARTED, r"fortoldning"),
    rule("da.lost.s16g", S.LOST, r"gaet tabt|\btabt\b"),
    rule("da.cancelled.s16g", S.CANCELLED, r"(?:er|blev) slettet"),
    rule(
        "da.refused.s16g",
        S.REFUSED,
        r"ville ikke (?:modtage|tage imod|have)",
        on_negation=S.REFUSED,
    ),
    rule(
        "da.returning.storage.s16g",
        S.RETURNING,
        r"opbevarings(?:frist|tid)\w{0,3} (?:er )?(?:udlobet|overskredet)",
        priority=96,
    ),
    # s18-vocabnorth: PostNord, GLS, DAO and Bring wording missing from the training texts
    # (general vocabulary, session 18). Data received from the sender is the pre-advice
    # (76, above the sender's hand-over that "modtaget ... fra afsender" reads as).
    rule(
        "da.info.data_from_sender.s18d",
        S.INFO_RECEIVED,
        r"(?:elektronisk )?(?:information|data|besked|oplysninger) (?:er )?modtaget fra"
        r"|forbereder (?:din |dit |jeres )?(?:pakke|forsendelse|ordre|bestilling)",
        priority=76,
    ),
    rule(
        "da.accepted.carrier_has.s18d",
        S.ACCEPTED,
        r"\b(?:vi|dao|gls|postnord|bring|dhl|ups|fedex|budbee|instabox|airmee) har modtaget"
        r" (?:din |dit |jeres )?(?:pakke|forsendelse)",
    ),
    rule("da.in_transit.departed.s18d", S.IN_TRANSIT, r"\bafgået fra\b"),
    rule(
        "da.customs.cleared.done.s18d",
        S.CUSTOMS_CLEARED,
        r"(?:fortoldning|toldbehandling|toldklarering)(?:en)? (?:er )?(?:gennemført|afsluttet"
        r"|godkendt|færdig)",
    ),
    rule("da.ofd.round.s18d", S.OUT_FOR_DELIVERY, r"\bpå udkørsel\b|\budkørsel i dag\b"),
    rule(
        "da.failed.notice.s18d",
        S.FAILED_ATTEMPT,
        r"lagt (?:en )?(?:meddelelse|besked|seddel|afhentningsseddel|kort) i (?:din |jeres )?"
        r"postkasse|ingen adgang til",
        priority=71,
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "da.ofd.sent_out.s18d", S.OUT_FOR_DELIVERY, r"(?:sendt|kørt) ud til (?:levering|modtager)"
    ),
    rule(
        "da.failed.not_present.s18d",
        S.FAILED_ATTEMPT,
        r"(?:modtager(?:en)?|du|i) var ikke (?:til stede|hjemme)",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "da.pickup.stored.s18d",
        S.AVAILABLE_FOR_PICKUP,
        r"opbevares (?:på|i|hos) (?:posthuset|pakkeshop\w{0,3}|pakkeboks\w{0,3}|butikken"
        r"|udleveringsstedet|indhentningsstedet)",
    ),
    rule(
        "da.delivered.placed.s18d",
        S.DELIVERED,
        r"(?:sat|stillet|placeret|lagt) i (?:carport\w{0,2}|skur\w{0,2}|garage\w{0,2})"
        r"|modtaget af (?:nabo\w{0,2}|modtager\w{0,2})",
    ),
    # Papers missing in a customs context are a customs hold, not the "mangler" of a shortage
    # (93, above lost).
    rule(
        "da.customs.held.papers.s18d",
        S.CUSTOMS_HELD,
        r"told\w*[^.]{0,40}\b(?:dokument\w*|faktura|papirer) mangler"
        r"|\b(?:dokument\w*|faktura|papirer) mangler[^.]{0,40}\btold",
        priority=93,
    ),
    rule(
        "da.info.label.s18d",
        S.INFO_RECEIVED,
        r"(?:pakke|forsendelses)?label\w{0,3} (?:er )?(?:udskrevet|printet|oprettet|dannet)",
    ),
    rule(
        "da.ofd.today.s18d",
        S.OUT_FOR_DELIVERY,
        r"på vej til din (?:adresse|dør|hoveddør)|forventes leveret i dag"
        r"|kommer med (?:din|jeres) (?:pakke|forsendelse) i dag|med (?:postbuddet|budet"
        r"|chaufføren) i dag",
        priority=67,
        modal_ok=True,
    ),
    rule(
        "da.delivered.left_at_door.s18d",
        S.DELIVERED,
        r"(?:lagt|placeret|stillet|sat) (?:pakken |forsendelsen )?(?:ved|foran|uden for)"
        r" (?:døren|hoveddøren|din dør|bagdøren)",
    ),
    rule(
        "da.pickup.lies_at.s18d",
        S.AVAILABLE_FOR_PICKUP,
        r"ligger (?:nu )?(?:på|i|hos) (?:posthuset|pakkeshop\w{0,3}|pakkeboks\w{0,3}|butikken"
        r"|udleveringsstedet)|afhentningsmeddelelse|afhentningsbesked",
    ),
    rule(
        "da.failed.no_answer.s18d",
        S.FAILED_ATTEMPT,
        r"ingen (?:svarede|åbnede|lukkede op)\b",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "da.refused.did_not_want.s18d",
        S.REFUSED,
        r"ønskede ikke at (?:modtage|tage imod|have)",
        on_negation=S.REFUSED,
    ),
    rule(
        "da.returning.on_way_back.s18d",
        S.RETURNING,
        r"på vej tilbage(?! til (?:terminal|depot|pakkecent|sorterings))",
    ),
    rule(
        "da.returned.received_back.s18d",
        S.RETURNED,
        r"modtaget retur (?:hos|af) (?:afsender\w{0,2}|webshop\w{0,3}|butikken|forhandler\w{0,2})",
        priority=101,
    ),
    rule(
        "da.delayed.moved.s18d",
        S.DELAYED,
        r"rykket til (?:i morgen|næste|en anden|senere)|når (?:desværre )?ikke frem i dag",
        priority=71,
        on_negation=S.DELAYED,
    ),
    rule(
        "da.address.unknown_recipient.s18d",
        S.ADDRESS_ISSUE,
        r"modtager(?:en)? (?:er )?ukendt",
    ),
    rule("da.delayed.s18d", S.DELAYED, r"\bforsinkes\b"),
    rule(
        "da.failed.tried.s18d",
        S.FAILED_ATTEMPT,
        r"\bforsøgt (?:leveret|afleveret|udleveret)|ingen (?:modtager )?(?:til stede|hjemme)",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule("da.ofd.under_way.s18d", S.OUT_FOR_DELIVERY, r"udbringning (?:er )?i gang"),
    rule("da.lost.search_failed.s18d", S.LOST, r"eftersøgning\w* uden resultat"),
    # Sixth round: notes to the buyer.
    rule(
        "da.info.waiting_for_shop.s18d",
        S.INFO_RECEIVED,
        r"venter på at modtage (?:din |jeres )?(?:pakke|forsendelse) fra (?:butikken"
        r"|afsender\w{0,2}|sælger\w{0,2}|webshop\w{0,3})",
        priority=75,
    ),
    rule(
        "da.accepted.we_have_it.s18d",
        S.ACCEPTED,
        r"\b(?:vi|dao|gls|postnord|bring) har nu (?:din|jeres) (?:pakke|forsendelse)",
    ),
    rule(
        "da.ofd.next_stop.s18d",
        S.OUT_FOR_DELIVERY,
        r"næste stop|(?:chaufføren|budet) er tæt på|levering(?:en)? er i gang",
        priority=67,
    ),
    rule(
        "da.pickup.code_sent.s18d",
        S.AVAILABLE_FOR_PICKUP,
        r"afhentningskode\w{0,2} (?:er |blev )?sendt",
        priority=72,
    ),
    rule(
        "da.failed.did_not_reach.s18d",
        S.FAILED_ATTEMPT,
        r"kom ikke frem til (?:dig|jer|modtager\w{0,2}|adressen)",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "da.returned.shop_has_it.s18d",
        S.RETURNED,
        r"(?:butikken|afsender\w{0,2}|webshop\w{0,3}|forhandler\w{0,2}) har fået (?:pakken "
        r"|forsendelsen )?(?:retur|tilbage)",
        priority=101,
    ),
    rule("da.delayed.we_are_late.s18d", S.DELAYED, r"\bforsinkede\b"),
    rule("da.exception.stuck.s18d", S.EXCEPTION, r"sidder fast", priority=35, confidence=0.8),
    rule(
        "da.address.not_complete.s18d",
        S.ADDRESS_ISSUE,
        r"adressen er ikke (?:komplet|fuldstændig|korrekt|rigtig)",
        on_negation=S.ADDRESS_ISSUE,
    ),
    # Seventh round: freight and status names.
    rule(
        "da.info.pickup_booked.s18d",
        S.INFO_RECEIVED,
        r"afhentning(?:en)? (?:er )?(?:bestilt|booket)",
        priority=67,
    ),
    rule("da.ofd.bare.s18d", S.OUT_FOR_DELIVERY, r"^udkørsel$"),
    rule(
        "da.failed.cannot.s18d",
        S.FAILED_ATTEMPT,
        r"kan ikke (?:leveres|udleveres|afleveres)",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "da.returned.to_shop.s18d",
        S.RETURNED,
        r"returneret til (?:butik\w{0,2}|webshop\w{0,3}|forhandler\w{0,2})",
        priority=100,
    ),
    rule(
        "da.pickup.extended.s18d",
        S.AVAILABLE_FOR_PICKUP,
        r"opbevarings(?:frist|tid)\w{0,3} (?:er )?forlænget|forlænget opbevaring",
    ),
    # Cross-border lines as the marketplaces and consolidators translate them.
    rule(
        "da.arrived_destination.airport.s18d",
        S.ARRIVED_DESTINATION,
        r"(?:ankommet|ankomst) til destinationslufthavn\w*",
    ),
    rule(
        "da.handed_over.local.s18d",
        S.HANDED_OVER,
        r"overdraget til (?:en |det |den )?lokal\w* (?:kurer\w*|distributør\w*|vognmand|partner"
        r"|postvæsen\w*|transportfirma\w*|leveringsfirma\w*)",
    ),
    rule(
        "da.in_transit.to_airline.s18d",
        S.IN_TRANSIT,
        r"(?:overdraget|afleveret) til flyselskab\w*",
        priority=76,
    ),
    rule(
        "da.customs.cleared.gap.s18d",
        S.CUSTOMS_CLEARED,
        r"(?:import)?(?:toldbehandling|fortoldning|toldklarering)\w*\b[^.]{0,40}\b(?:afsluttet"
        r"|gennemført"
        r"|færdig)",
    ),
    rule(
        "da.departed_origin.leaves.s18d",
        S.DEPARTED_ORIGIN,
        r"forlader (?:afsenderlandet|oprindelseslandet|afgangslandet)",
    ),
    rule(
        "da.in_transit.export_customs.s18d",
        S.IN_TRANSIT,
        r"\beksport(?:fortoldning|told\w*)",
        priority=82,
    ),
    rule("da.customs.started.import.s18d", S.CUSTOMS_STARTED, r"\bimport(?:fortoldning|told\w*)"),
    rule(
        "da.arrived_destination.centre_in_country.s18d",
        S.ARRIVED_DESTINATION,
        r"(?:ankommet|ankomst) til [^.]{0,40}\bi (?:destinations|modtager)landet",
        priority=53,
    ),
    rule(
        "da.handed_over.local_company.s18d",
        S.HANDED_OVER,
        r"modtaget af (?:et |en )?lokalt? (?:leveringsfirma|kurerfirma|distributør|transportør"
        r"|postvæsen)",
    ),
    rule(
        "da.info.waiting_for_carrier.s18d",
        S.INFO_RECEIVED,
        r"venter på afhentning af (?:transportøren|fragtfirmaet|kureren|chaufføren)",
        priority=75,
    ),
    rule(
        "da.accepted.by_carrier.s18d",
        S.ACCEPTED,
        r"accepteret af (?:transportøren|fragtfirmaet|kureren)",
    ),
    rule(
        "da.arrived_destination.landed.s18d",
        S.ARRIVED_DESTINATION,
        r"landet i destinationslufthavn\w*",
    ),
    rule(
        "da.departed_origin.sent_to_country.s18d",
        S.DEPARTED_ORIGIN,
        r"sendt til (?:destinations|modtager)landet",
    ),
    # Customs seizing, destroying or failing to clear; address data missing (93, above the
    # "mangler" of lost).
    rule(
        "da.customs.held.seized.s18d",
        S.CUSTOMS_HELD,
        r"beslaglag\w* (?:af|i|hos) told",
        priority=81,
    ),
    rule("da.lost.destroyed_by_customs.s18d", S.LOST, r"destruer\w* (?:af|i) told"),
    rule(
        "da.customs.held.failed.s18d",
        S.CUSTOMS_HELD,
        r"(?:fortoldning|toldbehandling|toldklarering)\w* (?:er )?mislyk\w*",
        priority=81,
    ),
    rule(
        "da.address.data_missing.s18d",
        S.ADDRESS_ISSUE,
        r"adresse(?:oplysninger|data)\w* mangler|mangler adresse",
        priority=93,
    ),
    rule("da.exception.paused.s18d", S.EXCEPTION, r"sat på pause", priority=35),
    rule(
        "da.accepted.carrier_warehouse.s18d",
        S.ACCEPTED,
        r"modtaget på (?:transportørens|fragtfirmaets|kurerens) lager",
        priority=46,
    ),
    rule(
        "da.in_transit.on_plane.s18d",
        S.IN_TRANSIT,
        r"lastet (?:på|om bord på) fly(?:et)?\b",
        priority=76,
    ),
    rule(
        "da.accepted.by_carrier_received.s18d",
        S.ACCEPTED,
        r"modtaget af (?:transportøren|fragtfirmaet|kureren|chaufføren)",
    ),
)

LANGUAGE = Language(
    code="da",
    rules=RULES,
    negation=markers("ikke ingen uden"),
    without=markers("uden"),
    irrealis=markers("forventet forventes"),
    markers=markers(
        "pakken forsendelsen forsendelse leveret afhentet afhentning modtaget modtagelse terminal"
        " skadet retur ingen hjemme lukket forkert adresse naegtet overgivet til tredjepart"
        " planlagt fragtbrev afleveret udleveret modtager afsender pakkeshop pakkeboks"
        " indleveret sorteret forsinket ankommet udbringning forsinkelse transporten"
    ),
)
