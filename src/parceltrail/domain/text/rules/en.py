"""English: USPS, UPS, FedEx, DHL, Royal Mail, Evri, Canada/Australia Post, and the English
feeds of Cainiao, YunExpress, 4PX and China Post."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, markers, rule

_SENDER = r"(?:the )?(?:sender|shipper|merchant|seller|origin|consignor|retailer)"
_LAST_MILE = (
    r"(?:usps|royal mail|evri|hermes|canada post|australia post|postnl|la poste|colissimo"
    r"|correos|correios|poste italiane|deutsche post|dhl paket|inpost|dpd|gls|ontrac|lasership"
    r"|yodel|an post|posti|postnord|bpost|local post|the post office|postal service)"
)
_PICKUP_PLACE = (
    r"(?:the |a |your )?(?:(?:ups )?access point|pick ?up (?:point|location|station)"
    r"|parcel ?(?:shop|locker|point|box|terminal)|collection point|service point|locker"
    r"|pudo|inpost locker|parcelshop|pickup/drop-off location)"
)

# Countries a parcel arrives in or leaves (an international step), not a facility named after
# its place ("Arrived in Singapore", "Shipment left Poland"; not "left China hub").
_COUNTRY = (
    r"(?:(?:the )?(?:usa|united states|uk|united kingdom|great britain|netherlands|philippines"
    r"|united arab emirates|uae)|the us|(?:mainland )?china|hong kong|singapore|malaysia"
    r"|canada|australia|new zealand|ireland|india|indonesia|thailand|vietnam|japan|south korea"
    r"|korea|taiwan|germany|france|spain|italy|poland|belgium|austria|switzerland|sweden"
    r"|norway|denmark|finland|portugal|czech republic|czechia|hungary|romania|greece|turkey"
    r"|israel|saudi arabia|qatar|kuwait|egypt|south africa|nigeria|kenya|pakistan|bangladesh"
    r"|sri lanka|brazil|mexico|chile|argentina|colombia|peru|ukraine|lithuania|latvia|estonia"
    r"|slovakia|slovenia|croatia|bulgaria|serbia|luxembourg)"
)
_NOT_A_PLACE = (
    r"(?! ?(?:facility|hub|gateway|depot|sort|office|airport|warehouse|post|mail|customs|branch"
    r"|station|cent(?:er|re)|city|-))"
)

# An exception word not followed by its resolution ("Problem resolved, parcel in transit").
_UNRESOLVED = r"(?! (?:resolved|solved|fixed|cleared|closed))"

# "collect the parcel from/at ..." said to the recipient: not from the sender's side.
_COLLECT_FROM = (
    r"(?:your|the) (?:item|parcel|package|shipment) (?:from|at) (?!(?:the )?(?:sender|seller"
    r"|shipper|merchant)|your (?:address|home|door|premises))"
)
# Not a courier who will collect ("The courier will collect the parcel from the locker").
_NOT_COURIER = "".join(
    rf"(?<!{who} will {verb})"
    for who in ("courier", "driver", "carrier")
    for verb in ("collect", "pick up")
)

# After "origin" only: the merchant's warehouse is the sender, the origin's airport is not.
_NOT_A_NODE = (
    r"(?!(?<=origin) (?:airport|hub|facility|station|gateway|depot|warehouse|sort|office|branch"
    r"|cent(?:er|re)|terminal))"
)

RULES = (
    # s15-precision: an address corrected is no longer an address issue: the step that follows
    # answers ("Being Delivered - Address Corrected", "Address corrected, new delivery attempt to
    # follow", "a special flight is required"); out for delivery *to* an access point is the
    # line haul to the point, not the recipient's round (UPS's labels).
    rule("en.ofd.being_delivered.s15f", S.OUT_FOR_DELIVERY, r"^being delivered\b", priority=85),
    rule(
        "en.in_transit.address_corrected.s15f",
        S.IN_TRANSIT,
        r"address corrected,? (?:a )?new delivery attempt",
        priority=85,
    ),
    rule("en.delayed.special_flight.s15f", S.DELAYED, r"special flight is required", priority=85),
    rule(
        "en.in_transit.ofd_to_access_point.s15f",
        S.IN_TRANSIT,
        r"out for delivery to (?:the |a )?(?:ups )?access point",
        priority=67,
    ),
    # s15-precision: not *yet* collected by the recipient is still waiting at the pickup place
    # (97, above the 'not collected' return and the negated collection).
    rule(
        "en.pickup.not_yet_collected.s15f",
        S.AVAILABLE_FOR_PICKUP,
        r"not yet (?:been )?collected by (?:the )?(?:recipient|addressee|consignee)"
        r"|not been collected yet by (?:the )?(?:recipient|addressee|consignee)",
        priority=97,
    ),
    # s15-precision: an aggregator's definition of a status class ("Exception means ...",
    # "may be due to several reasons: returned, lost, damaged ...") is that class, above the
    # events it lists as examples.
    rule(
        "en.exception.definition.s15f",
        S.EXCEPTION,
        r"exception means|exception occur+ed, e\.?g\.?|unusual shipping condition"
        r"|(?:any|other) shipping exceptions"
        r"|other abnormal situations",
        priority=102,
    ),
    rule(
        "en.expired.definition.s15f",
        S.EXPIRED,
        r"expired means|for a long time still has no|no tracking information for \d+ days",
        priority=102,
    ),
    rule(
        "en.ofd.definition.s15f",
        S.OUT_FOR_DELIVERY,
        r"also known as \W?out for delivery|is out for delivery or has arrived",
        priority=102,
    ),
    # s15-precision: a seller's order accepted is info received (45, above the acceptance word).
    rule(
        "en.info.order_accepted.s15f",
        S.INFO_RECEIVED,
        r"order (?:was |has been )?accepted by (?:the )?(?:seller|merchant|shop|store|retailer)",
        priority=45,
    ),
    # s15-precision: training wrong answers whose wording carries: a border crossed is in transit
    # (PostNL, UPS); delivered at/in a parcel box is delivered (call (a)); a delay resolved is
    # transit again; a pickup address unknown is the sender's pickup failing (session 9: exception);
    # a return arrived at the client is returned; a return held or stored for a closed return
    # address is an exception; customs holds pending clearance by an agency are held; export papers
    # wrong an exception; a trailing 'Return' returning; a delivery outside the agreed time is
    # delayed; a parcel arrived without advice data an exception; the sender's 'Closed:' a failed
    # attempt.
    rule(
        "en.in_transit.border.s15f",
        S.IN_TRANSIT,
        r"crossed (?:the|a|an international) border",
        priority=51,
    ),
    rule(
        "en.delivered.parcel_box.s15f",
        S.DELIVERED,
        r"delivered (?:at|to|in) (?:the |a |your )?parcel ?box",
        priority=73,
    ),
    rule(
        "en.in_transit.delay_resolved.s15f",
        S.IN_TRANSIT,
        r"delay (?:was|has been) resolved",
        priority=69,
    ),
    rule(
        "en.exception.collection_address.s15f",
        S.EXCEPTION,
        r"collection address (?:post ?code |postcode |zip code )?"
        r"(?:unknown|incorrect|wrong|invalid)",
        priority=89,
    ),
    rule(
        "en.returned.arrived_at_client.s15f",
        S.RETURNED,
        r"return(?:/return)? shipment has arrived at the (?:client|sender|shipper)",
        priority=101,
    ),
    rule(
        "en.exception.return_held.s15f",
        S.EXCEPTION,
        r"return parcel is (?:on )?hold|in storage because of (?:a )?closed return address",
        priority=96,
    ),
    rule(
        "en.customs.held.pending_agency.s15f",
        S.CUSTOMS_HELD,
        r"hold pend(?:ing)? clearance",
        priority=81,
    ),
    rule(
        "en.exception.export_form.s15f",
        S.EXCEPTION,
        r"(?:incorrect|missing|wrong) export (?:form|document)",
        priority=83,
    ),
    rule(
        "en.returning.trailing_return.s15f",
        S.RETURNING,
        r"(?<=[.;] )return\W{0,2}$",
        priority=96,
    ),
    rule(
        "en.delayed.outside_agreed_time.s15f",
        S.DELAYED,
        r"outside (?:the )?agreed time",
        priority=69,
    ),
    rule(
        "en.exception.without_advice_data.s15f",
        S.EXCEPTION,
        r"without (?:advice|pre-?advice|shipment) data|must be checked manually",
        priority=31,
    ),
    rule(
        "en.failed.closed.s15f",
        S.FAILED_ATTEMPT,
        r"^closed:",
        priority=83,
    ),
    rule(
        "en.delayed.not_yet_arrived_expected.s15f",
        S.DELAYED,
        r"(?:has )?not (?:yet )?arrived at the expected",
        priority=69,
    ),
    rule(
        "en.in_transit.customs_transmission.s15f",
        S.IN_TRANSIT,
        r"customs transmission sent",
        priority=77,
    ),
    rule(
        "en.returned",
        S.RETURNED,
        # Not a node of the origin's network ("Delivered to origin airport", "Returned to origin
        # station"): the parcel is not with its sender yet.
        rf"returned to {_SENDER}{_NOT_A_NODE}|return (?:shipment )?delivered"
        rf"|delivered to {_SENDER}{_NOT_A_NODE}"
        rf"|(?:returned|return) (?:item )?(?:received|collected) by {_SENDER}"
        rf"|{_SENDER} (?:has )?(?:received|collected) the return|to (?:the )?original sender",
    ),
    rule(
        "en.returning",
        S.RETURNING,
        rf"return(?:ing)? to {_SENDER}|(?:being|will be|to be|is being) returned"
        r"|\breturning\b|return (?:in progress|initiated|process(?:ing)?|requested)"
        rf"|on (?:its|the) way back to {_SENDER}|\brts\b|return to origin",
    ),
    rule(
        "en.lost",
        S.LOST,
        r"\blost\b|(?:item|parcel|package|shipment) (?:is |was |has gone )?missing"
        r"|reported missing"
        r"|cannot be (?:located|found)|could not be located|disposed"
        r"|destroyed|unable to locate",
    ),
    rule("en.damaged", S.DAMAGED, r"damaged?\b|damage to|broken|crushed"),
    rule("en.cancelled", S.CANCELLED, r"cancell?ed|cancell?ation|voided|label (?:was )?void"),
    rule(
        "en.refused",
        S.REFUSED,
        r"refused|rejected by (?:the )?(?:recipient|consignee|receiver|customer)"
        r"|(?:recipient|consignee|receiver) (?:refused|rejected|declined)"
        r"|delivery (?:was )?declined",
    ),
    rule(
        "en.address",
        S.ADDRESS_ISSUE,
        r"(?:incorrect|wrong|invalid|incomplete|insufficient|bad|unknown) address"
        r"|address (?:is )?(?:incorrect|incomplete|insufficient|invalid|unknown|not found"
        r"|could not be (?:found|located)|problem|issue|correction)|undeliverable as addressed"
        r"|(?:recipient|consignee|addressee) (?:has )?(?:moved|unknown)|no such (?:address|number)"
        r"|moved,? left no (?:forwarding )?address|no (?:record|one) of that name"
        r"|address information (?:needed|required)",
    ),
    rule(
        "en.failed",
        S.FAILED_ATTEMPT,
        r"(?:delivery )?attempt(?:ed)?(?: delivery)?\b|notice left|missed (?:you|delivery)"
        r"|we missed you|(?:recipient|consignee|receiver|customer|addressee|nobody|no one) "
        r"(?:was )?(?:not (?:available|home|at home|in|present)|unavailable|absent|was in)"
        r"|nobody (?:was )?(?:home|in)|no one (?:was )?(?:home|available)|business (?:was )?closed"
        r"|undelivered|undeliverable|unable to deliver|could not be delivered|delivery failed"
        r"|failed delivery|delivery (?:was )?unsuccessful|no access to|no secure location"
        r"|we tried to deliver",
    ),
    # Neighbours the broad "attempt"/"undelivered" stems of en.failed take (s15-precision):
    # a delivery put off to the next day is delayed; a scheduled attempt is transit; an
    # undelivered item rejected is refused, one with an incomplete/not-found address an
    # address issue.
    rule(
        "en.delayed.new_attempt.s15f",
        S.DELAYED,
        r"delivery delayed,? (?:new|next) (?:delivery )?attempt",
        priority=83,
    ),
    rule(
        "en.in_transit.scheduled_attempt.s15f",
        S.IN_TRANSIT,
        r"in transit and scheduled for (?:[\w-]{1,20} )?delivery attempt",
        priority=83,
    ),
    rule("en.refused.undelivered.s15f", S.REFUSED, r"undelivered[\w -]{0,20} - rejected\b"),
    rule(
        "en.address.undelivered.s15f",
        S.ADDRESS_ISSUE,
        r"undelivered mail - incomplete|(?:incorrect|wrong|missing) (?:house|street|flat|apartment)"
        r" (?:number|name)|(?:house|street) (?:number|name) (?:missing|incorrect|wrong)",
    ),
    # A return's own words that other languages' "retur" stems (da, id) took before an English
    # rule answered (s15-precision): a return handed out/returned to the (business) customer
    # is back with the sender; a return that failed says why; a parcel "returned from the
    # route of the courier" was not delivered on the round.
    rule(
        "en.returned.customer.s15f",
        S.RETURNED,
        r"return handed out at|returned to (?:the )?customer$|returned to (?:the )?business\b",
    ),
    rule(
        "en.return_failed.s15f",
        S.ADDRESS_ISSUE,
        r"return failed - (?:shipper|sender) moved",
        priority=97,
    ),
    rule(
        "en.return_failed.rejected.s15f",
        S.REFUSED,
        r"return failed - rejected",
        priority=97,
    ),
    rule(
        "en.failed.back_from_round.s15f",
        S.FAILED_ATTEMPT,
        r"returned from the (?:route|round|tour) of the (?:courier|driver)",
        priority=97,
    ),
    # Broad stems whose neighbour the training carriers label otherwise (s15-precision):
    # "refused" by an outlet or the sender (not the recipient) is an exception; broken
    # equipment delays, it does not damage the parcel; an ID check that failed is a failed
    # attempt; damaged goods sent back are on their way back. (Hermes' "checked for damage"
    # stays damaged: the training label.)
    rule(
        "en.exception.refused_by_outlet.s15f",
        S.EXCEPTION,
        r"refused at (?:the )?(?:[\w-]{1,20} ){0,2}(?:outlet|counter|post office)\b"
        r"(?!.{0,30}\bby (?:the )?(?:recipient|consignee|addressee|receiver))"
        r"|refused to hand (?:over|in)",
        priority=87,
    ),
    rule("en.lost.stolen.s15f", S.LOST, r"\bstolen\b|\btheft\b|broken into"),
    rule(
        "en.delayed.equipment.s15f",
        S.DELAYED,
        r"(?:equipment|vehicle|truck|van|scanner|machine)(?: unavailable)?,? (?:[\w-]{1,12} )?"
        r"(?:broken(?! into)|broke down|faulty|breakdown)",
        priority=91,
    ),
    rule(
        "en.failed.id_check.s15f",
        S.FAILED_ATTEMPT,
        r"\bid (?:card )?(?:damaged|not readable|unreadable)",
        priority=91,
    ),
    rule("en.returning.damaged_goods.s15f", S.RETURNING, r"damaged goods (?:are |were )?returned"),
    # A customs value exceeded puts the transport off: an exception, not a clearance step.
    rule(
        "en.exception.customs_value.s15f",
        S.EXCEPTION,
        r"exceeds (?:the )?customs value",
        priority=77,
    ),
    # Awaiting the end of an inspection is customs started, not held.
    rule(
        "en.customs.pending_completion.s15f",
        S.CUSTOMS_STARTED,
        r"(?:pending|awaiting) completion of (?:the )?customs",
        priority=81,
    ),
    # Retained by customs stays customs_held even when the consignee was also unavailable.
    rule(
        "en.customs.retained_first.s15f",
        S.CUSTOMS_HELD,
        r"retained by (?:the )?(?:foreign |local |import )?customs",
        priority=83,
    ),
    # Hermes' "unable to deliver the parcel as planned ... delivered at a later date" is a
    # delay (the reading recorded in session 9), above the failed attempt its words contain.
    rule(
        "en.delayed.as_planned.s15f",
        S.DELAYED,
        r"unable to deliver (?:the |your )?(?:parcel|shipment|package) as planned",
        priority=83,
    ),
    # Not collected by the consignee: on its way back (as "not collected from the ParcelShop");
    # the sender's instructions awaited after it: an exception.
    rule(
        "en.returning.not_collected_by.s15f",
        S.RETURNING,
        r"^not collected by (?:the )?(?:consignee|recipient|addressee)\W*$",
        priority=96,
    ),
    rule(
        "en.exception.not_collected_instructions.s15f",
        S.EXCEPTION,
        r"not collected by (?:the )?(?:consignee|recipient|addressee),? we will contact "
        r"(?:the )?(?:sender|shipper) for instructions",
        priority=97,
    ),
    # A delivery to the post office is a pickup there (as ru/uk "доставлено в почтовое отделение").
    rule(
        "en.pickup.delivered_post_office.s15f",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:was |has been )?delivered to (?:the |a |your )?(?:local )?post office$",
        priority=73,
    ),
    # DHL Paket's operational exceptions of loading and vehicles are delays.
    rule(
        "en.delayed.vehicle_exception.s15f",
        S.DELAYED,
        r"(?:loading|vehicle(?: departure)?) exception|sort(?:ing)? problem",
        priority=36,
    ),
    rule(
        "en.in_transit.received_at_delivery_center.s15f",
        S.IN_TRANSIT,
        r"accepted (?:at the delivery cent(?:er|re)|from transport)",
        priority=46,
    ),
    rule("en.info.pan.s15f", S.INFO_RECEIVED, r"\bpan received", priority=46),
    rule(
        "en.customs.export",
        S.IN_TRANSIT,
        r"export (?:customs|clearance|declaration)|customs export",
        priority=82,
    ),
    rule(
        "en.customs.held",
        S.CUSTOMS_HELD,
        r"(?:held|detained|retained|stopped|seized|withheld|on hold) (?:by|at|in) (?:the )?customs"
        r"|customs (?:hold|held|detention|detained|delay(?:ed)?|inspection required|exception"
        r"|retention|issue|problem)|clearance (?:delay|exception|problem|issue|on hold)"
        r"|(?:awaiting|requires?|need(?:ed|s)?|pending|waiting for) (?:.{0,20} )?(?:documents"
        r"|documentation|payment|duties|import duty|tax(?:es)?|customs (?:payment|information"
        r"|documents))|(?:duties|duty|import tax(?:es)?|vat|customs fees?) (?:owed|due|unpaid"
        r"|payable|to be paid|must be paid)|pay (?:the )?(?:duties|import|customs)"
        r"|missing (?:customs )?(?:documents|documentation|paperwork|invoice)"
        r"|(?:duties|taxes) and (?:duties|taxes) (?:owed|due|unpaid|payable)",
    ),
    rule(
        "en.customs.released",
        S.CUSTOMS_CLEARED,
        r"released (?:by|from) (?:the )?(?:import )?customs|customs (?:has )?released"
        r"|out (?:of )?customs(?: authorities)?\b",
        priority=81,
    ),
    rule(
        "en.customs.cleared",
        S.CUSTOMS_CLEARED,
        r"(?:customs |import )?clearance (?:(?:is |was |has been )?(?:completed?|finished"
        r"|successful|success|done|approved))|(?:cleared|released) (?:for delivery )?(?:through|by)"
        r" (?:the )?customs"
        r"|(?:has )?cleared customs|customs (?:cleared|clearance complete|approved)"
        r"|import (?:customs )?(?:clearance )?success|clearance processing complete",
    ),
    rule(
        "en.customs.started",
        S.CUSTOMS_STARTED,
        r"customs|clearance (?:processing|in progress|started|begun|initiated|event|delay)"
        r"|import clearance|awaiting clearance|(?:presented|submitted) for clearance",
        confidence=0.8,
    ),
    rule(
        "en.pickup.collected",
        S.DELIVERED,
        r"(?:collected|picked up|received) by (?:the )?(?:recipient|customer|addressee"
        r"|consignee|receiver)|customer (?:has )?(?:collected|picked up)"
        rf"|(?:collected|picked up) from {_PICKUP_PLACE}"
        r"(?! by (?:the )?(?:driver|courier|carrier))",
        priority=74,
    ),
    rule(
        "en.pickup",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:available|ready) for (?:pick ?up|collection)|ready to (?:be )?(?:collected|picked up)"
        r"|awaiting (?:collection|pick ?up)\b(?! (?:from|by) (?:the )?(?:sender|seller|shipper"
        r"|carrier|courier|driver))|held (?:at .{0,30} )?for (?:pick ?up|collection)"
        rf"|(?:arrived|delivered|placed|deposited|dropped off|stored) (?:at|in|to) {_PICKUP_PLACE}"
        rf"|(?:at|in) {_PICKUP_PLACE} (?:for|awaiting) (?:collection|pick ?up)"
        r"|you can (?:now )?(?:collect|pick up)|can be collected|held at (?:the )?post office",
    ),
    rule(
        "en.delivered",
        S.DELIVERED,
        r"delivered\b|delivery (?:completed?|successful|confirmed)|proof of delivery"
        r"|signed (?:for )?by|left (?:at|in|with|on) (?:the |your )?(?:front door|porch|door"
        r"|mailbox|letterbox|letter box|reception|neighbou?r|safe ?place|garage|back door"
        r"|doorstep)"
        r"|handed to (?:the )?(?:recipient|resident|customer|addressee|consignee)"
        r"|posted through (?:the )?letterbox",
    ),
    rule(
        "en.ofd.today",
        S.OUT_FOR_DELIVERY,
        r"(?:will|to) be delivered today|delivery (?:is )?(?:expected )?today",
        modal_ok=True,
    ),
    rule(
        "en.ofd",
        S.OUT_FOR_DELIVERY,
        r"out for delivery|with (?:the |our )?(?:courier|driver|delivery (?:driver|agent|courier"
        r"|partner)|postman|carrier) for delivery|on (?:board|the) (?:delivery )?vehicle"
        r"|loaded (?:on|onto) (?:the )?(?:delivery (?:vehicle|van|truck)|van)"
        r"|(?:driver|courier) is on (?:the|his|her|their) way|out with (?:the )?courier"
        r"|en route to (?:the )?(?:recipient|delivery address)|on its way to you today"
        r"|delivery in progress|out for final delivery|on [\w-]+ vehicle for delivery"
        r"|with delivery courier",
        # "Not out for delivery (today)": the round went without it, a delay. Dropping the
        # match let Indonesian's "out for delivery" answer surely.
        on_negation=S.DELAYED,
    ),
    rule(
        "en.delayed",
        S.DELAYED,
        r"delay(?:ed)?\b|running late|later than (?:expected|planned)|weather|rescheduled"
        r"|postponed|missed (?:flight|connection)|late (?:flight|arrival)|behind schedule",
    ),
    rule(
        "en.handed_over.carrier",
        S.HANDED_OVER,
        rf"(?:delivered|tendered|handed(?: over)?|transferred|forwarded|passed"
        rf"|given) to {_LAST_MILE}"
        r"(?! (?:office|counter) by)",
        priority=75,
    ),
    rule(
        "en.handed_over",
        S.HANDED_OVER,
        r"(?:handed|hand) ?over to (?:the )?(?:local|last[ -]?mile|delivery|domestic|destination"
        r"|final[ -]?mile)|(?:transferred|forwarded|tendered|passed|given) to (?:the )?(?:(?:local"
        r"|last[ -]?mile|domestic|final[ -]?mile|delivery|partner) ){1,2}(?:carrier|courier"
        r"|partner|post|postal|operator|service|company)|(?:received"
        r"|accepted) by (?:the )?(?:local"
        r"|last[ -]?mile|destination|domestic) (?:carrier|courier|post|postal|delivery)"
        r"|last[ -]?mile (?:carrier|courier|partner) (?:received|accepted|has)",
    ),
    rule(
        "en.arrived_destination",
        S.ARRIVED_DESTINATION,
        r"arriv(?:ed|al) (?:in|at|to) (?:the )?(?:country|region) of destination"
        r"|arriv(?:ed|al) (?:in|at) (?:the )?(?:destination|importing|import) (?:country|region"
        r"|airport|hub|gateway)|landed (?:in|at) (?:the )?destination|(?:arrived|received)"
        r" (?:at|in) (?:the )?(?:inward|destination|import) office of exchange"
        r"|(?:arrival|arrived) at (?:the )?inward|inbound into (?:the )?(?:destination )?country"
        r"|(?:reached|entered) (?:the )?destination country|flight (?:has )?(?:arrived|landed)",
    ),
    rule(
        "en.departed_origin",
        S.DEPARTED_ORIGIN,
        r"depart(?:ed|ure)? (?:from )?(?:the )?(?:country|region) of origin"
        r"|depart(?:ed|ure)? (?:from )?(?:the )?(?:origin|departure|export) (?:country|region)"
        r"|left (?:the )?(?:country|region) of origin|left (?:the )?(?:origin|export|departure)"
        r" (?:country|region)|(?:flight|airline|plane) (?:has )?(?:departed|taken off|took off)"
        r"|(?:sent|dispatched|shipped|forwarded) (?:abroad|overseas|to (?:the )?(?:destination"
        r" country|country of destination))|(?:departed|left) (?:the )?(?:outward|outbound)"
        r" office of exchange|international dispatch"
        r"|dispatched from (?:china|the uk)",
    ),
    rule(
        "en.accepted.seller",
        S.ACCEPTED,
        r"left the (?:seller|sender|merchant|shipper|warehouse)'?s? ?(?:facility|warehouse)?"
        rf"|(?:dispatched|shipped|sent) (?:from|by) {_SENDER}(?:'?s)?(?: warehouse)?"
        r"|left (?:the )?(?:seller|merchant|fulfil?lment) (?:facility|warehouse|center|centre)",
    ),
    rule(
        "en.accepted",
        S.ACCEPTED,
        r"accepted (?:at|by|for|into)|acceptance(?: scan)?|picked up\b|pickup scan"
        r"|(?:received|collected|posted|dropped off|handed in) (?:at|by"
        r"|from) (?:the )?(?:post office"
        r"|origin|sender|shipper|drop ?off|counter|branch|carrier|retail|usps|ups|fedex|dhl)"
        r"|(?:shipment|item|parcel|package) (?:was |has been )?(?:received|collected|posted"
        r"|accepted)\b|origin scan|we(?: have|'ve) (?:got|received) your (?:item|parcel|package)"
        r"|received by (?:the )?(?:carrier|courier|post)|in our possession|dropped off",
    ),
    # A consolidator's parcel "RECEIVED BY USPS" / "ACCEPTED BY USPS" is handed over (the
    # corpus's labels); USPS's own "Accepted at USPS Origin Facility" stays accepted.
    rule(
        "en.handed_over.by_usps.s15f",
        S.HANDED_OVER,
        r"(?:received|accepted) by usps$",
        priority=56,
    ),
    # Received/accepted at a node past the origin (a destination sort facility, an export
    # site, a gateway) is a transit scan, not the sender's acceptance.
    rule(
        "en.in_transit.received_at_node.s15f",
        S.IN_TRANSIT,
        r"(?:received|accepted) at (?:the )?(?:usps )?(?:destination|export|(?:origin )?gateway)"
        r"(?: [\w-]{1,20}){0,3}?",
        priority=46,
    ),
    rule(
        "en.info_pickup_requested",
        S.INFO_RECEIVED,
        r"awaiting (?:collection|pick ?up) (?:from|by) (?:the )?(?:sender|seller|shipper|carrier"
        r"|courier|driver)|pick ?up (?:scheduled|requested)|pick ?-?up has been registered",
        priority=73,
    ),
    rule(
        "en.info",
        S.INFO_RECEIVED,
        r"(?:shipment|order|electronic|shipping|item|package|parcel) (?:information|info|data"
        r"|notification|details) (?:received|sent|transmitted)|electronic (?:notification"
        r"|pre-?advice|advice|shipping info)|pre-?advice|label (?:created|printed|generated)"
        r"|created (?:a|the|shipping) label|(?:awaiting|expecting) (?:the )?(?:item|parcel"
        r"|package)|pre-?shipment|shipment (?:created|registered|booked)|order (?:processed"
        r"|received|created)|(?:we|carrier) (?:have|has) been notified|has not received the",
    ),
    rule(
        "en.delivered.alternate",
        S.DELIVERED,
        r"deliver(?:y|ed) to (?:a |the )?(?:neighbou?r|family member|spouse|agent|packetbox"
        r"|preferred (?:neighbou?r|location|place))|delivered (?:at|to) (?:the )?(?:preferred"
        r"|neighbou?r|safe place|secure place)|(?:secure|safe) place delivery"
        r"|collected (?:by the recipient )?from (?:the )?(?:automated site|parcel ?shop|locker)",
        priority=71,
    ),
    rule(
        "en.pickup.customer",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:to be|waiting to be) picked up by (?:the )?(?:customer|recipient|consignee|receiver)"
        r"|held (?:at .{0,20})?for (?:consignee|customer|recipient) collection|awaiting (?:cnee"
        r"|consignee|customer|recipient) (?:collection|pick ?up)|waiting for pick ?up by"
        r"|ready for (?:self collection|recipient pick ?up|customer pick ?up)"
        r"|handed over to the (?:parcel ?shop|parcel ?station|access point|post ?office)"
        r"|(?:delivered|arrived) (?:at|to) (?:a |the )?(?:different )?(?:dhl )?service ?point"
        r"|(?:notified|informed) about the (?:date and )?place for picking up",
        priority=73,
    ),
    rule(
        "en.customs.cleared.more",
        S.CUSTOMS_CLEARED,
        r"cleared (?:at|by|through) (?:import |the )?customs|(?:released|departed) (?:by|from)"
        r" (?:the )?(?:customs|clearance)|(?:clearance|broker) release|cleared by the broker",
        priority=79,
    ),
    rule(
        "en.customs.held.more",
        S.CUSTOMS_HELD,
        r"clearance (?:not possible|refused|failed)|rejected by (?:the )?customs"
        r"|inspection failed|paperwork missing|held (?:by|at|in) customs",
        priority=81,
    ),
    rule(
        "en.address.more",
        S.ADDRESS_ISSUE,
        r"moved|deceased|vacant|address (?:details )?(?:incorrect|unknown|corrected"
        r"|not (?:located|found))|address was unable to be found|wrong (?:zip|postal) code"
        r"|company dissolved|forward expired|(?:unit|suite|apartment) (?:number )?not provided",
        priority=83,
    ),
    rule(
        "en.failed.identity",
        S.FAILED_ATTEMPT,
        r"identification failed|id(?:entity)? ?check negativ|age[ -]check negativ"
        r"|could not identify|could not be reached|not been able to deliver|unable to attempt",
    ),
    rule(
        "en.returning.more",
        S.RETURNING,
        r"(?:on (?:its|the) )?way back to (?:the )?(?:client|sender|shipper|origin)"
        r"|return/return|prepared for return|return to shipper|recalled by (?:the )?sender"
        r"|returned to warehouse",
    ),
    rule(
        "en.handed_over.more",
        S.HANDED_OVER,
        r"hand ?over to (?:a )?(?:3rd|third) party|handover to carrier|handed over to the"
        r" (?:island |partner )?carrier|transferred between carriers|forwarded to (?:the )?"
        r"(?:local (?:carrier|post office)|delivery agent)",
        priority=56,
    ),
    rule(
        "en.delayed.more",
        S.DELAYED,
        r"mis[ -]?routed|missorted|mis-?sent|mis-?shipped|wrong (?:tour|route|facility)"
        r"|force majeur|traffic|congestion|weather|holiday|breakdown|out of time"
        r"|capacity (?:exceeded|issues?|restraints?)|not assigned to delivery|backlog"
        r"|(?:crew|vehicle|aircraft|driver) (?:/ \w+ )?unavailable|rescheduled",
    ),
    rule(
        "en.ofd.more",
        S.OUT_FOR_DELIVERY,
        r"(?:being|in) deliver(?:ed|y) to (?:the )?consignee|is being delivered"
        r"|out for distribution|on its way to the consignee|on board for delivery"
        r"|next stop on route|(?:we're|we are) almost there",
    ),
    rule(
        "en.departed_origin.more",
        S.DEPARTED_ORIGIN,
        r"departing origin|left (?:\w+ )?origin facility|departure to (?:the )?country of"
        r" destination|despatch(?:ed)? (?:parcels )?from export",
    ),
    rule(
        "en.arrived_destination.more",
        S.ARRIVED_DESTINATION,
        r"arrival (?:in|into) (?:the )?(?:destination )?country|arrival from abroad"
        r"|arrived in (?:the )?(?:destination country|new zealand|poland|australia)",
    ),
    rule(
        "en.accepted.more",
        S.ACCEPTED,
        r"tendered|pick ?up successful|picked up (?:at|from) (?:the )?(?:sender|customer"
        r"|shipper)|dropped off (?:at .{0,20})?by (?:the )?sender|handed over by (?:the )?"
        r"shipper|received (?:the|your) parcel|(?:has )?received your parcel"
        r"|registered (?:in network|by the post office)|first processed by"
        r"|(?:left|departed) the (?:customer|client|shipper)'?s? (?:facility|warehouse)",
    ),
    rule(
        "en.info.more",
        S.INFO_RECEIVED,
        r"data (?:was )?(?:entered|uploaded|submitted)|notified to \w+ electronically"
        r"|\bbooking\b|pick ?up (?:request|order) (?:created|has been received|received)"
        r"|not yet shipped|ticket created|in preparation|approved by|inventory allocated"
        r"|fulfilled",
    ),
    rule(
        "en.in_transit.more",
        S.IN_TRANSIT,
        r"\bprocessed\b|(?:incoming|outgoing|arrival|departure|location) scan"
        r"|scanned (?:at|in|into)|in facility|\bloaded\b|unloaded|(?:re-?)?routed"
        r"|redirect(?:ed|ion)|onforwarded|forward(?:ed)? to an other address"
        r"|arrival (?:at )?\w+ (?:office|facility)|crossing|grouped",
        confidence=0.75,
    ),
    rule(
        "en.exception.more",
        S.EXCEPTION,
        r"missing (?:document|label|data)|stopped by (?:the )?sender|confiscat|not picked up"
        r"|goods not ready|\binspection\b|failed (?:dangerous goods|product feature)"
        r"|not meet standard|unidentifiable|cannot be reached|whereabouts",
        confidence=0.6,
    ),
    rule(
        "en.customs.held.retained",
        S.CUSTOMS_HELD,
        r"(?:held|detained|retained|stopped) by (?:the )?(?:foreign |local |import |destination )?"
        r"customs|clearance information (?:needed|required|missing)|(?:missing|incomplete)"
        r" (?:clearance|commercial invoice)|(?:pending|awaiting) (?:release|clearance) (?:from|by)"
        r" (?:a |the )?(?:non-\w+ )?(?:government|broker|clearing)|pending government agency"
        r"|(?:not yet|pending) released? (?:by|from) (?:the )?customs|customs reject"
        r"|pre-?(?:inspection|clearance) (?:required|impossible)|(?:government|customs) documents"
        r" required|(?:import|export) gateway hold|(?:import|icod) (?:c\.o\.d\. )?(?:\(icod\) )?"
        r"charges (?:are )?due|rejected by the clearing agency|general order"
        r"|(?:has not assigned|needs) a broker|requires? custom'?s inspection|customs requiring",
        priority=81,
    ),
    rule(
        "en.customs.started.broker",
        S.CUSTOMS_STARTED,
        r"(?:preparing|reviewing) .{0,40}clearance|pending clearance|tendered to (?:the )?"
        r"(?:designated )?broker|with customs for clearance",
        priority=77,
    ),
    rule(
        "en.customs.cleared.office",
        S.CUSTOMS_CLEARED,
        r"cleared (?:by |at |through )?(?:the )?(?:foreign |import |local |destination )"
        r"?customs",
        priority=80,
    ),
    rule(
        "en.address.parts",
        S.ADDRESS_ISSUE,
        r"(?:apartment|suite|floor|street|unit|room|house) (?:number|name) (?:is )?(?:either )?"
        r"(?:missing|incorrect|needed|required|wrong)|(?:postal|zip) code (?:.{0,20} )?(?:is )?"
        r"(?:incorrect|missing|wrong)|missing (?:postal|zip) code|(?:city|state|company"
        r"|receiver) name (?:.{0,20} )?(?:is )?incorrect|(?:state|city) shown in the address"
        r"|update the address|alternate delivery address|complete address information"
        r"|problem with (?:the )?address|(?:recipient|consignee|addressee) (?:is )?(?:unknown"
        r"|could not be located)|no longer in business|delivery location is vacant|\bvacant\b"
        r"|directions to the address|not listed in the building directory"
        r"|(?:apo|fpo|p\.o\.) (?:or fpo )?(?:box )?address|delivery information incomplete",
        priority=85,
    ),
    rule(
        "en.pickup.held",
        S.AVAILABLE_FOR_PICKUP,
        r"held for (?:(?:customer|recipient|consignee) )?(?:pick[ -]?up|collection)"
        r"|being held for (?:pick[ -]?up|collection)|(?:available|ready) for pick-up"
        r"|delivered to (?:the )?post office for pick[ -]?up|requires pick[ -]?up from"
        r"|hold for pick[ -]?up at|left at .{0,30}(?:retail location|access point)"
        r"|remains at .{0,40}(?:access point|post office|pick[ -]?up point)"
        r"|arrived at .{0,20}pick[ -]?up point|arranged to pick up the package",
        priority=73,
    ),
    rule(
        "en.delivered.made",
        S.DELIVERED,
        r"delivery was made|complete the delivery|delivery with signature|left with (?:an )?"
        r"individual|neighbou?r - by request|(?:picked[ -]up|retrieved) from (?:ups )?access"
        r" point|left in a delivery bag|picked[ -]up by (?:agent or )?addressee"
        r"|picked[ -]up by agent (?:or addressee )?at (?:the )?post office",
        priority=71,
    ),
    rule(
        "en.delayed.held",
        S.DELAYED,
        r"held for future delivery|missed (?:the )?(?:scheduled )?(?:connection|transfer)"
        r"|did not arrive at the destination|missed at the destination|later delivery"
        r"|unable to load|labou?r strike|extraordinary circumstances|capacity limitations"
        r"|regulatory limits|no delivery attempt on scheduled day|incorrectly sorted"
        r"|(?:transit|network) (?:delays|disruption)|disruption in network"
        r"|after the (?:delivery )?commitment time",
    ),
    rule(
        "en.departed_origin.export",
        S.DEPARTED_ORIGIN,
        r"departure from origin|exported and in transit|dispatched from .{0,20}(?:intl"
        # "... for final delivery to receiver": the exchange office of the destination.
        r"|international) service cent(?:er|re)(?! for (?:final )?delivery)",
    ),
    rule(
        "en.exception.goods",
        S.EXCEPTION,
        r"\bclaim\b|investigation opened|prohibit(?:ed|s)|restricted (?:commodit|item)"
        r"|commodity (?:restricted|that cannot)|exceeds? the (?:maximum|limit)|overweight"
        r"|oversized|size limit|intercept(?:ed)?\b|contact customer for further instructions"
        r"|seized by law enforcement|label (?:became )?detached|lacks the appropriate"
        r"|rejected by (?:the )?international carrier|not valid for this package"
        r"|do not (?:currently )?serve|unable to contact (?:the )?(?:receiver|consignee|recipient)"
        r"|illegible or invalid",
        confidence=0.8,
    ),
    rule(
        "en.failed.more",
        S.FAILED_ATTEMPT,
        r"delivery was missed|(?:schedule|available for) redelivery|redelivery scheduled"
        r"|on vacation|no authorized (?:addressee|recipient)"
        r"|security access (?:our driver needs|required)|animal interference"
        r"|other non delivery",
    ),
    rule(
        "en.handed_over.postal",
        S.HANDED_OVER,
        r"received into (?:the )?postal network|transferred to (?:the )?(?:post office|a postal"
        r" provider)|(?:transferred to|has shipment).{0,10}delivery partner|delivery partner"
        r" has|post office to deliver|delivered to an agent for final delivery"
        r"|(?:shipment )?delivered to usps, package acceptance pending",
        priority=75,
    ),
    rule(
        "en.info.ready",
        S.INFO_RECEIVED,
        r"ready for (?:ups|roadie|fedex|dhl)|billing information (?:received|has been received)"
        r"|printed and applied the shipping label|received package details"
        r"|scheduled for pick ?up",
        priority=45,
    ),
    rule(
        "en.in_transit.facility",
        S.IN_TRANSIT,
        r"departed (?:ups |usps |international carrier )facility|(?:destination|warehouse"
        r"|export|unload|hub) scan|in warehouse|local delivery system|preparing for delivery"
        r"|scheduled for delivery|delivery scheduled|awaiting scheduled departure|order shipped"
        r"|instead of the post office|sent back to the post office for delivery"
        r"|enroute to usps",
        confidence=0.75,
    ),
    rule(
        "en.lost.dead_mail",
        S.LOST,
        r"dead mail|mail recovery cent(?:er|re)|lost and found|seized and/or destroyed",
        priority=97,
    ),
    rule(
        "en.returning.unclaimed",
        S.RETURNING,
        r"left unclaimed|\bunclaimed\b|return is out for delivery",
        priority=96,
    ),
    rule(
        "en.pickup.outlet",
        S.AVAILABLE_FOR_PICKUP,
        r"available at (?:the |a |an )?(?:\w+ )?(?:outlet|pick ?up point|service point|parcel ?shop"
        r"|post office|locker)",
        priority=73,
    ),
    rule("en.accepted.possession", S.ACCEPTED, r"in possession of (?:the )?item"),
    # Sure, not generic: both name a step of a parcel's journey, and a learned answer must not
    # overrule them (the model reads "distribution" as in "out for distribution").
    rule("en.in_transit.post", S.IN_TRANSIT, r"departed post office|\bin distribution\b"),
    rule(
        "en.in_transit",
        S.IN_TRANSIT,
        r"in transit|on (?:its|the) way|processed (?:at|through|in)|processing (?:at|complete)"
        r"|arriv(?:ed|al) at|depart(?:ed|ure) (?:from|facility|scan)|sort(?:ed|ing)"
        r"|in process|forwarded|moving through|left (?:the )?(?:facility|hub|depot|sort)"
        r"|dispatched|transferred|received at|en route|linehaul|trailer|handed over to (?:the )?"
        r"airline|transit",
        confidence=0.75,
    ),
    rule(
        "en.exception",
        S.EXCEPTION,
        r"exception|incident|problem|(?<!numeracao )irregular|on hold|clarification"
        r"|contact (?:the )?(?:sender"
        r"|shipper|customer service)|unable to process|issue with",
        confidence=0.6,
    ),
    # Session 5: wording for sub-statuses these rules had no words for, found by reading the
    # held-out sources' misses and written as general vocabulary (docs/classification.md).
    rule(
        "en.failed.to_deliver",
        S.FAILED_ATTEMPT,
        r"failed to (?:deliver|be delivered)|delivery attempt (?:failed|unsuccessful)",
    ),
    rule(
        "en.returned.back", S.RETURNED, rf"(?:delivered|returned) back to {_SENDER}", priority=100
    ),
    rule(
        "en.accepted.dropped",
        S.ACCEPTED,
        r"\bposted\b|dropped (?:off )?(?:at|in)|received (?:the )?(?:item|parcel|package"
        r"|shipment) from|collected from (?:the )?(?:sender|shipper|collection address)",
    ),
    rule(
        "en.info.not_sent",
        S.INFO_RECEIVED,
        r"not (?:yet )?(?:been )?(?:sent|shipped|dispatched)|tracking (?:number|id) (?:allocated"
        r"|assigned|issued)|\bannounced\b",
    ),
    rule(
        "en.exception.pickup_failed",
        S.EXCEPTION,
        r"attempted to (?:pick up|collect) (?:the |your )?(?:parcel|package|shipment|item)"
        r"|(?:pick ?up|collection) attempt (?:failed|unsuccessful)",
        priority=83,
    ),
    rule(
        "en.pending",
        S.PENDING,
        r"no tracking (?:information|info|data|details)|(?:not|no) (?:yet )?(?:any )?tracking"
        r" (?:information|info|updates?) (?:available|yet)",
    ),
    rule(
        "en.ofd.coming",
        S.OUT_FOR_DELIVERY,
        r"out for (?:home |local )?delivery|on ?board for delivery|(?:is )?coming (?:to you )?today"
        r"|expected to be delivered (?:today|during the day)",
        modal_ok=True,
    ),
    rule(
        "en.in_transit.centre",
        S.IN_TRANSIT,
        r"(?:left|reached|arrived at) (?:the |a )?(?:[\w-]{1,20} )?(?:cent(?:er|re)|terminal"
        r"|warehouse|connection point)|now at (?:the )?depot",
        confidence=0.75,
    ),
    # Session 6: general carrier wording the rules had no words for, written from the misses
    # on the training sources (never the held-out ones) and from the carriers' usual phrasing.
    rule(
        "en.failed.absent",
        S.FAILED_ATTEMPT,
        r"\bnot home\b|nobody (?:there|home)|no one (?:home|there|to receive|available)"
        r"|(?:recipient|receiver|consignee|customer) (?:is )?(?:not (?:present|available|at home"
        r"|in)|closed|absent)|uncontactable|closed on arrival|we missed (?:each other|you)"
        r"|deliv(?:ery|ering) (?:of the (?:shipment|parcel|package) )?failed|\bno access\b"
        r"|(?:receiver|recipient|business|premises|company|shop|store) (?:location )?closed"
        r"|cod not ready",
    ),
    rule(
        "en.address.moved",
        S.ADDRESS_ISSUE,
        r"(?:customer|receiver|recipient|consignee|addressee) (?:has )?moved|^moved$"
        r"|incorrect (?:delivery )?address|post ?code unknown|complete address information",
    ),
    rule(
        "en.pickup.point",
        S.AVAILABLE_FOR_PICKUP,
        r"ready (?:in|at) (?:the |a )?pick ?-?up|at (?:the |a )?pick ?-?up point"
        r"|waiting to be picked up$|hold at location"
        r"|automated collection|arrived (?:to|at) (?:\w+ )?pop\b",
    ),
    rule(
        "en.accepted.pickup",
        S.ACCEPTED,
        r"carrier accepted the (?:shipment|parcel|package)|^(?:shipment|piece|parcel) pick ?-?up$"
        r"|^pick(?:ed)? ?-?up by|handed in at|handed over to the courier$"
        r"|departed the warehouse of the shipper|at \w+ origin facility",
    ),
    rule(
        "en.handed_over.partner",
        S.HANDED_OVER,
        r"handed over (?:to|for) (?:the )?(?:[\w-]{1,20} )?(?:partner|external|final delivery)"
        r"|partner carrier",
    ),
    rule(
        "en.customs.started.general",
        S.CUSTOMS_STARTED,
        r"(?:held|available) for clearance|broker (?:informed|notified)|entry submitted"
        r"|declaration (?:has been )?submitted|dut(?:y|ies)(?:/tax)? payment received"
        r"|duty invoice",
    ),
    rule(
        "en.customs.held.general",
        S.CUSTOMS_HELD,
        r"held for (?:payment|exam)|contacted for payment|shipment seized"
        r"|incorrect or incomplete documentation",
    ),
    rule(
        "en.customs.cleared.general",
        S.CUSTOMS_CLEARED,
        r"declaration completed|import (?:c\.o\.d\.|cod) .{0,20}paid",
    ),
    rule(
        "en.delayed.general",
        S.DELAYED,
        r"mis-?sort|wrong facil|temporarily (?:not possible|in storage)|on another day"
        r"|held (?:for|until) (?:the )?next (?:working|business) day|next working day delivery"
        r"|processing expected next|\boverload\b|delivery (?:date|time) (?:has been )?(?:changed"
        r"|updated)|held (?:on|at) (?:the )?shipper.?s? request|held according to"
        r"|held until all",
    ),
    rule(
        "en.delivered.general",
        S.DELIVERED,
        r"handed over to (?:the )?(?:recipient|receiver|consignee|addressee)|left without receipt"
        r"|\bsecure place\b|signature received|(?:shipment|parcel|package) in (?:the )?"
        r"(?:letterbox|mailbox|postbox)|partial delivery|delivery according to agreement"
        r"|preferr?ed neighbou?r",
    ),
    rule(
        "en.departed_origin.general",
        S.DEPARTED_ORIGIN,
        r"departed on outbound flight|\bleft origin\b",
    ),
    rule(
        "en.ofd.general",
        S.OUT_FOR_DELIVERY,
        r"^in delivery(?: process)?$|en ?route to delivery$|with (?:the )?deliver(?:ing|y) courier"
        r"|handed (?:out|over) to (?:the )?courier for delivery|delivered to you today"
        r"|driver is arriving|in the route of the courier",
        modal_ok=True,
    ),
    rule(
        "en.info.general",
        S.INFO_RECEIVED,
        r"consignment created|^created$|electronic(?:al)? (?:shipment )?(?:information|data"
        r"|pre ?-?advi[cs]e)|pre ?-?advi[cs]e|pre_transit|^manifested$|pick ?-?up booked"
        r"|collection arranged|shipment (?:is )?planned|expected,? but not yet"
        r"|not physically presented|ready for drop ?-?off|freight bill provided"
        r"|accepted the data",
    ),
    rule(
        "en.returning.general",
        S.RETURNING,
        r"(?:on route|en route|on (?:its|the) way) (?:back )?to (?:the )?(?:sender|shipper)"
        r"|sent back to (?:the )?(?:sender|shipper)|return facility",
    ),
    rule("en.returned.general", S.RETURNED, r"deliv?ere?d to (?:the )?(?:sender|shipper)"),
    rule("en.lost.general", S.LOST, r"dead letter"),
    rule("en.pending.general", S.PENDING, r"status (?:as yet )?unknown"),
    rule("en.refused.general", S.REFUSED, r"rejected after opening|because of refusal"),
    rule(
        "en.exception.general",
        S.EXCEPTION,
        r"delivery (?:was )?interrupted|shipment stopped|^held$|error during|^abandoned$"
        r"|loading issue|not (?:be )?processed|could not be (?:handed over|picked up)"
        r"|insufficient space|too large|waiting for customer action|delivery .{0,20}suspended",
        confidence=0.6,
    ),
    rule(
        "en.in_transit.general",
        S.IN_TRANSIT,
        r"\barriv(?:al|ed)\b|\bdepart(?:ed|ure)?\b|\benroute\b|at (?:the )?(?:[\w-]{1,20} )?"
        r"(?:sort(?:ing)? )?(?:facility|airport|destination)|plane (?:landed|in flight)"
        r"|screened successfully|screening (?:process )?(?:is )?completed"
        r"|ready for (?:departure|shipment)|cross-?docking|scanned|weighed|has left"
        r"|is back (?:in|at)|available for delivery"
        r"|ready (?:for|to be) deliver",
        confidence=0.75,
    ),
    # Session 9: wording that recurs across carriers in the training sources' misses (never
    # the held-out sources'): a return parcel's own journey, pickups from the sender that
    # fail, the destination country, customs holds named by their cause, and pickup points.
    rule(
        "en.returning.return_shipment",
        S.RETURNING,
        r"\breturns? (?:shipment|parcel|package|item)s?\b(?! label| is hold)"
        r"|\breturn (?:picked up|arrived|dispatched|loaded|scanned|was processed|received)"
        r"|(?:loaded|departed) .{0,40}\bfor return\b",
    ),
    rule(
        "en.returning.not_collected",
        S.RETURNING,
        r"not (?:been )?collected (?:at|from|in) (?:the |a )?(?:[\w-]{1,20} ){0,2}(?:parcel ?shop"
        r"|locker|service ?point|access point|post office|pick ?-?up (?:point|location)|outlet)"
        r"|not collected within \d+ days",
        priority=96,
    ),
    # A reminder that the parcel "has not (yet) been collected" waits at the point; "not
    # collected within N days" or a return that follows stays returning (above).
    rule(
        "en.pickup.not_yet_collected",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:has|have) not (?:yet )?been (?:collected|picked up)(?!.{0,60}(?:return|within))",
        priority=97,
    ),
    rule(
        "en.in_transit.forwarded",
        S.IN_TRANSIT,
        r"forwarded to (?:the )?(?:new address|(?:addressee'?s )?address (?:that is )?on file)",
        priority=86,
    ),
    rule(
        "en.in_transit.at_facility",
        S.IN_TRANSIT,
        r"(?:at|in) (?:the |a )?(?:[\w-]{1,20} ){0,2}(?:facility|warehouse|depot"
        r"|(?:parcel )?(?:delivery|dispatch|distribution|sorting) cent(?:re|er))\b",
        confidence=0.75,
    ),
    rule(
        "en.info.seller",
        S.INFO_RECEIVED,
        r"awaiting (?:seller|sender|merchant) (?:dispatch|shipment)|pending (?:shipping|shipment"
        r"|dispatch) by (?:the )?(?:seller|sender|merchant)|^pending pick ?-?up$"
        r"|(?:item|parcel|awb) (?:has been |was )?(?:registered|issued)\b|^awb (?:issued|created)"
        r"|registered at (?:the )?sender|(?:information about|informed of) an? (?:upcoming"
        r"|incoming) (?:delivery|shipment|parcel|package)",
    ),
    rule(
        "en.info.return_label",
        S.INFO_RECEIVED,
        r"(?:generated|created|printed) (?:a |the )?return label|return label (?:created"
        r"|generated|printed)",
    ),
    rule(
        "en.delayed.later_date",
        S.DELAYED,
        r"delivered at a later date|will be kept .{0,40}(?:to wait for|until)",
        priority=71,
        modal_ok=True,
    ),
    rule(
        "en.delayed.wrong_place",
        S.DELAYED,
        r"delivered to the wrong|delivery (?:is|has been) delayed",
        priority=71,
    ),
    rule(
        "en.info.pickup_order",
        S.INFO_RECEIVED,
        r"pick ?-?up (?:order|data|request) (?:has been |was )?received|out for (?:parcel )?"
        r"collection|approaching (?:the )?pick ?-?up location",
        priority=45,
    ),
    rule(
        "en.exception.handover_point",
        S.EXCEPTION,
        r"(?:could not|couldn.t) be handed over to the (?:service ?point|parcel locker|post office"
        r"|parcel ?shop)|handover to (?:the )?service ?point failed",
        priority=69,
        confidence=0.8,
    ),
    rule(
        "en.exception.prohibited",
        S.EXCEPTION,
        r"prohibited (?:contents|goods)",
        priority=83,
    ),
    rule(
        "en.returned.sender",
        S.RETURNED,
        r"delivered (?:at|back to) (?:the )?(?:business )?(?:sender|shipper)|\breturns delivered"
        # A bare "Returned", with or without the thing named ("Package returned"): other
        # languages' returning rules read the English word otherwise.
        r"|^(?:(?:the |your )?(?:package|parcel|shipment|item) (?:has been |was )?)?returned$",
        priority=100,
    ),
    rule(
        "en.exception.pickup",
        S.EXCEPTION,
        r"(?:pick ?-?up|collection) (?:order )?(?:attempted|unsuccessful|not successful|failed)"
        r"|incorrect pick ?-?up address|not picked up due to|(?:failed|unsuccessful|new|second"
        r"|final|another) (?:pick ?-?up|collection) attempt|^not collected -"
        r"|collection shipment not collected|pick ?-?up address"
        r" (?:is )?closed|^(?:final |second )?pick ?-?up attempted",
        priority=89,
    ),
    rule(
        "en.arrived_destination.country",
        S.ARRIVED_DESTINATION,
        r"(?:arrived|arrival|received|awaiting delivery)\b.{0,30}\bin (?:the )?(?:country of"
        r" destination|destination country)\b|postal operator of the (?:country of destination"
        r"|destination country)",
    ),
    rule(
        "en.departed_origin.facility",
        S.DEPARTED_ORIGIN,
        r"depart(?:ed|ure) (?:from )?(?:the )?(?:origin|export) (?:facility|hub|gateway)",
    ),
    rule(
        "en.customs.held.cause",
        S.CUSTOMS_HELD,
        r"(?:delay(?:ed)?|investigation|sample check|interception) (?:.{0,30} )?"
        r"(?:at|by|during|in) (?:the )?customs|delay(?:ed)? (?:during|in) (?:the )?clearance"
        r"|(?:details|information) needed to clear customs|import controls",
        priority=81,
    ),
    rule(
        "en.customs.refused", S.CUSTOMS_HELD, r"clearance refused|refused by customs", priority=87
    ),
    rule(
        "en.customs.cleared.approved",
        S.CUSTOMS_CLEARED,
        r"customs (?:(?!\bnot\b).){0,40}\bapproved|(?:departed|left) (?:the )?customs facility",
        priority=79,
    ),
    rule(
        "en.ofd.vehicle",
        S.OUT_FOR_DELIVERY,
        # A bare vehicle or truck is a line haul too ("Loaded onto truck at origin facility").
        r"loaded (?:in|into|to|onto|on) (?:the )?(?:(?:delivery )?van|delivery (?:vehicle|truck))"
        r"|(?:driver|courier) is en route(?! to (?:the |a )?(?:[\w-]+ )?(?:outlet|locker|pick"
        r"|parcel|service|post office))|on (?:its|the) way to the (?:recipient|consignee"
        r"|addressee)|out for (?:second|next|another|final) delivery attempt"
        r"|delivery attempt in progress|released for delivery(?! by customs)"
        r"|out for post office delivery",
        priority=83,
    ),
    rule(
        "en.pickup.collected_at",
        S.DELIVERED,
        r"(?:collected|picked[ -]up) (?:at|in|from) (?:the |a |an )?(?:[\w-]{1,20} ){0,2}"
        r"(?:service ?point|access point|outlet|parcel ?shop|pick ?-?up point|locker)"
        r"(?!.{0,30}\b(?:sorted|further shipment|by (?:the )?(?:driver|courier|carrier)))",
        priority=74,
    ),
    rule(
        "en.accepted.collected_from_point",
        S.ACCEPTED,
        r"picked[ -]up (?:from|at) (?:the |a )?(?:[\w-]+ )?(?:parcel ?locker|point|parcel ?shop"
        r"|service ?point|pick ?-?up point) by (?:the )?(?:courier|driver)"
        r"|picked[ -]up at .{0,30}parcel ?shop and sorted",
        priority=75,
    ),
    rule(
        "en.info.sender_prepared",
        S.INFO_RECEIVED,
        r"prepared by the (?:sender|shipper|seller)|(?:provided|transmitted|sent) .{0,30}"
        r"\belectronically\b",
    ),
    rule("en.pickup.awaiting", S.AVAILABLE_FOR_PICKUP, r"awaiting pick-up\b(?! (?:from|by))"),
    rule(
        "en.accepted.dropped_by_sender",
        S.ACCEPTED,
        r"dropped off at .{0,40}\bby (?:the )?(?:sender|customer|shipper|consignor)",
        priority=73,
    ),
    rule(
        "en.pickup.delivered_to_point",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:delivered|dropped off) (?:by (?:the )?(?:driver|courier) )?(?:at|to) (?:the |a )?"
        r"(?:pick ?-?up (?:parcel ?shop|location|point)|parcel ?shop|parcel ?locker)"
        r"|to be collected at|ready for a pick ?-?up|prepared for self-?collect"
        r"|arrival at (?:the )?pick ?-?up[ -]?point",
        priority=73,
    ),
    rule(
        "en.pickup.held_for_pickup",
        S.AVAILABLE_FOR_PICKUP,
        r"held for pick ?-?up",
        priority=76,
        modal_ok=True,
    ),
    rule(
        "en.handed_over.third_party",
        S.HANDED_OVER,
        r"(?:handed over|forwarded|transferred) to (?:a |the )?(?:3rd|third) party"
        r"|(?:handed over|transferred) to (?:the )?(?:transport|delivery) provider",
        priority=56,
    ),
    rule(
        "en.lost.disposal",
        S.LOST,
        # Not "at your disposal at the post office" (waiting) nor "disposal instructions".
        r"\bdisposal\b(?<!your disposal)(?! instructions)|being disposed",
        modal_ok=True,
    ),
    rule(
        "en.refused.damage",
        S.REFUSED,
        r"refused .{0,30}(?:due to|because of) damage|refused delivery",
        priority=91,
    ),
    # Session 10 (from training misses: UPU EMS, Asendia USA, DHL Paket, Canpar, Sendle, FedEx).
    rule(
        "en.departed_origin.s10",
        S.DEPARTED_ORIGIN,
        r"(?:departed|left) (?:from )?(?:the )?export office"
        r"|depart(?:ed|s)? (?:from )?(?:the )?(?:usa|united states|china|mainland china|uk"
        r"|united kingdom)\b(?! ?(?:facility|hub|gateway|depot|sort|office|airport|warehouse|post"
        r"|mail|customs|branch|station))",
    ),
    rule(
        "en.arrived_destination.s10",
        S.ARRIVED_DESTINATION,
        r"(?:arrived|arrival) at (?:the )?destination import office",
    ),
    rule(
        "en.accepted.s10",
        S.ACCEPTED,
        r"pick ?-?up successful|pick ?-?up from (?:the )?(?:customer/shipper|customer|shipper"
        r"|sender)\b|posting at (?:the )?(?:packstation|post office|parcel ?shop|branch)",
    ),
    rule(
        "en.info.s10",
        S.INFO_RECEIVED,
        r"(?:information|data) uploaded|(?:shipment|parcel|item|package) pre-?alerted"
        r"(?!.{0,40}\band\b)|data received",
    ),
    rule(
        "en.info.acceptance_pending",
        S.INFO_RECEIVED,
        r"acceptance pending",
        priority=46,
    ),
    rule(
        "en.handed_over.local_carrier",
        S.HANDED_OVER,
        r"handled by (?:the |a )?local (?:carrier|courier|postal (?:operator|service)|partner)",
    ),
    rule(
        "en.in_transit.s10",
        S.IN_TRANSIT,
        r"arriving (?:early|on[- ]?time)|parcel cent(?:er|re)",
        confidence=0.8,
    ),
    rule(
        "en.ofd.s10",
        S.OUT_FOR_DELIVERY,
        r"loaded for delivery|on the way to deliver\b|submitted for delivery",
    ),
    rule(
        "en.info.s10b",
        S.INFO_RECEIVED,
        r"on the way to pick ?-?up|about to pick ?-?up|new order\b"
        r"|ready for (?:the )?(?:delivery company|carrier|courier|driver) to pick ?-?up"
        r"|(?:item|parcel|package|shipment|label) (?:has been|was) printed",
    ),
    # Session 11 (Biteship's tracking notes, Thailand Post's answer; training sources' misses):
    # a courier allocated, sought or on the way to collect is the pickup being arranged (above
    # the "courier is on the way" of the last mile); "picked and ready to be shipped" is the
    # carrier's acceptance; UPU's bare "Final delivery" event is the delivery itself.
    rule(
        "en.info.pickup.s11",
        S.INFO_RECEIVED,
        r"on the way to pick ?-?up|locating (?:the )?nearest (?:driver|courier)"
        r"|(?:courier|driver) has been (?:allocated|assigned)",
        priority=67,
    ),
    rule("en.accepted.s11_ready", S.ACCEPTED, r"picked and ready to (?:be )?ship"),
    rule(
        "en.ofd.s11_on_the_way",
        S.OUT_FOR_DELIVERY,
        r"on the way to (?:the )?(?:customer|recipient)\b",
    ),
    rule("en.delivered.s11_final", S.DELIVERED, r"^final delivery\W*$"),
    rule(
        "en.address.s10",
        S.ADDRESS_ISSUE,
        r"(?:undelivered|not delivered|undeliverable)\W{1,3}moved\b"
        r"|address (?:details )?(?:are|is) (?:not correct|incorrect|wrong|invalid)",
        priority=85,
    ),
    rule(
        "en.refused.s10",
        S.REFUSED,
        r"not accepted (?:when|on|at|during) (?:the )?delivery"
        r"|(?:not |un)willing to accept|refusal (?:of|to pay) (?:the )?(?:payment (?:of )?)?"
        r"(?:the )?(?:customs|duty|duties|import)",
        priority=87,
    ),
    rule(
        "en.handed_over.s10",
        S.HANDED_OVER,
        r"transferred to (?:the )?international (?:shipping|carrier|service|partner)",
    ),
    rule(
        "en.departed_origin.left_for",
        S.DEPARTED_ORIGIN,
        # "The item left Hong Kong for its destination": a place name, not a facility.
        r"\bleft (?!the\b)(?![\w ]{0,30}(?:facility|cent(?:re|er)|hub|depot|office|warehouse"
        r"|station|point))[\w ]{2,30} for (?:its|the) destination",
    ),
    rule(
        "en.in_transit.s10b",
        S.IN_TRANSIT,
        r"left (?:the )?acceptance point|received at (?:the )?destination (?:warehouse|facility|hub"
        r"|depot|station)",
        priority=45,
    ),
    rule(
        "en.in_transit.station",
        S.IN_TRANSIT,
        r"(?:outbound|inbound) (?:from|to|at) (?:the )?\w{2,20} (?:station|hub|depot|facility)"
        r"|expected delivery (?:by|on)\b",
        confidence=0.8,
    ),
    rule(
        "en.delivered.s10",
        S.DELIVERED,
        r"(?:package|parcel|item|shipment) (?:has been|was) signed\b"
        r"|(?:receiver|recipient|addressee|consignee) (?:has )?(?:collected|picked up) (?:their|the"
        r"|his|her) (?:package|parcel|item|shipment)",
    ),
    rule(
        "en.pickup.held_location",
        S.AVAILABLE_FOR_PICKUP,
        r"held at (?:the )?(?:selected|chosen|requested) (?:[\w-]{1,15} )?location",
        priority=73,
        modal_ok=True,
    ),
    rule(
        "en.exception.instructions",
        S.EXCEPTION,
        r"(?:pending|awaiting) (?:further )?instructions",
        priority=45,
        confidence=0.8,
    ),
    rule(
        "en.customs.s10",
        S.CUSTOMS_STARTED,
        r"processed by (?:the )?brokerage|waiting for clearance",
    ),
    rule(
        "en.customs.released.agency",
        S.CUSTOMS_CLEARED,
        r"released by (?:the )?(?:clearing|customs|government) agency",
        priority=81,
    ),
    rule(
        "en.address.postcode",
        S.ADDRESS_ISSUE,
        r"(?:incorrect|wrong|missing|invalid) post ?code|post ?code (?:is )?(?:incorrect|missing"
        r"|wrong|invalid)|addressee relocated|(?:wrong|incorrect|invalid) (?:consignee|recipient"
        r"|receiver) address|room number needed",
        priority=85,
    ),
    # Session 11 (branch s11-textsen), from the new training sources' misses (Canada Post's event
    # table, Purolator's descriptions, recorded FedEx/USPS answers, Delhivery, DPD Ireland).
    rule(
        "en.accepted.s11",
        S.ACCEPTED,
        r"\bin (?:fedex|ups|usps|dhl|carrier|our) possession|mailed in (?:the )?origin country"
        r"|received by [a-z]+ for processing",
        priority=45,
    ),
    rule(
        "en.info.s11",
        S.INFO_RECEIVED,
        r"information (?:was |has been )?electronically submitted|manifest uploaded",
    ),
    rule(
        "en.in_transit.s11",
        S.IN_TRANSIT,
        # A facility's receipt or arrival scan after the pickup, not the acceptance itself.
        r"arrived at (?:the )?(?:[\w-]{1,10} )?(?:regional )?origin facility"
        r"|received at (?:the )?facility\b|added to (?:the )?bag\b|bag added to trip"
        r"|prepared for export|origin post is preparing",
        priority=45,
    ),
    rule(
        "en.in_transit.delivery_office",
        S.IN_TRANSIT,
        # The local delivery office, not the country's arrival (session 10's relabel).
        r"(?:received|arrived) at the delivery office",
        priority=53,
    ),
    rule(
        "en.arrived_destination.s11",
        S.ARRIVED_DESTINATION,
        r"arrived in (?:a|the) foreign country|arrived in canada\b",
    ),
    rule(
        "en.handed_over.s11",
        S.HANDED_OVER,
        r"transferred to (?:a |our |the )?partner\b",
        priority=55,
    ),
    rule(
        "en.ofd.s11",
        S.OUT_FOR_DELIVERY,
        r"^on vehicle for delivery|on (?:a|the|our) (?:delivery )?van\b",
    ),
    rule(
        "en.ofd.today_to_you",
        S.OUT_FOR_DELIVERY,
        r"(?:will|to) be delivered to you today",
        modal_ok=True,
    ),
    rule(
        "en.pickup.s11",
        S.AVAILABLE_FOR_PICKUP,
        r"held at (?:the |a )?(?:[\w-]{1,15} )?(?:location|facility|office|depot) for (?:the )?"
        r"(?:recipient|customer|receiver)? ?pick ?-?up|available for (?:the )?(?:receiver"
        r"|recipient|customer) to pick ?-?up"
        r"|delivered to (?:an? |the )?automated (?:parcel )?locker"
        r"|(?:receiver|recipient|consignee) advised (?:they|he|she) will pick ?-?up"
        r"|(?:have|has) an? (?:package|parcel) to pick ?-?up\b",
        priority=73,
        modal_ok=True,
    ),
    rule(
        "en.delivered.s11",
        S.DELIVERED,
        # Canada Post's delivery scans say where the item now is at the recipient's.
        r"\bitem is (?:at|in|with)(?: or in)? (?:the )?(?:recipient'?s|your)\b(?! local| nearest)"
        r"|received at (?:the )?(?:recipient'?s|your) (?:address|door|home)"
        r"|removed from (?:the )?(?:parcel )?locker",
        priority=74,
    ),
    rule(
        "en.delayed.s11",
        S.DELAYED,
        r"(?:on hold|held) at (?:the )?(?:recipient|customer|consignee|receiver)'?s? request",
        priority=69,
    ),
    rule(
        "en.address.s11",
        S.ADDRESS_ISSUE,
        r"verifying (?:the )?(?:recipient'?s |delivery |customer'?s )?address|addressing error",
    ),
    rule(
        "en.failed.s11",
        S.FAILED_ATTEMPT,
        r"notice card left|business (?:was |is )?temporarily closed",
    ),
    rule(
        "en.exception.s11",
        S.EXCEPTION,
        r"unable to deliver to (?:the )?(?:parcel )?locker|outside (?:the )?(?:partner |delivery )?"
        r"service area|on hold at a secure facility",
        priority=83,
    ),
    rule(
        "en.returning.s11",
        S.RETURNING,
        r"(?:en ?route|on (?:its|the) way) (?:back )?to (?:the )?(?:sender|shipper|merchant|seller"
        r"|consignor)\b",
    ),
    # Session 12 (branch s12-textsb): written from the training sources' misses (never from the
    # held-out sources' texts); ids end in .sb12.
    rule(
        "en.pickup.sb12",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:informed|notified) (?:the )?consignee of (?:the )?arrival",
    ),
    # A pre-advice "received from the sender" is data, not the parcel (above accepted's 44).
    rule(
        "en.info.sb12",
        S.INFO_RECEIVED,
        r"pre-?information (?:is |was |has been )?received",
        priority=45,
    ),
    rule(
        "en.info.more.sb12",
        S.INFO_RECEIVED,
        r"shipment info\.? registered|shipping scheduled|order (?:has been |was )?created"
        r"|ready for warehousing",
    ),
    rule(
        "en.ofd.sb12",
        S.OUT_FOR_DELIVERY,
        r"ready for delivery transportation|currently deliver(?:l?ing)",
    ),
    rule(
        "en.ofd.van.sb12", S.OUT_FOR_DELIVERY, r"about to be delivered by (?:the )?(?:van )?driver"
    ),
    rule("en.handed_over.sb12", S.HANDED_OVER, r"^handed over$"),
    # "handed to coloader": the hand-over is the event; a delay word after it in these texts is
    # part of a reference number, so the rule sits just above delayed (68).
    rule(
        "en.handed_over.coloader.sb12",
        S.HANDED_OVER,
        r"handed (?:over )?to (?:a )?co-?loader",
        priority=69,
    ),
    rule(
        "en.accepted.sb12",
        S.ACCEPTED,
        r"left (?:the )?shipper'?s? (?:facility|warehouse)|posting over the counter"
        r"|completion of (?:the )?warehousing",
    ),
    rule(
        "en.customs.started.sb12",
        S.CUSTOMS_STARTED,
        r"pre-?arrival clearance|clearance process started",
    ),
    rule(
        "en.in_transit.sb12", S.IN_TRANSIT, r"postal service facility|^processing$", confidence=0.75
    ),
    # A sorting centre receiving an order is the parcel moving, not data (above info's 40).
    rule(
        "en.in_transit.sorting.sb12",
        S.IN_TRANSIT,
        r"received at (?:the )?(?:local )?sort(?:ing)? (?:centre|center|facility)",
        priority=45,
    ),
    rule("en.delivered.sb12", S.DELIVERED, r"completion of (?:the )?delivery"),
    rule("en.arrived.sb12", S.ARRIVED_DESTINATION, r"aircraft arriv(?:al|ed)"),
    rule("en.departed.sb12", S.DEPARTED_ORIGIN, r"aircraft depart(?:ure|ed)"),
    # Batch 2 (paketda.de's English twins, Track123's status docs; training sources).
    rule(
        "en.arrived.ipz.sb12",
        S.ARRIVED_DESTINATION,
        r"arrived at the international logistics cent(?:er|re)",
    ),
    rule(
        "en.customs.held.missing.sb12",
        S.CUSTOMS_HELD,
        r"customs clearance: .{0,40}missing|import details missing",
    ),
    # Export customs is the origin side of the journey, above the customs rules (as export wording).
    rule(
        "en.in_transit.export.sb12",
        S.IN_TRANSIT,
        r"cleared customs in the country of origin",
        priority=82,
    ),
    rule("en.in_transit.way.sb12", S.IN_TRANSIT, r"on it's way", confidence=0.75),
    rule(
        "en.delivered.pickup.sb12",
        S.DELIVERED,
        # the pick-up done, not offered, awaited or failed ("ready for pick-up by the recipient")
        r"(?<!for )(?<!awaiting )pick-?up by the (?:recipient|consignee)"
        r"(?! (?:failed|unsuccessful|not))",
        priority=74,
    ),
    # "Delivery failed due to address related issues": the failure is negation, the cause stands.
    rule(
        "en.address.sb12",
        S.ADDRESS_ISSUE,
        r"address[- ]related issues?",
        on_negation=S.ADDRESS_ISSUE,
    ),
    # The parcel back with its sender; not the sender's data reaching the carrier.
    rule(
        "en.returned.sb12",
        S.RETURNED,
        r"received(?<!information received)(?<!data received) by the sender",
    ),
    rule(
        "en.info.request.sb12",
        S.INFO_RECEIVED,
        r"received a request from the shipper",
    ),
    # Batch 4 (ShaQ Express's and Meest's English docs, training sources).
    rule("en.info.yet.sb12", S.INFO_RECEIVED, r"yet to be received"),
    # "received ... for onward delivery" is a node passing it on, above accepted (44).
    rule("en.in_transit.onward.sb12", S.IN_TRANSIT, r"for onward delivery", priority=45),
    rule("en.ofd.enroute.sb12", S.OUT_FOR_DELIVERY, r"en[- ]route to be delivered"),
    # A new attempt booked is the delay, above the failed attempt (82) its words name.
    rule(
        "en.delayed.rescheduled.sb12",
        S.DELAYED,
        r"rescheduled for (?:a )?new delivery",
        priority=83,
    ),
    rule(
        "en.delayed.hold.sb12",
        S.DELAYED,
        r"on hold based on (?:the )?(?:customer|recipient|consignee)'?s? request",
    ),
    rule(
        "en.failed.unreachable.sb12",
        S.FAILED_ATTEMPT,
        r"(?:customer|recipient|consignee) (?:is |was )?unreachable",
    ),
    rule(
        "en.pickup.postomat.sb12",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:arrived|placed|delivered) (?:on|in|to|at) (?:the )?postomat",
    ),
    # Session 12 (branch s12-vocabb): general wording of any English-speaking carrier, written
    # from the language and the vocabulary file (never from held-out texts); ids end in .vb12.
    rule(
        "en.info.vb12",
        S.INFO_RECEIVED,
        r"sender has created (?:a |the )?(?:shipping )?label|received (?:your|the) order details"
        r"|prepared for dispatch by the (?:sender|seller|merchant)|\bmanifest received",
    ),
    # Ready for the courier to collect from the sender: before the parcel moves, not a pickup
    # by the recipient (72).
    rule(
        "en.info.courier_pickup.vb12",
        S.INFO_RECEIVED,
        r"ready for (?:pick-?up|collection) by (?:the |a |our )?(?:courier|carrier|driver)",
        priority=73,
    ),
    rule(
        "en.accepted.vb12",
        S.ACCEPTED,
        r"drop-?off at (?:the |a )?post office|\blodged\b",
    ),
    # A transit hub receiving the parcel is transit, not the first acceptance (44).
    rule(
        "en.in_transit.hub.vb12",
        S.IN_TRANSIT,
        r"received (?:at|in) (?:the |a |our )?(?:transit|sorting|sort|regional|gateway)"
        r" (?:hub|cent(?:er|re)|facility|depot)",
        priority=45,
        confidence=0.85,
    ),
    rule(
        "en.departed.vb12",
        S.DEPARTED_ORIGIN,
        r"(?:dispatched|shipped|departed|left) from (?:the )?(?:origin country|country of origin)"
        r"|departed (?:from )?(?:the )?origin airport",
        priority=51,
    ),
    rule(
        "en.arrived.vb12",
        S.ARRIVED_DESTINATION,
        r"arrived in the (?:uk|us|usa|united kingdom|united states)\b",
    ),
    rule(
        "en.handed_over.vb12",
        S.HANDED_OVER,
        r"handed (?:over )?to (?:our |the |a )?(?:(?:local |last[- ]mile )?delivery partner"
        r"|last[- ]mile (?:carrier|courier|partner))",
        priority=55,
    ),
    rule(
        "en.customs.held.vb12",
        S.CUSTOMS_HELD,
        r"customs requires?\b|importer documentation|(?:duty|duties|tax|taxes) payment required",
    ),
    rule("en.ofd.vb12", S.OUT_FOR_DELIVERY, r"(?:is|are) with (?:the|our|your) (?:driver|courier)"),
    rule("en.pickup.vb12", S.AVAILABLE_FOR_PICKUP, r"ready (?:for you )?to collect\b"),
    rule(
        "en.address.vb12",
        S.ADDRESS_ISSUE,
        r"missing (?:apartment|apt|suite|unit|house|flat|street|building) (?:number|no)\b",
    ),
    rule(
        "en.pending.vb12",
        S.PENDING,
        r"tracking information (?:is )?not yet available",
        on_negation=S.PENDING,
    ),
    rule(
        "en.expired.vb12",
        S.EXPIRED,
        r"no (?:tracking )?updates? for (?:a long time|\d+ days)",
        on_negation=S.EXPIRED,
    ),
    # Couriers in Asia and Africa: booking and manifest wording, riders, RTO/RTS (return to
    # origin/sender), branches.
    rule(
        "en.info.courier.vb12",
        S.INFO_RECEIVED,
        r"(?:shipment|parcel|order|package|consignment) (?:has been |was )?manifested\b(?! for)"
        r"|(?:pick-?up) (?:rider|courier|driver|agent) assigned"
        r"|(?:seller|sender|merchant) is preparing|(?:being|been) packed\b"
        r"|(?:waybill|awb|consignment note) (?:generated|created)",
    ),
    rule(
        "en.accepted.booked.vb12", S.ACCEPTED, r"booked at (?:the )?(?:origin|[\w-]{1,20} branch)"
    ),
    rule(
        "en.in_transit.branch.vb12",
        S.IN_TRANSIT,
        r"received at (?:the |a |our )?(?:[\w-]{1,20} )?(?:branch|hub)\b|\bbagged\b",
        priority=45,
        confidence=0.85,
    ),
    rule(
        "en.ofd.rider.vb12",
        S.OUT_FOR_DELIVERY,
        r"assigned to (?:the |a |our )?(?:rider|courier|driver) for delivery"
        r"|dispatched for delivery|with (?:the |our )?delivery (?:agent|courier|rider|driver)",
    ),
    rule(
        "en.pickup.waiting.vb12",
        S.AVAILABLE_FOR_PICKUP,
        r"waiting for you at (?:the |your )?(?:locker|parcel locker|post office|branch"
        r"|pick-?up point|counter|parcel shop|collection point)",
    ),
    rule(
        "en.failed.vb12",
        S.FAILED_ATTEMPT,
        r"(?:customer|recipient|consignee) (?:is |was )?not reachable|\bdoor locked",
    ),
    rule(
        "en.address.area.vb12",
        S.ADDRESS_ISSUE,
        r"out of (?:the )?(?:delivery|service|serviceable) area",
    ),
    rule(
        "en.returning.rto.vb12",
        S.RETURNING,
        r"\brto\b|\brts\b|in transit to (?:the )?(?:shipper|sender|seller)",
        priority=101,
    ),
    rule(
        "en.returned.rto.vb12",
        S.RETURNED,
        r"(?:\brto|\brts|return to (?:origin|shipper|sender|seller)) delivered",
        priority=102,
    ),
    # Tracking services' bare state names and carriers' notes to the buyer.
    rule("en.expired.state.vb12", S.EXPIRED, r"^expired\.?$"),
    rule("en.failed.state.vb12", S.FAILED_ATTEMPT, r"^failed attempt\.?$|could not deliver\b"),
    rule(
        "en.info.carrier.vb12",
        S.INFO_RECEIVED,
        r"received the (?:shipment|parcel|package|shipping) information",
    ),
    rule(
        "en.ofd.today.vb12",
        S.OUT_FOR_DELIVERY,
        r"will arrive today|(?:courier|driver) is nearby",
        modal_ok=True,
    ),
    rule("en.customs.cleared.vb12", S.CUSTOMS_CLEARED, r"passed (?:through )?customs"),
    # Carriers' notes to the buyer, in the first person ("We have not received your parcel
    # yet", "We'll deliver your parcel today").
    rule(
        "en.info.notes.vb12",
        S.INFO_RECEIVED,
        r"waiting to receive your (?:parcel|item|package)|told us your (?:parcel|item|package)"
        r"|(?:have not|haven't) received your (?:parcel|item|package)",
        on_negation=S.INFO_RECEIVED,
    ),
    rule("en.accepted.notes.vb12", S.ACCEPTED, r"handed to us by the sender"),
    rule(
        "en.in_transit.notes.vb12",
        S.IN_TRANSIT,
        r"(?:travelling|traveling|moving) through our network",
        confidence=0.75,
    ),
    rule(
        "en.ofd.notes.vb12",
        S.OUT_FOR_DELIVERY,
        r"(?:we'll|we will) deliver your (?:parcel|item|package) today",
        modal_ok=True,
    ),
    rule("en.pickup.notes.vb12", S.AVAILABLE_FOR_PICKUP, r"waiting at your local delivery office"),
    rule(
        "en.delivered.notes.vb12",
        S.DELIVERED,
        r"(?:posted|put) through (?:your|the) letterbox",
        priority=71,
    ),
    rule(
        "en.address.notes.vb12",
        S.ADDRESS_ISSUE,
        r"(?:couldn't|could not) find your address|address on the (?:parcel|item|package) is"
        r" (?:incomplete|incorrect|wrong)",
    ),
    rule("en.returning.notes.vb12", S.RETURNING, r"sending your (?:parcel|item|package) back"),
    rule(
        "en.customs.held.notes.vb12",
        S.CUSTOMS_HELD,
        r"pay (?:a|the) (?:fee|charge) before we can deliver",
    ),
    # Couriers' terse status codes written out ("Bag Manifested", "POD Received").
    rule(
        "en.in_transit.codes.vb12",
        S.IN_TRANSIT,
        r"bag manifested|(?:shipment|parcel|package) connected\b",
        confidence=0.75,
    ),
    rule("en.failed.codes.vb12", S.FAILED_ATTEMPT, r"\bdoor closed|not contactable"),
    # "Unable to locate address": the address, not a lost parcel (92).
    rule(
        "en.address.locate.vb12",
        S.ADDRESS_ISSUE,
        # Starts at the negation ("unable to locate"), which is the meaning here.
        r"(?:unable to|could not|couldn't|cannot|can't) locate (?:the |your )?address",
        priority=93,
    ),
    rule("en.pickup.codes.vb12", S.AVAILABLE_FOR_PICKUP, r"\bself[- ]collect"),
    rule("en.delivered.codes.vb12", S.DELIVERED, r"\bpod received"),
    rule("en.returned.codes.vb12", S.RETURNED, r"\breturn complete(?:d)?\b"),
    rule(
        "en.arrived.codes.vb12",
        S.ARRIVED_DESTINATION,
        r"arrived destination (?:country|airport)",
    ),
    # Session 13 (branch s13-vocaben): general wording of any English-speaking carrier and of the
    # English scans of consolidators (written as vocabulary, and from the training sources'
    # misses; never from held-out texts); ids end in .ven13.
    # Data about the parcel reaching the carrier, above the acceptance (44) its words resemble
    # ("Shipment information received by carrier", "Pre-advice received from shipper").
    rule(
        "en.info.data.ven13",
        S.INFO_RECEIVED,
        r"(?:shipment|shipping|order|electronic|e-commerce|ecommerce|item|parcel|package"
        r"|consignment|manifest|booking) (?:information|info|data|details) (?:(?:has been|was) )?"
        r"(?:received|submitted|provided|transmitted|sent)\b"
        r"|pre-?(?:advice|advise|alert) (?:(?:has been|was) )?(?:received|sent)"
        r"|(?:sender|shipper|merchant|seller) (?:has )?(?:provided|submitted|sent) (?:us )?"
        r"(?:the )?(?:shipment|shipping|parcel|order|package) (?:details|information|data)"
        r"|advance (?:shipment|shipping) notice|\binformation received\b|\binfo received\b",
        priority=46,
    ),
    rule(
        "en.info.booked.ven13",
        S.INFO_RECEIVED,
        r"labels? (?:has been |have been |was |were )?(?:created|generated|printed)"
        r"|(?:waybill|awb|tracking|consignment) (?:number |no\.? |id )?(?:has been |was )?"
        r"(?:generated|created|allocated|assigned|issued)"
        r"|(?:shipment|consignment|parcel|order|package) (?:has been |was |is )?booked\b"
        r"(?! (?:on|onto|in|into) | for delivery)|order placed"
        r"|collection (?:requested|arranged|booked|scheduled)"
        r"|pick ?-?up (?:arranged|booked)|expecting (?:your|the) (?:item|parcel|package|shipment)"
        r"|awaiting (?:the )?arrival of (?:the |your )?(?:item|parcel|package|shipment)"
        r"|(?:seller|sender|merchant|retailer) is (?:packing|preparing)|pre[-_ ]?transit",
    ),
    # Not yet with the carrier: said with a negation, which is the meaning here.
    rule(
        "en.info.not_yet.ven13",
        S.INFO_RECEIVED,
        r"not yet (?:been )?(?:received|handed (?:over|in)|tendered)"
        r"(?! by (?:the )?(?:recipient|consignee|customer|addressee|receiver))"
        r"|(?:has|have) not been handed (?:over|in) to us",
        on_negation=S.INFO_RECEIVED,
    ),
    # A courier awaited or on the way to the sender: before the parcel moves (above pickup, 72).
    rule(
        "en.info.courier.ven13",
        S.INFO_RECEIVED,
        r"(?:waiting|awaiting)(?: for)? (?:the |a |our )?(?:courier|driver|carrier|rider) to"
        r" (?:collect|pick)|awaiting (?:hand ?-?over|handover|dispatch) (?:from|by) (?:the )?"
        r"(?:seller|sender|merchant|shipper)|en route to (?:the )?pick ?-?up address",
        priority=73,
    ),
    rule(
        "en.accepted.ven13",
        S.ACCEPTED,
        r"(?:pick ?-?up|collection) (?:completed?|done)\b(?! by (?:the )?(?:recipient|customer"
        r"|consignee|addressee|receiver))"
        r"|received from (?:the )?(?:customer|seller|merchant|client|consignor)"
        r"|(?:carrier|courier) (?:has|have) received (?:your|the) (?:item|parcel|package"
        r"|shipment)\b(?! (?:information|info|data|details))"
        r"|handed over by (?:the )?(?:sender|seller|merchant|customer|consignor)",
    ),
    # The recipient's own pickup done is the delivery (above the courier's pickup, 44).
    rule(
        "en.delivered.pickup.ven13",
        S.DELIVERED,
        r"(?:customer|recipient|consignee|addressee|receiver|self) (?:pick ?-?up|collection)"
        r" (?:completed?|done|successful)",
        priority=74,
    ),
    # Moving between the carrier's own nodes.
    rule(
        "en.in_transit.network.ven13",
        S.IN_TRANSIT,
        r"(?:moving|heading|travell?ing|going) (?:to|between|towards) (?:the )?(?:next |another )?"
        r"(?:facilit|hubs?\b|depots?\b|sort|stations?\b|cent|warehouse)|line[- ]?haul"
        r"|trans-?shipment|transhipment|transhipped"
        r"|(?:inbound|outbound|bag|hub|sort|sortation|facility) scan\b|consolidat(?:ed|ion)\b"
        r"|container (?:closed|loaded|sealed)|(?:bag|sack) (?:closed|sealed)|\bsealing\b"
        r"|\buplift(?:ed)?\b|ready for export|(?:awaiting|waiting for) (?:the )?(?:next )?"
        r"(?:departure|linehaul|air transport)|(?:sent|forwarded|dispatched) to (?:the |your )?"
        r"(?:local )?delivery office",
        confidence=0.85,
    ),
    # A flight booked or awaited for the parcel, above the booking of the shipment itself (40).
    rule(
        "en.in_transit.flight.ven13",
        S.IN_TRANSIT,
        r"booked (?:on|onto|for) (?:a |the )?(?:next |later )?flight|flight (?:is )?booked"
        r"|(?:awaiting|waiting for) (?:the |a )?(?:next )?flight",
        priority=45,
        confidence=0.85,
    ),
    # Handed to an airline: the parcel waits to fly, not delivered (70) nor departed.
    rule(
        "en.in_transit.airline.ven13",
        S.IN_TRANSIT,
        r"(?:hand ?-?over|handed(?: over)?|delivered|tendered|transferred) to (?:the |an )?"
        r"(?:airline|air carrier|(?:origin |departure )?airport)",
        priority=76,
    ),
    # Export customs is the origin side (as en.customs.export).
    rule(
        "en.in_transit.export.ven13",
        S.IN_TRANSIT,
        r"export (?:approved|cleared|released)",
        priority=82,
    ),
    rule(
        "en.departed.ven13",
        S.DEPARTED_ORIGIN,
        r"(?:depart(?:ed|ure)?|left|dispatch(?:ed)?|despatch(?:ed)?) (?:from )?(?:the )?"
        rf"(?:outward|outbound) office of exchange|left {_COUNTRY}\b{_NOT_A_PLACE}",
    ),
    rule(
        "en.arrived.ven13",
        S.ARRIVED_DESTINATION,
        # Not Hong Kong: the export gateway of mainland China's parcels, a step before leaving.
        rf"(?:arrived|arrival) (?:in|into) (?!hong kong){_COUNTRY}\b{_NOT_A_PLACE}",
    ),
    rule(
        "en.customs.held.ven13",
        S.CUSTOMS_HELD,
        r"customs (?:charges|fees|duties|duty|tax(?:es)?) (?:are )?(?:due|owed|unpaid|payable"
        r"|outstanding)|(?:documents?|documentation|paperwork|information|invoice|details)"
        r" (?:is |are )?(?:required|requested|needed) (?:by|for) (?:the )?customs"
        r"|customs (?:has )?request(?:ed|s|ing)\b|commercial invoice (?:is )?(?:required|needed"
        r"|missing|requested)",
        priority=81,
    ),
    rule(
        "en.customs.cleared.ven13",
        S.CUSTOMS_CLEARED,
        r"passed (?:the )?customs (?:inspection|check|control|clearance|examination)",
        priority=82,
    ),
    rule(
        "en.ofd.ven13",
        S.OUT_FOR_DELIVERY,
        r"(?:driver|courier|rider|postman|postie) is on (?:the|his|her|their) way\b(?! to pick)"
        r"|delivery (?:rider|courier|driver|agent) (?:has been )?assigned"
        r"|on (?:the |its )?delivery (?:route|round|run)\b|(?:courier|driver|rider|postman|postie)"
        r" is delivering|in delivery transport(?:ation)?",
    ),
    rule(
        "en.pickup.ven13",
        S.AVAILABLE_FOR_PICKUP,
        rf"(?:is|now|waiting|available|ready|held|stored|kept) (?:at|in) {_PICKUP_PLACE}"
        r"|waiting to be (?:collected|picked ?-?up)(?! (?:by|from)\b)"
        r"|waiting for (?:collection|pick ?-?up)\b(?! (?:from|by) (?:the )?(?:sender|seller"
        r"|shipper|carrier|courier|driver))"
        r"|can (?:now )?be (?:collected|picked ?-?up)|(?:addressee|recipient|consignee|customer)"
        r" requested (?:a )?pick ?-?up",
        priority=73,
    ),
    # "Address could not be located": the address, not a lost parcel (92).
    rule(
        "en.address.locate.ven13",
        S.ADDRESS_ISSUE,
        r"address(?:ee)? (?:could not|couldn't|cannot|can't) be (?:found|located|identified)"
        r"|(?:couldn't|could not|unable to|can't|cannot) find (?:the |your |recipient'?s )?"
        r"(?:delivery )?"
        r"address",
        priority=93,
    ),
    rule(
        "en.address.ven13",
        S.ADDRESS_ISSUE,
        r"no forwarding address|(?:incorrect|wrong|missing|invalid) pin ?code|pin ?code (?:is )?"
        r"(?:incorrect|missing|wrong|invalid)|address (?:verification|confirmation|validation)"
        r" (?:is )?(?:required|needed|pending)|address (?:needs|has) to be (?:confirmed|verified"
        r"|corrected|updated)",
        priority=85,
    ),
    rule("en.failed.ven13", S.FAILED_ATTEMPT, r"\bnot at home\b"),
    rule(
        "en.exception.ven13",
        S.EXCEPTION,
        r"(?:trace|tracer|investigation) (?:has been )?(?:initiated|opened|requested|started)"
        r"|contact (?:the |your )?(?:carrier|courier|seller|merchant|dpd|dhl|ups|fedex|usps|gls)\b"
        r"|(?:delivery|shipment|parcel|package|processing) (?:issue|exception)",
        confidence=0.8,
    ),
    # A parcel that cannot be read or identified, above the failed delivery (82) it causes.
    rule(
        "en.exception.label.ven13",
        S.EXCEPTION,
        r"label (?:is )?(?:missing|unreadable|illegible|not readable)|unlabell?ed"
        r"|barcode (?:is )?(?:missing|unreadable|illegible|not readable)"
        r"|(?:missing|illegible|unreadable) (?:or illegible )?(?:barcode|label)\b",
        priority=83,
        confidence=0.8,
    ),
    # Held at a node of the network, no cause or purpose given: a hold, above the transit
    # wording (30) of the node; a pickup, customs or address cause keeps its own rule.
    rule(
        "en.exception.held.ven13",
        S.EXCEPTION,
        r"held (?:at|in) (?:the |our |a )?(?:[\w-]{1,20} )?(?:depot|facility|warehouse|hub"
        r"|station|terminal)\b(?! (?:for|awaiting) (?:the )?(?:pick|collection|customer|recipient"
        r"|consignee|receiver))|pick ?-?up (?:not completed|incomplete)",
        priority=35,
        confidence=0.8,
    ),
    # A cancelled flight or route delays the parcel; it is not a cancelled shipment (88).
    rule(
        "en.delayed.ven13",
        S.DELAYED,
        r"(?:flight|route) cancell?(?:ed|ation)|rebooked on (?:the |a )?(?:next|later) flight",
        priority=89,
    ),
    # Received after the cut-off: the delay, above the missed delivery (82) it explains.
    rule("en.delayed.cutoff.ven13", S.DELAYED, r"after (?:the )?cut-? ?off", priority=83),
    rule("en.delayed.disruption.ven13", S.DELAYED, r"\bdisruption\b"),
    # "Second delivery attempt successful" is the delivery (above the attempt, 82).
    rule(
        "en.delivered.attempt.ven13",
        S.DELIVERED,
        r"attempt (?:was )?successful",
        priority=83,
    ),
    rule(
        "en.returning.ven13",
        S.RETURNING,
        r"\breturn (?:in transit|en route|on (?:its|the) way)",
    ),
    rule(
        "en.returned.ven13",
        S.RETURNED,
        r"received back by (?:the )?(?:sender|shipper|merchant|seller)"
        r"|(?:sender|shipper|merchant|seller) (?:has )?received (?:back|the return)",
        priority=100,
    ),
    rule(
        "en.lost.ven13",
        S.LOST,
        r"missing (?:parcel|package|shipment)\b(?! (?:number|id|label|data|documents?|details))",
    ),
    # Batch 3: wording of Asian, Gulf and Commonwealth carriers' scans.
    rule(
        "en.in_transit.office.ven13",
        S.IN_TRANSIT,
        r"received (?:at|in) (?:the |a |our )?(?:[\w-]{1,20} )?(?:sorting|sort|mail|processing"
        r"|operations|delivery|distribution) (?:office|cent(?:er|re)|facility|hub|unit)\b",
        priority=45,
        confidence=0.85,
    ),
    # A transit airport or point is not the destination country (52).
    rule(
        "en.in_transit.transit_point.ven13",
        S.IN_TRANSIT,
        r"(?:arrived|landed) (?:at|in) (?:the |a )?transit (?:airport|hub|country|point|gateway)",
        priority=53,
        confidence=0.85,
    ),
    rule(
        "en.exception.instructions.ven13",
        S.EXCEPTION,
        r"(?:pending|awaiting|waiting for) (?:the )?(?:recipient|shipper|sender|consignee|customer"
        r"|receiver|client)'?s? instructions|unexpected (?:event|issue|incident|error)"
        r"|requires? (?:your )?attention|action (?:is )?required|non-?compliant"
        r"|dangerous goods|hazardous (?:materials?|goods|substances?)"
        r"|rejected at (?:the )?(?:hub|facility|depot|station|warehouse|gateway|origin)"
        r"|(?:cannot|can't|could not) be (?:processed|shipped|transported)",
        priority=45,
        confidence=0.8,
    ),
    # "exception" named beats the node where it happened (transit wording, 30).
    rule(
        "en.exception.word.ven13",
        S.EXCEPTION,
        rf"\bexception\b{_UNRESOLVED}",
        priority=35,
        confidence=0.6,
    ),
    rule(
        "en.exception.stopped.ven13",
        S.EXCEPTION,
        r"(?:on hold|stopped|retained|halted) (?:at|in) (?:the |our |a )?(?:[\w-]{1,20} )?"
        r"(?:depot|facility|warehouse|hub|station)\b",
        priority=35,
        confidence=0.8,
    ),
    # Held at a named node at the recipient's request: kept there for them (above the bare hold).
    rule(
        "en.pickup.request.ven13",
        S.AVAILABLE_FOR_PICKUP,
        r"held (?:at|in) (?:the |a |our )?(?:[\w-]{1,20} )?(?:facility|depot|office|station|branch"
        r"|hub|warehouse)\b.{0,12}(?:consignee|customer|recipient|receiver)'?s? request"
        r"|held at (?:the |your )?(?:local )?(?:delivery office|enquiry office|counter)"
        # The recipient asked to collect, not a courier who will ("courier will collect the ...").
        rf"|collect{_NOT_COURIER} {_COLLECT_FROM}|pick ?-?up{_NOT_COURIER} {_COLLECT_FROM}",
        priority=73,
        modal_ok=True,
    ),
    rule(
        "en.info.record.ven13",
        S.INFO_RECEIVED,
        r"record (?:has been |was )?created|received (?:the )?information about (?:your|the)"
        r"|told us about (?:your|the)|preparing (?:for |the )?(?:shipment|dispatch)\b"
        r"|(?:order|shipment) confirmed by (?:the )?(?:seller|merchant|sender|shipper)",
    ),
    rule(
        "en.delayed.late.ven13",
        S.DELAYED,
        r"\breschedul(?:e|ing)\b|arrived late|late (?:linehaul|line haul|truck|trailer"
        r"|departure|vehicle)",
    ),
    rule(
        "en.returning.transit.ven13",
        S.RETURNING,
        rf"returned to {_SENDER}(?:,| -)? (?:in transit|en route|on (?:its|the) way)",
        priority=101,
    ),
    rule(
        "en.returned.received.ven13",
        S.RETURNED,
        r"return (?:received|arrived) (?:at|by) (?:the )?(?:merchant|seller|sender|shipper)",
        priority=100,
    ),
    rule(
        "en.customs.held.suspended.ven13",
        S.CUSTOMS_HELD,
        r"(?:clearance|customs) (?:is )?(?:suspended|halted|stopped|interrupted)"
        r"|customs\W{1,3}(?:documents?|documentation|paperwork|invoice) (?:required|needed"
        r"|requested|missing)|(?:required|needed|missing) for (?:customs )?clearance",
        priority=81,
    ),
    rule(
        "en.accepted.dropoff.ven13",
        S.ACCEPTED,
        r"drop-?off at (?:the |a )?(?:parcel ?shop|service point|branch|counter|depot"
        r"|drop-?off point|post ?office)",
    ),
    rule(
        "en.arrived.import_office.ven13",
        S.ARRIVED_DESTINATION,
        r"arrived at (?:the )?import office",
    ),
    rule("en.failed.home.ven13", S.FAILED_ATTEMPT, r"no ?(?:one|body) (?:was |is )?at home"),
    rule(
        "en.address.not_complete.ven13",
        S.ADDRESS_ISSUE,
        r"address (?:is )?not (?:complete|correct|valid)",
        priority=85,
    ),
    # Batch 4 (written blind, read 103/171 before these rules).
    rule(
        "en.exception.generic.ven13",
        S.EXCEPTION,
        rf"\bproblem\b{_UNRESOLVED}|(?<!numeracao )irregular(?:ity)?\b{_UNRESOLVED}"
        rf"|\bincident\b{_UNRESOLVED}",
        priority=35,
        confidence=0.6,
    ),
    rule(
        "en.exception.checks.ven13",
        S.EXCEPTION,
        r"held for (?:further |additional )?(?:checks?|security|review|verification|screening)"
        r"|security (?:hold|issue|alert)|(?:security )?(?:check|screening) failed|under review"
        r"|(?:awaiting|pending|waiting for) (?:further|more|additional) information"
        r"|(?:customer )?(?:query|inquiry|enquiry|case) (?:has been )?(?:raised|opened|logged)"
        r"|(?:shipment|parcel|package|item) (?:has been |is )?suspended"
        r"|(?:issue|problem) occurr?ed|encountered (?:a |an )?(?:problem|issue)",
        priority=45,
        confidence=0.8,
    ),
    rule(
        "en.pickup.store.ven13",
        S.AVAILABLE_FOR_PICKUP,
        r"ready (?:for you )?(?:at|in) (?:the |a |your )?(?:local )?(?:post office|branch|counter"
        r"|store|depot|outlet|locker|parcel locker|pick ?-?up point|collection point|service point"
        r"|parcel ?shop)|collect (?:it )?(?:from|at) (?:the |your )?(?:local )?(?:branch"
        r"|post office|counter|store|depot|outlet|locker|parcel locker|pick ?-?up point"
        r"|collection point|service point|parcel ?shop)|in-?store (?:pick ?-?up|collection)"
        rf"|pick ?-?up store|collection store|left (?:at|in) {_PICKUP_PLACE}",
        priority=73,
    ),
    rule(
        "en.info.merchant.ven13",
        S.INFO_RECEIVED,
        r"(?:shipping|shipment) instructions received|(?:merchant|sender|shipper|seller|retailer)"
        r" (?:has )?(?:notified|informed|told) us|ready to ship\b|awaiting shipment\b"
        r"|order (?:is )?ready for dispatch",
    ),
    # Waiting for the courier to collect from the sender (above the recipient's pickup, 72).
    rule(
        "en.info.awaiting_collection.ven13",
        S.INFO_RECEIVED,
        r"(?:awaiting|pending|waiting for) (?:collection|pick ?-?up) (?:from|by) (?:the )?(?:sender"
        r"|seller|shipper|merchant|retailer|carrier|courier|driver)"
        r"|(?:shipment|parcel|order|package) pending (?:pick ?-?up|collection)"
        r"|ready for (?:the )?(?:courier|carrier|driver) (?:pick ?-?up|collection)",
        priority=73,
    ),
    rule(
        "en.delayed.late_delivery.ven13",
        S.DELAYED,
        r"\blate delivery|new (?:estimated )?delivery date|pushed (?:back\b|to (?:tomorrow|the next"
        r"|next|another|a later|later))|(?:high|heavy|peak) (?:parcel )?volumes?\b"
        r"|missed (?:the )?(?:truck|trailer|linehaul|vehicle|departure)",
    ),
    # Volume and time limits postpone the delivery (above the failed attempt, 82, they cause).
    rule(
        "en.delayed.volume.ven13",
        S.DELAYED,
        r"(?:time|capacity) constraints|due to (?:high |heavy |peak )?(?:parcel )?volumes?\b",
        priority=83,
    ),
    rule(
        "en.returning.sending_back.ven13",
        S.RETURNING,
        r"(?:sending|going|heading) (?:it |the (?:parcel|item|package|shipment) )?back to"
        rf" {_SENDER}",
    ),
    rule(
        "en.customs.held.payment.ven13",
        S.CUSTOMS_HELD,
        r"(?:duty|duties|tax|taxes)(?: and (?:duty|duties|tax|taxes))? payment (?:is )?(?:pending"
        r"|required|due|outstanding)|customs payment (?:is )?(?:required|pending|due|outstanding)"
        r"|customs (?:query|queries|enquiry|inquiry)|customs (?:has |have )?(?:detained|held"
        r"|seized|retained|stopped)",
        priority=81,
    ),
    rule(
        "en.customs.cleared.released.ven13",
        S.CUSTOMS_CLEARED,
        r"cleared(?: by customs)?,? (?:and )?released for delivery",
        priority=84,
    ),
    rule(
        "en.arrived.gateway.ven13",
        S.ARRIVED_DESTINATION,
        r"received (?:at|in) (?:the )?(?:import|inward|destination) gateway",
    ),
    rule(
        "en.departed.gateway.ven13",
        S.DEPARTED_ORIGIN,
        r"left (?:the )?(?:origin|export) (?:facility|hub|gateway|airport)|exported from",
    ),
    rule(
        "en.ofd.en_route.ven13",
        S.OUT_FOR_DELIVERY,
        r"delivery (?:van|vehicle|truck) loaded|(?:driver|courier|rider) (?:is )?en ?route\b"
        r"(?! to (?:the |a )?(?:[\w-]+ )?(?:outlet|locker|pick|parcel|service|post office|sender"
        r"|shipper|seller|merchant|hub|depot|facility))",
    ),
    rule(
        "en.failed.contact.ven13",
        S.FAILED_ATTEMPT,
        r"no (?:response|answer|reply) (?:at|from) (?:the )?(?:door|address|recipient|consignee"
        r"|customer)|(?:recipient|consignee|customer|receiver|addressee) could not be (?:contacted"
        r"|reached)",
    ),
    rule(
        "en.address.details.ven13",
        S.ADDRESS_ISSUE,
        r"address (?:requires|needs|required) (?:correction|verification|clarification"
        r"|confirmation|update)|address (?:details |information |data )(?:is |are )?(?:missing"
        r"|insufficient|unclear|incomplete|incorrect|wrong)|address (?:is )?(?:unclear|illegible)",
        priority=85,
    ),
    rule(
        "en.refused.declined.ven13",
        S.REFUSED,
        r"(?:customer|recipient|consignee|receiver|addressee) declined (?:the )?(?:delivery|parcel"
        r"|shipment|package|item)",
    ),
    rule("en.delivered.signed.ven13", S.DELIVERED, r"\bsigned for\b"),
    # Batch 5 (written blind, read 140/181 before these rules): couriers of South and South-East
    # Asia and the Gulf (hubs, riders, calls to the consignee), abbreviations (DC, NSH, TMO).
    rule(
        "en.in_transit.abbrev.ven13",
        S.IN_TRANSIT,
        r"(?:received at|arrived at|left|outbound from|departed|departed from) (?:the )?(?:dc|nsh"
        r"|tmo)\b|connected to (?:the )?(?:destination|next|hub|facility|gateway)\b"
        r"|received at (?:the )?destination (?:post office|office|delivery office"
        r"|sorting cent(?:er|re)|sort(?:ing)? facility)",
        priority=45,
        confidence=0.85,
    ),
    rule(
        "en.exception.blocked.ven13",
        S.EXCEPTION,
        r"held by (?:the )?(?:courier|carrier|driver)|\bunidentified\b"
        r"|(?:sender|shipper|consignee|customer|recipient) to be contacted"
        r"|awaiting (?:the )?(?:sender|shipper|consignee|customer|recipient)'?s? (?:response|reply"
        r"|feedback|decision)|(?:shipment|parcel|package|item|delivery) (?:has been |is )?blocked",
        priority=45,
        confidence=0.8,
    ),
    rule(
        "en.pickup.for_collection.ven13",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:arrived|delivered|placed|sent|forwarded) (?:at|to|in) .{0,30}for (?:collection"
        r"|pick ?-?up)\b(?! (?:from|by) (?:the )?(?:sender|seller|shipper|carrier|courier|driver))"
        r"|(?:reached|arrived at) (?:the )?pick ?-?up (?:location|point)",
        priority=76,
    ),
    rule(
        "en.info.manifest.ven13",
        S.INFO_RECEIVED,
        r"\bdata received\b|manifest (?:created|generated|uploaded|submitted)"
        r"|(?:awaiting|pending) physical (?:receipt|scan|item|parcel)",
        priority=46,
    ),
    rule(
        "en.delayed.moved.ven13",
        S.DELAYED,
        r"(?:moved|shifted) to (?:the )?next (?:day|business day|working day)|connection missed",
    ),
    rule(
        "en.returned.rto.ven13",
        S.RETURNED,
        r"(?:\brto|\brts)(?: shipment| parcel)?\W{1,3}delivered",
        priority=102,
    ),
    rule(
        "en.customs.held.taxes.ven13",
        S.CUSTOMS_HELD,
        r"(?:duties|taxes|duty|tax)(?: and (?:duties|taxes|duty|tax))? (?:to be paid|owed|due"
        r"|unpaid|payable|outstanding)",
        priority=81,
    ),
    rule(
        "en.customs.release.ven13",
        S.CUSTOMS_CLEARED,
        # Starts at "release" so that the generic customs rule keeps its own start at "customs"
        # ("Awaiting customs release" stays customs_started).
        r"release\b(?<=customs release)",
        priority=79,
    ),
    rule("en.arrived.import_scan.ven13", S.ARRIVED_DESTINATION, r"\bimport scan\b"),
    rule(
        "en.ofd.rider.ven13",
        S.OUT_FOR_DELIVERY,
        r"(?:rider|courier|driver|agent) assigned (?:for|to) (?:the )?delivery",
    ),
    rule(
        "en.failed.calls.ven13",
        S.FAILED_ATTEMPT,
        r"(?:customer|consignee|recipient|receiver|addressee) (?:is )?not (?:responding|answering"
        r"|picking up)|phone (?:is )?(?:switched off|unreachable|not reachable|busy)"
        r"|calls? not (?:answered|picked)",
    ),
    rule(
        "en.address.serviceable.ven13",
        S.ADDRESS_ISSUE,
        r"not serviceable|non-?serviceable|unserviceable|landmark (?:required|needed|missing)",
        priority=85,
    ),
    # Batch 6 (written blind as pairs of neighbours, read 58/74 before these rules).
    rule(
        "en.address.street.ven13",
        S.ADDRESS_ISSUE,
        r"(?:street|road|house|building) (?:name |number )?(?:not found|unknown|does not exist"
        r"|doesn't exist)|no such (?:street|house|building|road)",
        priority=85,
    ),
    rule(
        "en.customs.held.exam.ven13",
        S.CUSTOMS_HELD,
        r"held for (?:a )?customs (?:examination|inspection|check|control|review)"
        r"|customs (?:examination|inspection|check)\W{1,3}(?:shipment |parcel |item )?(?:held"
        r"|on hold|detained)",
        priority=81,
    ),
    rule(
        "en.customs.cleared.exam.ven13",
        S.CUSTOMS_CLEARED,
        r"customs (?:examination|inspection|check) (?:is |was |has been )?(?:completed?|passed"
        r"|finished)",
        priority=82,
    ),
    rule(
        "en.returned.completed.ven13",
        S.RETURNED,
        rf"return to {_SENDER} (?:is |was |has been )?(?:completed?|successful|done)",
        priority=102,
    ),
    # The sender handing the parcel to the courier is the acceptance (above pickup places, 72).
    rule(
        "en.accepted.handed.ven13",
        S.ACCEPTED,
        r"handed (?:over )?to (?:the |a |our )?(?:courier|carrier|driver) by (?:the )?(?:sender"
        r"|shipper|seller|merchant|customer|consignor)",
        priority=73,
    ),
    # What the sender or courier will do before the parcel moves (said in the future).
    rule(
        "en.info.future.ven13",
        S.INFO_RECEIVED,
        r"(?:sender|shipper|seller|merchant) will (?:hand (?:over|in)|drop off|post|send)"
        r"|to be dropped off by (?:the )?(?:sender|shipper|seller|merchant|customer)"
        r"|(?:courier|driver|carrier) will (?:collect|pick up) (?:the |your )?(?:parcel|package"
        r"|shipment|item)\b(?! (?:from|at) (?:the |a )?(?:locker|parcel|service|pick|post office))"
        r"|(?:expected|awaited) at (?:the )?(?:origin|our) (?:facility|hub|depot|warehouse)",
        modal_ok=True,
    ),
    rule(
        "en.arrived.international_hub.ven13",
        S.ARRIVED_DESTINATION,
        r"arriv(?:ed|al) at (?:the )?destination international (?:hub|gateway|airport)",
    ),
    rule(
        "en.delivered.customer.ven13",
        S.DELIVERED,
        r"handed (?:over )?to (?:the )?customer\b(?! (?:service|care|support))",
    ),
    # Batch 7 (written blind in the carriers' notes to buyers and terse codes, read 99/160
    # before these rules).
    rule(
        "en.in_transit.notes.ven13",
        S.IN_TRANSIT,
        r"on the move\b|making its way|(?:arriving )?on schedule\b|\bdespatched\b"
        r"|preparing (?:your |the )?(?:item|parcel|package|shipment) for delivery"
        r"|(?:queued|staged) for (?:dispatch|despatch|departure|loading|linehaul)",
        confidence=0.85,
    ),
    rule(
        "en.in_transit.station.ven13",
        S.IN_TRANSIT,
        r"received at (?:the |a |our )?(?:local |delivery |destination |regional )?(?:station"
        r"|depot|delivery unit|delivery depot)\b",
        priority=45,
        confidence=0.85,
    ),
    rule(
        "en.exception.handling.ven13",
        S.EXCEPTION,
        r"(?:further|manual|special) (?:processing|handling) (?:is )?required|requires? (?:manual"
        r"|further|special) (?:processing|handling)|held for (?:further|manual) processing"
        r"|repackag(?:ing|ed)\b|(?:delivery|shipment|parcel|package) (?:has been |was |is )?"
        r"halted|(?:stopped|halted|intercepted) at (?:the )?(?:sender|shipper|seller|merchant)'?s?"
        r" request"
        r"|at the request of the (?:sender|shipper|seller|merchant)"
        r"|(?:recipient|sender|shipper|consignee|customer|receiver) contacted for (?:further |more "
        r"|additional )?(?:information|instructions|details)|packaging (?:is )?(?:not suit(?:ed"
        r"|able)|unsuitable|insufficient|inadequate|poor)|(?:poor|insufficient|inadequate"
        r"|unsuitable) packaging",
        priority=45,
        confidence=0.8,
    ),
    rule(
        "en.pickup.has_your.ven13",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:access point|parcel ?shop|service point|post office|locker|pick ?-?up point) has your"
        r" (?:package|parcel|item|shipment)|have your (?:parcel|item|package) at (?:the |your )?"
        r"(?:local )?(?:delivery office|post office|depot|branch|counter)",
        priority=73,
    ),
    rule(
        "en.accepted.have.ven13",
        S.ACCEPTED,
        r"we have your (?:item|parcel|package|shipment)\b(?! at)",
    ),
    rule(
        "en.info.told.ven13",
        S.INFO_RECEIVED,
        r"prepared (?:the |your )?(?:parcel|item|package|shipment|order) for (?:shipment|shipping"
        r"|dispatch)|(?:we'?ve|we have) been (?:told|notified|informed)"
        r"|(?:parcel|shipment|item|package|order) details (?:registered|recorded|entered)",
    ),
    rule(
        "en.info.drop_off.ven13",
        S.INFO_RECEIVED,
        r"(?:awaiting|waiting for) (?:the )?(?:drop-?off|hand-?over|handover) (?:by|from) (?:the )?"
        r"(?:sender|shipper|seller|merchant)|waiting for the (?:sender|shipper|seller|merchant) to"
        r" (?:drop|hand|post|send)|(?:sender|shipper|seller|merchant) has yet to (?:drop|hand"
        r"|post|send|ship)",
        priority=73,
    ),
    rule(
        "en.delayed.revised.ven13",
        S.DELAYED,
        r"(?:delivery|arrival) (?:date|window|time) (?:has been )?(?:revised|changed|updated|moved)"
        r"|revised (?:delivery|arrival) date|running behind",
    ),
    rule(
        "en.customs.held.charges.ven13",
        S.CUSTOMS_HELD,
        r"(?:clearance|customs)\b.{0,20}\b(?:documents?|documentation|paperwork) (?:are |is )?"
        r"(?:required|needed|requested|missing)|import charges (?:are )?(?:due|required|owed"
        r"|payable|unpaid|outstanding)|payment of (?:the )?(?:import|customs) (?:charges|duties"
        r"|fees|taxes) (?:is )?(?:required|due|pending)|fees? to (?:be )?pa(?:y|id) before"
        r" delivery",
        priority=81,
    ),
    # Start at "release" so that the generic wording keeps its own start ("Awaiting import
    # release" stays customs_started).
    rule(
        "en.customs.cleared.release.ven13",
        S.CUSTOMS_CLEARED,
        r"release\b(?<=import release)|release\b(?<=shipment release)(?!\W{1,3}pending)",
        priority=79,
    ),
    rule(
        "en.ofd.with_post.ven13",
        S.OUT_FOR_DELIVERY,
        rf"with (?:{_LAST_MILE}|ups|fedex|dhl|the postman|the carrier) for delivery"
        r"|(?:\d+|a few|few|two|three) stops? away",
    ),
    rule(
        "en.failed.card.ven13",
        S.FAILED_ATTEMPT,
        r"(?:calling |delivery )?card left|left a (?:calling |delivery )?(?:card|notice)",
        # Below the pickup (72): "Card left - item ready for collection at the post office".
        priority=71,
    ),
    rule(
        "en.address.was.ven13",
        S.ADDRESS_ISSUE,
        r"address was (?:incorrect|incomplete|insufficient|invalid|wrong|unknown)"
        r"|not known at (?:this|the) address",
        priority=85,
    ),
    rule(
        "en.delivered.desk.ven13",
        S.DELIVERED,
        r"(?:received|left|delivered) (?:at|to|in) (?:the )?(?:front desk|reception desk|mailroom"
        r"|mail room|concierge|security desk)",
        priority=71,
    ),
    # Batch 8 (written blind as short status lines and notes to buyers, read 88/138 before
    # these rules).
    rule(
        "en.in_transit.shipped.ven13",
        S.IN_TRANSIT,
        r"(?:has|have) shipped\b|ahead of schedule|moving (?:within|through|in) (?:the |our )?"
        r"(?:carrier'?s? )?network|(?:station|depot|hub|facility) (?:inbound|outbound)\b",
        confidence=0.85,
    ),
    rule(
        "en.exception.notes.ven13",
        S.EXCEPTION,
        r"(?:has been|was|is being) held\b|(?:we'?re|we are) holding (?:your|the)"
        r"|we need (?:more )?(?:information|to speak|to talk|to contact|your help)"
        r"|went wrong|(?:issue|problem) (?:has been |was )?reported|flagged (?:for|as)"
        r"|quarantin",
        confidence=0.8,
    ),
    rule(
        "en.pickup.notes.ven13",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:it'?s|it is|parcel is|item is|package is) (?:now )?at (?:the |your )?(?:local )?post"
        r" office|for you to (?:collect|pick ?-?up)|(?:taken|took (?:your|the) (?:parcel|item"
        r"|package)) to (?:the |your )?(?:local )?(?:post office|delivery office|pick ?-?up point"
        r"|collection point|parcel ?shop|locker)",
        priority=73,
    ),
    rule(
        "en.info.scan.ven13",
        S.INFO_RECEIVED,
        r"awaiting (?:carrier|courier) (?:pick ?-?up|collection|scan)|not yet scanned"
        r"|no scans? yet|awaiting (?:first|initial) scan|created your (?:shipping )?label"
        r"|(?:parcel|item|package) is coming\b(?! today| tomorrow| to you)"
        r"|on (?:its|the) way to us\b"
        r"|pending hand ?-?over to (?:the )?carrier|hand ?-?over to (?:the )?carrier pending",
        priority=57,
        on_negation=S.INFO_RECEIVED,
    ),
    rule(
        "en.delayed.late.notes.ven13",
        S.DELAYED,
        r"(?:delivery|parcel|item|package|shipment) (?:is|will be|may be) (?:a (?:little|bit"
        r"|day) )?late\b|(?:a|one|two|\d+) (?:days?|hours?) late\b|a little late\b|(?:arrive"
        r"|arriving|running) (?:a (?:little|bit|day) )?late\b|tomorrow instead"
        r"|(?:moved|changed) to tomorrow",
        modal_ok=True,
    ),
    rule("en.returning.sent_back.ven13", S.RETURNING, rf"sent back to {_SENDER}"),
    rule(
        "en.returned.notes.ven13",
        S.RETURNED,
        rf"status\W{{1,3}}returned\b|returned (?:your|the) (?:parcel|item|package|shipment) to"
        rf" {_SENDER}",
        priority=100,
    ),
    rule(
        "en.customs.held.to_pay.ven13",
        S.CUSTOMS_HELD,
        r"(?:charges?|fees?|vat|duty|duties|tax(?:es)?) to pay\b|pay (?:the |a )?fee to release",
        priority=81,
    ),
    rule("en.accepted.status.ven13", S.ACCEPTED, r"status\W{1,3}accepted\b"),
    rule(
        "en.ofd.arriving.ven13",
        S.OUT_FOR_DELIVERY,
        r"arriv(?:ing|es)(?<!flight arriving)(?<!flight arrives) today",
        modal_ok=True,
    ),
    rule(
        "en.failed.notes.ven13",
        S.FAILED_ATTEMPT,
        r"couldn'?t deliver\b|were(?:n'?t| not) able to deliver",
    ),
    # Batch 9 (written blind from posts' and couriers' scan wording of South and South-East Asia,
    # Australia, Canada and the Gulf, read 83/131 before these rules).
    rule(
        "en.in_transit.mail_centre.ven13",
        S.IN_TRANSIT,
        r"mail (?:processing )?(?:cent(?:re|er)|plant)|transit (?:mail )?office",
        confidence=0.85,
    ),
    # Charges of the carrier itself (not customs duties), above the customs "awaiting payment"
    # wording (80).
    rule(
        "en.exception.charges.ven13",
        S.EXCEPTION,
        r"(?:shipping|freight|transport|delivery) charges(?! (?:paid|received|settled|have been))"
        r"|insufficient postage|unpaid postage"
        r"|postage (?:due|unpaid|insufficient|not paid)",
        priority=82,
        confidence=0.8,
    ),
    rule(
        "en.exception.verification.ven13",
        S.EXCEPTION,
        r"(?:pending|awaiting|requires?|required) (?:[\w-]+ )?verification|verification (?:is )?"
        r"(?:required|pending|needed)|contents? (?:check|inspection|review)"
        r"|pieces? missing|missing pieces?|goods missing",
        priority=45,
        confidence=0.8,
    ),
    rule(
        "en.pickup.consignee.ven13",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:consignee|customer|recipient|receiver|addressee) (?:to|will) collect\b",
        priority=73,
        modal_ok=True,
    ),
    rule(
        "en.accepted.booked.ven13",
        S.ACCEPTED,
        r"booked at (?:the )?post office|\bbooked and accepted|received at (?:the )?origin"
        r" (?:branch|post office|counter)",
        priority=46,
    ),
    rule(
        "en.info.assignment.ven13",
        S.INFO_RECEIVED,
        r"pick ?-?up not yet (?:done|completed)|(?:courier|rider|driver) (?:to be|not yet) assigned"
        r"|awaiting pick ?-?up assignment",
        priority=73,
        on_negation=S.INFO_RECEIVED,
    ),
    rule(
        "en.delayed.offload.ven13",
        S.DELAYED,
        r"off-?load(?:ed)?\b|short[- ]?shipped|short shipment",
    ),
    rule(
        "en.ofd.consignee.ven13",
        S.OUT_FOR_DELIVERY,
        r"dispatched to (?:the )?(?:consignee|recipient|customer|addressee)",
    ),
    rule("en.address.unlocatable.ven13", S.ADDRESS_ISSUE, r"unlocatable", priority=85),
    rule("en.delivered.pod.ven13", S.DELIVERED, r"\bpod (?:updated|uploaded|captured|available)"),
    # Batch 10 (written blind at the remaining gaps, read 51/103 before these rules).
    rule(
        "en.pickup.kept.ven13",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:kept|held|stored) at (?:the |a |your )?(?:local )?(?:branch|post office|depot|counter"
        r"|delivery office|service point|outlet) for (?:the )?(?:recipient|customer|consignee"
        r"|receiver|you)\b|left at (?:the |your )?(?:local )?post office\b(?! by)"
        r"|visit (?:the |your |a )?(?:local )?(?:branch|post office|counter|depot|service point"
        r"|pick ?-?up point|store|outlet) to (?:collect|pick)|(?:collection|pick ?-?up|locker)"
        r" (?:code|pin)\b(?! (?:has )?(?:expired|invalid))",
        priority=73,
    ),
    rule("en.returning.back.ven13", S.RETURNING, rf"return leg|\bback to {_SENDER}\b"),
    rule(
        "en.info.packed.ven13",
        S.INFO_RECEIVED,
        r"packed and (?:waiting|ready|awaiting)|(?:carrier|courier|driver|collection|pick ?-?up)"
        r" (?:has been |was |is )?(?:booked|arranged|scheduled)\b(?! for delivery)",
        priority=73,
    ),
    rule(
        "en.delayed.longer.ven13",
        S.DELAYED,
        r"longer than (?:expected|usual|normal|planned)|(?:extended|longer) transit time"
        r"|transit time (?:extended|increased)|due to (?:lack of |limited |insufficient )?capacity"
        r"|left behind|(?:rolled|carried) over",
        # "Not loaded due to capacity": the negation is what happened, the delay stands.
        on_negation=S.DELAYED,
    ),
    rule(
        "en.in_transit.journey.ven13",
        S.IN_TRANSIT,
        r"continu(?:ing|es) (?:to (?:the )?next|its journey|on its way|in transit)"
        r"|onward journey|cross-?dock(?:ed|ing)?\b",
        confidence=0.85,
    ),
    rule(
        "en.exception.wrong_label.ven13",
        S.EXCEPTION,
        r"(?:incorrect|wrong|duplicate) label|mis-?labell?ed|label reprint|re-?label(?:l?ing)?"
        r" required|incorrect(?:ly)? labell?(?:ing|ed)",
        priority=83,
        confidence=0.8,
    ),
    rule(
        "en.customs.held.declaration.ven13",
        S.CUSTOMS_HELD,
        r"customs (?:documentation|documents|declaration|paperwork|invoice) (?:is |are )?"
        r"(?:incomplete|missing|invalid|incorrect|insufficient)|(?:incomplete|missing|invalid"
        r"|incorrect|insufficient) customs (?:documentation|documents|declaration|paperwork)",
        priority=81,
    ),
    rule(
        "en.customs.cleared.border.ven13",
        S.CUSTOMS_CLEARED,
        r"(?:cleared|released) by (?:the )?border (?:agency|force|authorit(?:y|ies)|protection"
        r"|service)",
        priority=79,
    ),
    rule(
        "en.failed.access.ven13",
        S.FAILED_ATTEMPT,
        r"(?:unable to|could not|couldn't|cannot) (?:gain |get )?access|no safe (?:place|location)",
    ),
    rule(
        "en.address.exist.ven13",
        S.ADDRESS_ISSUE,
        r"(?:house|property|building|premises) (?:could not be|cannot be|not) (?:found|located)"
        r"|address (?:does not|doesn't) exist|(?:post ?code|zip ?code|pin ?code) and address"
        r" do(?:es)? not match",
        priority=93,
    ),
    rule(
        "en.pending.ven13",
        S.PENDING,
        r"no (?:package |parcel |shipment )?tracking (?:information|info)|no (?:information|data)"
        r" (?:is )?available|(?:not found|no information) at (?:this|the) moment",
        on_negation=S.PENDING,
    ),
    # Session 14: wording of carriers the corpus does not hold (scan names, Royal Mail's and
    # Australia Post's customer lines), written before the rules and measured.
    rule(
        # A shop's order waiting to be paid is not customs waiting for duties: above
        # en.customs.held's "awaiting payment", and read as the order data it is.
        "en.info.order_payment.s14",
        S.INFO_RECEIVED,
        r"order (?:(?:has been |was |is )?(?:created|placed|received|confirmed|submitted)[,;:.]?"
        r" (?:- )?(?:and )?)?(?:is )?(?:awaiting|pending|waiting for|requires) (?:the |customer"
        r" |buyer )?payment(?! of (?:the )?(?:duties|duty|import|customs|tax))",
        priority=81,
    ),
    rule(
        "en.accepted.scan.s14",
        S.ACCEPTED,
        r"drop-?off scan|we(?:'ve| have) got it\b|received and ready for processing",
    ),
    rule(
        "en.customs.held.further.s14",
        S.CUSTOMS_HELD,
        r"(?:further|additional) (?:customs )?clearance (?:processing )?(?:is )?required",
        priority=81,
    ),
    rule(
        "en.failed.tried.s14",
        S.FAILED_ATTEMPT,
        r"(?:tried|attempted|try) to deliver|\bcarded\b|\bfutile\b",
    ),
    rule(
        "en.in_transit.outscan.s14",
        S.IN_TRANSIT,
        r"out-?scan(?:ned)?\b|outbound (?:from|of)\b",
    ),
    rule(
        "en.handed_over.overseas.s14",
        S.HANDED_OVER,
        r"handed (?:over )?to (?:the |an? )?(?:overseas|foreign|international|destination)"
        r" (?:postal |delivery )?(?:partner|carrier|operator|post|postal)",
        priority=56,
    ),
    rule(
        # The return parcel signed for by its sender: it is back.
        "en.returned.signed.s14",
        S.RETURNED,
        rf"signed (?:for )?by {_SENDER}\b(?! (?:facility|hub|station|office|warehouse|branch))",
        priority=101,
    ),
    rule(
        "en.in_transit.ops.s14",
        S.IN_TRANSIT,
        r"\binduct(?:ed|ion)? (?:into|to|at)\b|\btrunk(?:ing|ed)\b|manifested (?:to|for) (?:the )?"
        r"(?:next|onward)|bagging (?:completed?|done)",
    ),
    rule(
        "en.departed_origin.leaving.s14",
        S.DEPARTED_ORIGIN,
        r"(?:leaving|departing|left) (?:the )?(?:origin country|country of origin|exporting"
        r" country)",
    ),
    rule(
        "en.handed_over.domestic.s14",
        S.HANDED_OVER,
        r"handed to (?:the |a )?(?:local|domestic|last[ -]?mile|destination|final[ -]?mile|partner)"
        r" (?:carrier|courier|post|postal|partner|delivery)|\binjected (?:into|to)\b",
        priority=56,
    ),
    rule(
        "en.accepted.first_scan.s14",
        S.ACCEPTED,
        r"first scan\b(?! (?:at|in) (?:the )?destination)",
    ),
    rule(
        # The courier's pickup from the sender, booked and not yet made: above en.pickup's
        # "awaiting pickup", which the recipient's pickup point also says.
        "en.info.booked_pickup.s14",
        S.INFO_RECEIVED,
        r"(?:waiting for|awaiting) (?:the )?(?:seller|merchant|sender|shipper|retailer) to"
        r" (?:ship|send|dispatch|hand)|(?:booked|created|registered|manifested)[,;]? (?:and )?"
        r"(?:awaiting|pending|waiting for) (?:courier |carrier )?pick ?-?up"
        r"|(?:shipping|shipment|dispatch|advance) notice (?:received|sent)",
        priority=73,
    ),
    rule(
        # A damaged or unreadable label is not a damaged parcel (above en.damaged).
        "en.exception.label.s14",
        S.EXCEPTION,
        r"(?<!address )label (?:is |was )?(?:damaged|unreadable|illegible|torn)"
        r"|(?:damaged|unreadable|illegible|torn) label|non-?conveyable",
        priority=91,
    ),
    rule(
        "en.delayed.missed.s14",
        S.DELAYED,
        r"missed (?:the |its )?(?:scheduled |planned |intended )?(?:transport|connection|flight"
        r"|truck|linehaul|cut-?off|departure|vehicle)",
    ),
    rule(
        "en.failed.leave.s14",
        S.FAILED_ATTEMPT,
        r"(?:unable to|could not|couldn't|cannot|can't) (?:safely )?(?:leave|secure)"
        r" (?:the |your )?(?:parcel|package|item|shipment)",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "en.address.incomplete.s14",
        S.ADDRESS_ISSUE,
        r"(?:incomplete|insufficient|incorrect|invalid|wrong) (?:delivery|shipping|recipient"
        r"|consignee|postal|street) address",
    ),
    rule(
        "en.ofd.next.s14",
        S.OUT_FOR_DELIVERY,
        r"(?:you(?:'re| are)|your (?:delivery|parcel|package) is) next\b|next stop is you"
        r"|assigned to (?:a |the |your )?(?:driver|courier|rider)\b(?! for (?:pick|collect))",
    ),
    rule(
        "en.lost.missing.s14",
        S.LOST,
        r"missing in transit|went missing|(?:parcel|package|item|shipment) (?:is )?missing\b"
        r"(?! (?:documents|information|data|label|address|paperwork|invoice|from))",
    ),
    rule(
        "en.info.not_handed.s14",
        S.INFO_RECEIVED,
        r"(?:has not|hasn't) (?:yet )?(?:handed|given|sent|dropped)|(?:getting|preparing) your"
        r" (?:order|parcel|item|package) ready|(?:details|information|data) (?:have|has) been sent"
        r" to us",
        on_negation=S.INFO_RECEIVED,
    ),
    rule(
        "en.in_transit.moved.s14",
        S.IN_TRANSIT,
        r"moved to (?:the )?next (?:sort|facility|hub|location|cent(?:er|re)|depot)",
    ),
    rule(
        "en.departed_origin.sending.s14",
        S.DEPARTED_ORIGIN,
        r"(?:sent|dispatched|left|departed) (?:from )?(?:the )?(?:origin|sending|exporting)"
        r" country",
        priority=51,
    ),
    rule(
        "en.handed_over.partner.s14",
        S.HANDED_OVER,
        r"(?:passed|transferred|handed|given) (?:over )?to (?:our |the |a )?(?:delivery partner"
        r"|destination (?:carrier|courier|post))",
        priority=56,
    ),
    rule(
        "en.ofd.van.s14",
        S.OUT_FOR_DELIVERY,
        r"(?:driver|courier) will deliver (?:it|your (?:parcel|package|item|shipment)) today"
        r"|loaded onto (?:our |the )?(?:van|delivery vehicle)|courier has your (?:parcel|package"
        r"|item)",
    ),
    rule(
        "en.failed.not_in.s14",
        S.FAILED_ATTEMPT,
        r"we called but|you (?:weren't|were not) in\b|(?:access|entry) to (?:the )?(?:building"
        r"|property|premises) (?:was )?not possible",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "en.address.appears.s14",
        S.ADDRESS_ISSUE,
        r"address (?:appears|seems) (?:to be )?(?:incorrect|incomplete|wrong|invalid)|(?:need"
        r"|require) (?:more|additional|further) address (?:details|information)",
    ),
    rule(
        "en.exception.looking.s14",
        S.EXCEPTION,
        r"(?:we're|we are) looking into (?:this|it|your)",
        priority=35,
        confidence=0.8,
    ),
    rule(
        "en.delayed.van.s14",
        S.DELAYED,
        r"(?:didn't|did not) make it (?:onto|on to|on) (?:the|our) (?:van|vehicle|truck)",
        on_negation=S.DELAYED,
    ),
    rule(
        "en.returned.back.s14",
        S.RETURNED,
        rf"{_SENDER} has received (?:the |your )?(?:parcel|package|item|shipment|return) back"
        r"|received (?:the )?(?:parcel|package|item) back",
        priority=101,
    ),
    rule(
        "en.customs.held.fee.s14",
        S.CUSTOMS_HELD,
        r"pay (?:your|the) (?:fee|charges?)\b|fee to release",
        priority=81,
    ),
    rule(
        "en.customs.cleared.formalities.s14",
        S.CUSTOMS_CLEARED,
        r"customs formalities (?:(?:are|were|have been) )?(?:completed?|finished|done)",
        priority=79,
    ),
    rule(
        "en.lost.traced.s14", S.LOST, r"(?:cannot|can't|could not|couldn't) be traced|untraceable"
    ),
    rule(
        # Aggregators' status names written as one word (AfterShip: "AttemptFail").
        "en.aggregator.names.s14",
        S.IN_TRANSIT,
        r"^intransit$",
    ),
    rule("en.aggregator.failed.s14", S.FAILED_ATTEMPT, r"\battemptfail(?:ed|ure)?\b|\butl\b"),
    rule("en.aggregator.info.s14", S.INFO_RECEIVED, r"\binforeceived\b"),
    rule("en.aggregator.ofd.s14", S.OUT_FOR_DELIVERY, r"\boutfordelivery\b|^ofd\b"),
    rule("en.aggregator.pickup.s14", S.AVAILABLE_FOR_PICKUP, r"\bavailableforpickup\b"),
    rule("en.delivered.pod.s14", S.DELIVERED, r"^pod$"),
    rule(
        "en.info.pickup_pending.s14",
        S.INFO_RECEIVED,
        r"pick ?-?up (?:is )?(?:pending|scheduled|requested)",
        priority=73,
    ),
    rule(
        # A pickup from the sender that did not happen, as en.exception.pickup reads.
        "en.exception.pickup_not_done.s14",
        S.EXCEPTION,
        r"pick ?-?up (?:not done|not completed|not made)",
        priority=89,
        on_negation=S.EXCEPTION,
    ),
    rule("en.accepted.picked.s14", S.ACCEPTED, r"^picked$"),
    rule("en.exception.misplaced.s14", S.EXCEPTION, r"\bmisplaced\b", priority=35),
    rule(
        "en.delayed.connected.s14",
        S.DELAYED,
        r"(?:could not|couldn't|not) (?:be )?connected\b",
        on_negation=S.DELAYED,
    ),
    rule("en.customs.started.under.s14", S.CUSTOMS_STARTED, r"under (?:customs )?clearance"),
    rule(
        "en.customs.cleared.shipment.s14",
        S.CUSTOMS_CLEARED,
        r"^(?:shipment|parcel|item|package|consignment) (?:has been |was |is )?cleared\.?$"
        r"|returned from customs",
        priority=101,
    ),
    rule(
        "en.arrived.country_gateway.s14",
        S.ARRIVED_DESTINATION,
        r"(?:arrived|received) (?:at|in) (?:the )?destination country'?s?\b",
        priority=53,
    ),
    rule(
        "en.pickup.counter.s14",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:available|ready|waiting) at the counter|at the counter for (?:collection|pick ?-?up)",
    ),
    rule(
        "en.in_transit.exchange.s14",
        S.IN_TRANSIT,
        r"airport handover|(?:international )?(?:office of exchange|exchange office)|\breceptacle"
        r"|\b(?:despatch|dispatch) closed",
    ),
    rule(
        "en.departed.exchange.s14",
        S.DEPARTED_ORIGIN,
        r"left (?:the )?(?:international |outward )?(?:office of exchange|exchange office)",
        priority=51,
    ),
    rule(
        # Shipped by the seller but not yet scanned by the carrier: still the data only.
        "en.info.not_scanned.s14",
        S.INFO_RECEIVED,
        r"(?:once|when) the carrier scans|(?:has not|hasn't|not) (?:yet )?(?:been )?scanned by"
        r" the carrier",
        priority=75,
        on_negation=S.INFO_RECEIVED,
    ),
    rule("en.in_transit.stage.s14", S.IN_TRANSIT, r"moved to the next stage"),
    rule(
        "en.arrived.landed.s14",
        S.ARRIVED_DESTINATION,
        rf"(?:landed|touched down) in {_COUNTRY}\b{_NOT_A_PLACE}",
        priority=53,
    ),
    rule(
        "en.handed_over.off.s14",
        S.HANDED_OVER,
        r"handed off to (?:the )?(?:local|destination|last[ -]?mile|domestic)"
        r"|completed by (?:the )?(?:local )?(?:postal service|post office|usps|post)\b",
        priority=56,
        modal_ok=True,  # "will be completed by the local post" as the corpus' "will be handed"
    ),
    rule(
        "en.ofd.truck.s14",
        S.OUT_FOR_DELIVERY,
        r"on the delivery (?:truck|van|vehicle)|on board with (?:our|the|your) (?:courier|driver)"
        r"|(?:a )?few stops away",
    ),
    rule(
        "en.failed.complete.s14",
        S.FAILED_ATTEMPT,
        r"unable to complete (?:the )?delivery|could not get into (?:the )?(?:building|property"
        r"|premises)",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "en.address.verify.s14",
        S.ADDRESS_ISSUE,
        r"address could not be (?:verified|validated|confirmed)|address (?:verification"
        r"|validation) failed|unable to verify (?:the )?address",
        on_negation=S.ADDRESS_ISSUE,
    ),
    rule(
        "en.exception.occurred.s14",
        S.EXCEPTION,
        r"an? (?:issue|problem) has occurred|(?:issue|problem) occurred with",
        priority=35,
        confidence=0.8,
    ),
    rule(
        "en.returned.return_received.s14",
        S.RETURNED,
        r"return (?:has been |was )?received by (?:the )?(?:seller|merchant|retailer|sender"
        r"|shipper)",
        priority=101,
    ),
    rule(
        "en.customs.held.must_pay.s14",
        S.CUSTOMS_HELD,
        r"customs (?:charges|fees|duties) (?:must|need to|have to) be paid|must be paid before"
        r" (?:release|delivery)",
        priority=81,
    ),
    rule(
        "en.address.undeliverable.s14",
        S.ADDRESS_ISSUE,
        r"undeliverable address|address (?:is )?undeliverable|address (?:provided |given )?(?:is )?"
        r"insufficient|missing (?:apartment|apt|suite|unit|flat|house|street|building) (?:or \w+ )?"
        r"(?:number|no)\b|(?:post ?code|zip ?code|pin ?code) (?:does not|doesn't) match",
        on_negation=S.ADDRESS_ISSUE,
    ),
    rule(
        "en.exception.action.s14",
        S.EXCEPTION,
        r"awaiting (?:further )?action",
        priority=35,
        confidence=0.8,
    ),
    rule(
        "en.delayed.restrictions.s14",
        S.DELAYED,
        r"(?:due to|because of) (?:local |government |regional )?restrictions",
        priority=71,
    ),
    rule(
        "en.customs.held.instructions.s14",
        S.CUSTOMS_HELD,
        r"clearance instructions",
        priority=81,
    ),
    rule(
        "en.accepted.scanned_in.s14",
        S.ACCEPTED,
        r"scanned in at (?:the )?origin|drop-?off completed",
        priority=45,
    ),
    rule(
        "en.info.carrier_received_data.s14",
        S.INFO_RECEIVED,
        r"received (?:the )?(?:shipment|parcel|package|order) (?:information|info|data|details)",
        priority=46,
    ),
    rule(
        "en.handed_over.postal.s14",
        S.HANDED_OVER,
        r"handed to (?:the )?(?:postal service|post office|local post)",
        priority=56,
    ),
    rule(
        "en.in_transit.moving_to.s14",
        S.IN_TRANSIT,
        r"moving to (?:the )?(?:delivery|next|destination) (?:location|facility|hub|depot|station)",
    ),
    rule(
        "en.exception.set_aside.s14",
        S.EXCEPTION,
        r"set aside\b(?! for (?:collection|pick|you))|contact us about (?:your|the|this)",
        priority=35,
        confidence=0.8,
    ),
    rule(
        "en.pickup.available_at.s14",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:available|waiting) (?:at|in) (?:your |the |a )?(?:local )?(?:[\w-]{1,15} )?"
        r"(?:parcel ?point|pick ?-?up point|parcel ?shop|locker|collection point|service point)\b"
        r"|stored at [\w ]{0,30}for (?:customer |recipient )?(?:pick ?-?up|collection)"
        r"|available to collect",
    ),
    rule(
        # Not with the carrier yet (above en.pickup for "ready to be collected from the sender").
        "en.info.not_sent.s14",
        S.INFO_RECEIVED,
        r"waiting for the (?:shipment|parcel|package|item) to be handed over|(?:hasn'?t|has not)"
        r" been sent yet|ready to be collected from (?:the )?(?:sender|shipper|seller|merchant)"
        r"|sender has prepared|courier assigned for pick ?-?up",
        priority=73,
        on_negation=S.INFO_RECEIVED,
    ),
    rule(
        "en.delayed.held_over.s14",
        S.DELAYED,
        r"\bheld over\b(?! for (?:collection|pick))",
        priority=71,
    ),
    rule("en.accepted.network.s14", S.ACCEPTED, r"received into our network"),
    rule(
        "en.ofd.driver_has.s14",
        S.OUT_FOR_DELIVERY,
        r"(?:driver|courier) has your (?:parcel|package|item|delivery)",
    ),
    rule("en.delivered.neighbour.s14", S.DELIVERED, r"left with (?:a |your |the )?neighbou?r"),
    rule(
        "en.in_transit.network.s14",
        S.IN_TRANSIT,
        r"awaiting delivery scan|moving (?:within|through) (?:the )?(?:[\w-]{1,10} )?network",
    ),
    rule(
        "en.info.details_only.s14",
        S.INFO_RECEIVED,
        r"(?:details|information|data) but not the (?:parcel|package|item|shipment)"
        r"|sender has registered the (?:parcel|package|shipment)",
        priority=46,
    ),
    rule("en.failed.premises.s14", S.FAILED_ATTEMPT, r"premises (?:were|was|are) closed"),
    rule(
        "en.pickup.waiting_for_you.s14",
        S.AVAILABLE_FOR_PICKUP,
        r"waiting for you at\b|collect (?:your|the) (?:parcel|package|item) within",
    ),
    rule(
        "en.delivered.safe_place.s14",
        S.DELIVERED,
        r"left in (?:the |your )?(?:agreed |designated |nominated |chosen )?safe place",
    ),
    # Session 15 (s15-textsrc): InPost's tracking-event names (its developer docs as an app
    # quotes them) and a Spanish last-mile carrier's driver step.
    rule("en.info.creation.s15g", S.INFO_RECEIVED, r"\bparcel creation\b"),
    rule("en.info.ready_acceptance.s15g", S.INFO_RECEIVED, r"ready for acceptance", priority=45),
    rule(
        "en.in_transit.adopted.s15g",
        S.IN_TRANSIT,
        r"\badopted at (?:the |a )?(?:logistics|sorting|branch|depot|hub|terminal|cent)",
    ),
    rule(
        "en.in_transit.readdressed.s15g",
        S.IN_TRANSIT,
        r"\b(?:delivery|parcel|shipment) re-?addressed\b",
    ),
    rule(
        "en.pickup.stored_point.s15g",
        S.AVAILABLE_FOR_PICKUP,
        r"stored (?:temporar\w* )?(?:in|at) (?:a |the |your )?(?:service point|parcel ?shop"
        r"|pick-?up point|parcel locker|locker)",
    ),
    rule(
        "en.returning.expired_point.s15g",
        S.RETURNING,
        r"\bexpired (?:stored (?:parcel|item|shipment)|on (?:the |a )?(?:temporary )?(?:box machine"
        r"|collection point|parcel locker|locker|pick-?up point|service point))",
    ),
    rule(
        "en.exception.redirect_cancelled.s15g",
        S.EXCEPTION,
        r"\bredirect(?:ion)? (?:was )?cancell?ed\b",
        priority=89,
    ),
    rule(
        "en.pickup.reminder.s15g",
        S.AVAILABLE_FOR_PICKUP,
        r"\breminder to (?:collect|pick ?up)\b",
        modal_ok=True,
    ),
    rule(
        "en.address.undeliverable.s15g",
        S.ADDRESS_ISSUE,
        r"\bincorrect delivery details\b|\b(?:receiver|recipient) unknown\b",
    ),
    rule(
        "en.ofd.assigned_driver.s15g",
        S.OUT_FOR_DELIVERY,
        r"\bassigned to (?:one of our |a |the |our )?(?:delivery )?"
        r"(?:drivers?|couriers?|riders?)\b",
    ),
    # Session 15 (s15-textsrc), UPS's customer-facing event descriptions (karrio's vendor
    # table): the point that cannot take the parcel, a location damaged by fire (not the
    # parcel), a sender's parcel not ready for collection, a receiver who acknowledged receipt,
    # late or rescheduled deliveries, investigations and a search for the parcel (93, above the
    # loss they look into), customs or export holds, a partner for final delivery.
    rule(
        "en.in_transit.moved_facility.s15g",
        S.IN_TRANSIT,
        r"\bmoved (?:by the post office )?to a (?:different|new|another) facility",
    ),
    rule(
        "en.exception.point_unavailable.s15g",
        S.EXCEPTION,
        r"\b(?:original|chosen|selected|preferred) (?:ups )?(?:access point(?:tm)?|service point"
        r"|pick-?up point|parcel ?shop|locker)(?: location)? (?:is )?not available"
        r"|\bdelivery could not be made to the (?:original|chosen|selected)",
        priority=69,
    ),
    rule(
        "en.exception.site_damaged.s15g",
        S.EXCEPTION,
        r"\blocation was damaged by (?:fire|flood|storm)",
        priority=91,
    ),
    rule(
        "en.address.rural_route.s15g",
        S.ADDRESS_ISSUE,
        r"\brural route\b|\bstreet has not been assigned",
    ),
    rule(
        "en.customs.cleared.agency.s15g",
        S.CUSTOMS_CLEARED,
        r"\breleased by (?:the )?clear(?:ing)? agency",
    ),
    rule(
        "en.delivered.acknowledged.s15g",
        S.DELIVERED,
        r"\b(?:receiver|recipient|consignee|customer) (?:has )?acknowledge[sd]? receipt",
    ),
    rule(
        "en.delayed.later_than.s15g",
        S.DELAYED,
        r"\bdelivered (?:later than (?:the )?(?:normal|scheduled|usual|expected)"
        r"|after the scheduled)"
        r"|\badjusting (?:delivery )?plans\b|\b(?:delivery )?area is inaccessible",
        priority=71,
    ),
    rule(
        "en.exception.not_ready_pickup.s15g",
        S.EXCEPTION,
        r"\bnot ready for pick ?-?up\b"
        r"|\btried to pick ?up the (?:package|parcel|shipment)(?: again)?, but",
        priority=89,
    ),
    rule(
        "en.failed.signature.s15g",
        S.FAILED_ATTEMPT,
        r"\b(?:not able|unable) to (?:secure|obtain|get) (?:an? )?(?:adult )?signature"
        r"|\bdelivery was not made\b|\bdid not present (?:proper |valid )?(?:identification|id)\b",
    ),
    rule(
        "en.delayed.on_schedule.s15g",
        S.DELAYED,
        r"\bunable to deliver (?:your |the )?(?:package|parcel|shipment) on schedule",
        priority=83,
    ),
    rule(
        "en.exception.investigation.s15g",
        S.EXCEPTION,
        r"\blost (?:package|parcel|shipment) investigation\b|\battempting to locate\b",
        priority=93,
    ),
    rule(
        "en.exception.no_contact.s15g",
        S.EXCEPTION,
        r"\bunable to contact (?:the )?(?:customer|receiver|recipient|consignee)\b"
        r"|\bno response received\b",
    ),
    rule("en.handed_over.partner.s15g", S.HANDED_OVER, r"\b(?:partner|agent) for final delivery\b"),
    rule(
        "en.address.as_addressed.s15g",
        S.ADDRESS_ISSUE,
        r"\bunable to deliver .{0,40}as addressed\b",
    ),
    rule(
        "en.returned.it_to_sender.s15g",
        S.RETURNED,
        r"\breturned (?:it|them) to (?:the )?(?:sender|shipper)\b",
    ),
    rule(
        "en.delayed.wrong_office.s15g",
        S.DELAYED,
        r"\b(?:transferred|sent|routed) to the wrong (?:post office|facility|hub|depot|location)",
        priority=71,
    ),
    rule(
        "en.in_transit.final_mile.s15g",
        S.IN_TRANSIT,
        r"\bexport processing site\b|\bpreparing for final[- ]mile\b"
        r"|\bmoving to (?:the |a )?(?:local )?(?:post office|facility|hub|depot)",
    ),
    rule("en.accepted.possession.s15g", S.ACCEPTED, r"\breceived into (?:\w+ )?possession\b"),
    rule(
        "en.customs.held.export.s15g",
        S.CUSTOMS_HELD,
        r"\bcustoms or (?:other )?government hold|\bheld (?:at|for|by) export customs",
        priority=83,
    ),
    rule("en.refused.damaged_short.s15g", S.REFUSED, r"\brefused - damaged\b", priority=91),
    rule(
        "en.delayed.accident.s15g",
        S.DELAYED,
        r"\b(?:vehicle|truck|traffic|transportation) accident\b|\btruck mechanical\b"
        r"|\btrain derailment\b|\bmechanical (?:failure|breakdown|problem)",
    ),
    rule(
        "en.failed.location_closed.s15g", S.FAILED_ATTEMPT, r"\bdelivery location (?:was )?closed\b"
    ),
    rule(
        "en.lost.theft.s15g",
        S.LOST,
        r"\btheft\b|\b(?:package|parcel|shipment|item) was discarded\b",
    ),
    # Session 15 (s15-en), round 1: a scan at a node of the network after the acceptance is a
    # transit step ("Package received at the inbound facility", "Accepted at destination sort
    # facility", "RECEIVED AT ORIGIN GATEWAY"), above en.accepted's "package received" and
    # "accepted at"; the origin's facility or depot ("Received at origin facility") and a post
    # office counter stay the acceptance. "Accepted at" a plain sorting centre is left alone,
    # and so is a distribution centre (DHL eCommerce's first scan is "PACKAGE RECEIVED AT DHL
    # ECOMMERCE DISTRIBUTION CENTER", `accepted`).
    rule(
        "en.in_transit.node_scan.s15d",
        S.IN_TRANSIT,
        r"(?:received|scanned|processed|sorted) (?:in|at|into|through) (?:the |a |an )?"
        r"(?:(?!origin\b)[\w-]{1,20} ){0,3}?(?:(?:sort(?:ing|ation)?|processing"
        r"|mail|parcel|network|regional|transit|inbound|outbound|export|delivery) (?:cent(?:er|re)"
        r"|facility|hub|depot|site|plant|unit)|(?:origin )?gateway|hub|delivery (?:post )?office"
        r"|(?:central )?mail exchange|(?:post )?office of exchange|exchange office"
        r"|(?:mail|parcel) processing|mpc|imc)\b"
        r"|received by (?:the )?(?:[\w-]{1,20} ){0,3}?(?:hub|sorting (?:cent(?:er|re)|facility))\b"
        r"(?! from (?:the )?(?:seller|sender|shipper|merchant|customer))"
        r"|accepted (?:at|into|in) (?:the |a |an )?(?:[\w-]{1,20} )?(?:destination|inbound"
        r"|transit|delivery (?:office|cent(?:er|re)|depot|unit))",
        priority=45,
    ),
    rule(
        "en.arrived.inbound_international.s15d",
        S.ARRIVED_DESTINATION,
        r"inbound international arrival|international arrival (?:scan|at destination)",
    ),
    rule(
        "en.pickup.local_point.s15d",
        S.AVAILABLE_FOR_PICKUP,
        r"\bis (?:now )?at your (?:local|nearest) (?:customer service point|delivery office"
        r"|post office|collection point|depot|enquiry office)",
        priority=75,
    ),
    rule(
        "en.info.expecting.s15d",
        S.INFO_RECEIVED,
        r"\bwe(?:'re| are) expecting (?:it|your (?:item|parcel|package|shipment))",
    ),
    # Round 2: express carriers' scans and notices (UPS, FedEx, DHL, TNT, Aramex, Evri, Yodel,
    # Purolator, OnTrac, Sendle, Toll).
    rule(
        "en.delayed.date_pending.s15d",
        S.DELAYED,
        r"delivery date will be (?:provided|updated|confirmed|advised)|running (?:a (?:bit|little)"
        r" )?(?:behind|late)",
        modal_ok=True,
    ),
    rule(
        "en.exception.shipper_hold.s15d",
        S.EXCEPTION,
        r"(?:shipper|sender|seller|merchant) (?:has )?requested (?:that )?the (?:package|parcel"
        r"|shipment|item) (?:be )?held",
        priority=45,
        modal_ok=True,
    ),
    rule(
        "en.customs.brokerage.s15d",
        S.CUSTOMS_HELD,
        r"held for brokerage|brokerage (?:paperwork|documents?) (?:is |are )?required"
        r"|(?:import )?dut(?:y|ies) (?:and|&) tax(?:es)? (?:have|has) not been paid",
        priority=81,
        on_negation=False,
    ),
    rule(
        "en.pickup.return_if_not_collected.s15d",
        S.AVAILABLE_FOR_PICKUP,
        # "… and is scheduled to be returned if not picked up": the return is a condition.
        r"(?:access point|locker|post office|pick ?up point|parcel ?shop|service point)\b.{0,40}"
        r"\bto be returned if not (?:picked up|collected)",
        priority=96,
        modal_ok=True,
    ),
    rule(
        "en.info.awaiting_pickup_from_sender.s15d",
        S.INFO_RECEIVED,
        r"(?:data|details|information) received,? (?:and )?awaiting (?:collection|pick ?up)"
        r"|(?:has been|have been|was) notified,? (?:and )?awaiting (?:collection|pick ?up)"
        r"|(?:parcel|package|shipment) details and will (?:let you know|update you|notify you)"
        r" when we (?:receive|get) it",
        priority=73,
        modal_ok=True,
    ),
    rule(
        "en.ofd.driver.s15d",
        S.OUT_FOR_DELIVERY,
        r"(?:driver|postman|postie|courier) will deliver your (?:parcel|package|item|shipment)"
        r" (?:between|today|this)"
        r"|^(?:parcel|package|item|shipment) (?:is )?with (?:the |your )?(?:driver|courier)$"
        r"|on (?:the )?(?:truck|van|vehicle|lorry) for delivery",
        modal_ok=True,
    ),
    # Round 3: posts and couriers of Asia, Africa and Oceania in English.
    rule(
        "en.address.left.s15d",
        S.ADDRESS_ISSUE,
        r"(?:addressee|consignee|recipient|customer) (?:has )?(?:left without (?:instructions"
        r"|(?:a )?forwarding address)|shifted|relocated)\b",
    ),
    rule(
        "en.ofd.delivery_staff.s15d",
        S.OUT_FOR_DELIVERY,
        r"with (?:our |the |a )?(?:local )?(?:delivery staff|postman|postwoman|postie|courier"
        r"|delivery (?:man|boy|person)) for delivery",
    ),
    rule(
        "en.arrived.in_destination_country.s15d",
        S.ARRIVED_DESTINATION,
        r"arrived (?:at|in) (?:the |a |an )?(?:[\w-]{1,20} ){1,5}?in (?:the )?(?:country of"
        r" destination|destination country)",
        priority=53,
    ),
    rule(
        "en.pickup.kept.s15d",
        S.AVAILABLE_FOR_PICKUP,
        r"kept (?:at|in) (?:the |your )?(?:[\w-]{1,20} ){0,3}?(?:post office|branch|outlet|depot"
        r"|counter|station)(?: for (?:collection|pick ?up))?",
    ),
    rule(
        "en.delayed.future_delivery.s15d",
        S.DELAYED,
        r"requested (?:a )?future delivery|future delivery requested",
        priority=83,
    ),
    rule(
        "en.info.seller_arranged.s15d",
        S.INFO_RECEIVED,
        r"seller (?:has )?arranged (?:the )?(?:shipment|pick ?up|delivery)",
    ),
    # Round 4: the China-export lines' terse warehouse and hand-over scans.
    rule(
        "en.in_transit.bound.s15d",
        S.IN_TRANSIT,
        r"(?:facility|warehouse|hub|cent(?:er|re)|goods|parcel|depot)\W{1,3}(?:outbound|inbound)$"
        r"|^[\w-]{1,20} (?:outbound|inbound)$|warehouse (?:has )?shipped out|shipped out from"
        r" (?:the |our )?warehouse|warehouse shipping (?:completed|done)",
        confidence=0.85,
    ),
    rule(
        "en.accepted.warehouse.s15d",
        S.ACCEPTED,
        r"warehouse (?:has )?received(?: the (?:parcel|package|shipment|item))?$"
        r"|warehouse receiving (?:completed|done)|\be-?packet accepted"
        r"|received by .{1,40} from (?:the )?(?:seller|sender|shipper|merchant)\b",
        priority=46,
    ),
    rule(
        "en.handed_over.postal_operator.s15d",
        S.HANDED_OVER,
        r"(?:handed over|delivered|transferred|passed) to (?:the )?(?:local )?(?:postal (?:operator"
        r"|service|partner)|national post)\b|\binterline (?:outbound|transfer|hand ?over)",
        priority=71,
    ),
    rule(
        "en.delivered.recipient_received.s15d",
        S.DELIVERED,
        # The recipient's receipt, not the carrier's ("Customer received the parcel" was read
        # as an acceptance by en.accepted.more).
        r"(?:customer|recipient|consignee|addressee|buyer|receiver) (?:has )?(?:successfully )?"
        r"received (?:the |your |his |her )?(?:parcel|package|shipment|item|order|goods)\b",
        priority=71,
    ),
    # Round 5: shops' notification mails, tracking pages and terse codes.
    rule(
        "en.info.shop_order.s15d",
        S.INFO_RECEIVED,
        r"(?:order|it) (?:is|has been) confirmed and will ship|will ship soon"
        r"|created (?:a |the )?shipping label"
        r"|(?:being )?prepared for (?:shipment|shipping|dispatch)"
        r"|expected to (?:arrive|be) with us|(?:arrive|be) with us soon",
        modal_ok=True,
    ),
    rule(
        "en.accepted.order_handed.s15d",
        S.ACCEPTED,
        r"order (?:has been|was) (?:handed|given) (?:over )?to (?:the )?(?:carrier|courier"
        r"|shipping (?:company|carrier)|delivery (?:company|service))",
    ),
    rule(
        "en.delivered.door.s15d",
        S.DELIVERED,
        r"\bleft (?:near|at|by|on|outside) (?:the |your )?(?:front |back |side )?(?:door|porch"
        r"|doorstep)\b",
    ),
    rule(
        "en.delayed.now_later.s15d",
        S.DELAYED,
        r"\bwill now be (?:delivered|made|arriving)|unforeseen circumstances",
        priority=71,
        modal_ok=True,
    ),
    rule(
        "en.address.update.s15d",
        S.ADDRESS_ISSUE,
        r"please (?:update|correct|confirm|check) (?:your |the )?(?:delivery |shipping )?address",
        modal_ok=True,
    ),
    rule(
        "en.in_transit.our_network.s15d",
        S.IN_TRANSIT,
        r"\bin our (?:network|system)\b(?! yet)",
        confidence=0.85,
    ),
    rule(
        "en.pickup.taken_to.s15d",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:taken (?:your|the) (?:parcel|package|item)|(?:has been|was) taken) to"
        r" (?:a |the |your )?(?:local )?"
        r"(?:[\w-]{1,20} )?(?:pick ?up"
        r"|parcel|collection|post|service) ?(?:shop|point|office|locker|store)",
    ),
    rule("en.delivered.code.s15d", S.DELIVERED, r"^dlvd$", confidence=0.85),
    rule(
        "en.cancelled.void.s15d",
        S.CANCELLED,
        r"(?:shipment|label|shipping label|consignment) void(?:ed)?\b",
    ),
    # Round 6: posts' scans in English (Canada, Australia, New Zealand, Ireland, Israel, Hong
    # Kong, Japan, Korea, Taiwan) and the neighbours of every sub-status.
    rule(
        "en.customs.duty_held.s15d",
        S.CUSTOMS_HELD,
        r"held for (?:the )?(?:dut(?:y|ies)|taxe?s?|customs charges?|vat)(?: payment)?\b"
        r"|customs charges? (?:is |are )?(?:due|payable|outstanding|to (?:be )?pa(?:y|id))",
        priority=81,
        modal_ok=True,
    ),
    rule(
        "en.in_transit.sent_to_node.s15d",
        S.IN_TRANSIT,
        r"(?:sent|forwarded|dispatched|moved) to (?:the |a |our )?(?:delivery|sorting|processing"
        r"|regional|distribution) (?:facility|cent(?:er|re)|depot|hub|post office|office)",
    ),
    rule(
        "en.ofd.onboard.s15d",
        S.OUT_FOR_DELIVERY,
        r"on ?board (?:with|for) (?:the |your )?(?:driver|courier|delivery)|\bon route for delivery"
        r"|^(?:(?:the )?(?:item|parcel|package|shipment) )?(?:is )?(?:now )?being delivered$",
    ),
    rule(
        "en.pickup.waiting_for_collection.s15d",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:waiting|on hand|kept|available|ready|lying|left|held) (?:at|in) (?:the |your |a )?"
        r"(?!\d|(?:one|two|three|a few) |customs)(?:[\w-]{1,20} ){1,4}?for (?:customer |recipient "
        r"|consignee )?(?:collection|pick ?up)\b(?! by (?:the |a )?(?:courier|driver|carrier))"
        r"|held at (?:the |a |your )?(?:[\w-]{1,20} )?"
        r"(?:store|shop|locker|post office|access point|service point) for \d{1,2} days",
        priority=73,
    ),
    rule(
        "en.lost.not_found.s15d",
        S.LOST,
        r"(?:item|parcel|package|shipment|consignment) could not be (?:found|traced|located)",
    ),
    # Not "Tracking expired soon" (a session 12 case without a status).
    rule("en.expired.tracking.s15d", S.EXPIRED, r"tracking (?:has )?expired\b(?! soon)"),
    rule(
        "en.returning.back_to_shop.s15d",
        S.RETURNING,
        r"on (?:its|the) way back to (?:the |our )?(?:shop|store|warehouse|retailer|webshop)",
        priority=96,
    ),
    rule(
        "en.returned.return_arrived.s15d",
        S.RETURNED,
        r"(?:your |the )?return (?:has )?(?:arrived|been received) (?:at|in) (?:the |our )?"
        r"(?:warehouse|shop|store|retailer|seller)",
    ),
    # Round 7: Indian couriers, Amazon, DPD UK, DHL Parcel UK and Royal Mail's notices.
    rule(
        "en.failed.cash_not_ready.s15d",
        S.FAILED_ATTEMPT,
        r"\bcash not ready|(?:cod |cash on delivery )?amount not (?:ready|available)",
        priority=83,
        on_negation=False,
    ),
    rule(
        "en.refused.cancelled_at_door.s15d",
        S.REFUSED,
        r"cancell?ed by (?:the )?(?:customer|consignee|recipient|buyer) at (?:the )?"
        r"(?:door(?:step)?|delivery)|(?:customer|consignee|recipient|buyer) cancell?ed (?:the )?"
        r"(?:order|shipment|parcel) at (?:the )?(?:door(?:step)?|delivery)",
        priority=89,
    ),
    rule(
        "en.delayed.held_up.s15d",
        S.DELAYED,
        r"\bheld up (?:due to|by|because|in)\b",
        priority=71,
    ),
    rule(
        "en.address.pincode.s15d",
        S.ADDRESS_ISSUE,
        r"(?:pin ?code|post ?code|zip ?code) (?:mismatch|incorrect|invalid|wrong)",
    ),
    rule(
        "en.ofd.delivery_partner.s15d",
        S.OUT_FOR_DELIVERY,
        r"assigned to (?:a |the |our |your )?delivery (?:partner|executive|associate|boy|agent)"
        r"|delivery (?:partner|executive|associate|agent) is on (?:the|his|her|their) way"
        r"(?! to (?:pick|collect))|out-?scan(?:ned)? for delivery"
        r"|on (?:its|the) way with (?:your|the|our) (?:[\w-]{1,20} )?(?:driver|courier)",
        priority=67,
    ),
    rule("en.accepted.pickup_inscan.s15d", S.ACCEPTED, r"pick ?-?up in-?scan(?:ned)?"),
    rule(
        "en.returned.to_shop.s15d",
        S.RETURNED,
        r"^(?:(?:the |your )?(?:package|parcel|item|shipment|order) )?(?:has been |was )?returned"
        r" to (?:amazon|the (?:shop|store|retailer|seller|merchant))$",
    ),
    rule(
        "en.in_transit.local_delivery_centre.s15d",
        S.IN_TRANSIT,
        r"\bis (?:now )?at (?:[\w'-]{1,20} ){0,2}?(?:local )?(?:delivery|distribution|sorting)"
        r" (?:cent(?:er|re)|depot|hub)\b",
    ),
    rule(
        "en.info.details_received.s15d",
        S.INFO_RECEIVED,
        r"received (?:your |the )?(?:parcel|package|shipment|order|item) (?:details|information"
        r"|data)",
        priority=46,
    ),
    rule(
        "en.customs.pay_to_release.s15d",
        S.CUSTOMS_HELD,
        r"pay (?:the )?(?:import )?(?:dut(?:y|ies)|vat|customs (?:charges?|fees?)|tax(?:es)?|fees?)"
        r" (?:now )?to release|fee (?:is )?(?:payable|to pay|due) before we can deliver",
        priority=81,
        modal_ok=True,
    ),
    rule(
        "en.departed.country.s15d",
        S.DEPARTED_ORIGIN,
        rf"(?:despatched|dispatched|exported) from {_COUNTRY}\b{_NOT_A_PLACE}",
    ),
    rule("en.customs.border_force.s15d", S.CUSTOMS_STARTED, r"\bwith (?:uk )?border force\b"),
    rule(
        "en.customs.border_force_released.s15d",
        S.CUSTOMS_CLEARED,
        r"released by (?:uk )?border force",
    ),
    rule(
        "en.in_transit.induction.s15d",
        S.IN_TRANSIT,
        r"\binduct(?:ion|ed)\b|\bdeconsolidat(?:ed|ion)\b|container (?:received|unloaded|opened)",
    ),
    # Round 15: posts' English scans (Japan, Hong Kong, Israel, South Africa) and the pairs of
    # neighbours: pickups from the sender, customs entries, deferred deliveries.
    rule("en.in_transit.delivery_preparation.s15d", S.IN_TRANSIT, r"^delivery preparation$"),
    rule(
        "en.failed.not_home.s15d",
        S.FAILED_ATTEMPT,
        r"not (?:found|present) at home",
        priority=93,
        on_negation=False,
    ),
    rule("en.delayed.deferred.s15d", S.DELAYED, r"\bdelivery deferred\b", priority=71),
    rule(
        "en.customs.entry_rejected.s15d",
        S.CUSTOMS_HELD,
        r"customs entry (?:rejected|refused|on hold|held)",
        priority=81,
    ),
    rule(
        "en.customs.entry_released.s15d",
        S.CUSTOMS_CLEARED,
        r"customs entry released",
        priority=79,
    ),
    rule("en.in_transit.redirect.s15d", S.IN_TRANSIT, r"\bredirect(?:ion)? in progress"),
    rule("en.accepted.pickup_request_done.s15d", S.ACCEPTED, r"pick ?-?up request completed"),
    rule(
        "en.exception.pickup_request_failed.s15d",
        S.EXCEPTION,
        r"pick ?-?up (?:request )?failed",
        priority=89,
    ),
    rule(
        "en.handed_over.partner_final.s15d",
        S.HANDED_OVER,
        r"(?:forwarded|transferred|passed|handed(?: over)?) to (?:a |the |our )?"
        r"(?:delivery |local )?partner for (?:final )?delivery",
        priority=56,
    ),
    rule(
        "en.refused.rejected_at_delivery.s15d",
        S.REFUSED,
        r"\brejected at (?:the )?(?:delivery|door(?:step)?)",
    ),
    # Round 18: Canadian, Australian, South-East Asian, African and Gulf couriers; the sorting
    # family in the carrier's own voice; returns, holds and losses in full sentences.
    rule(
        "en.ofd.with_driver.s15d",
        S.OUT_FOR_DELIVERY,
        r"\bis (?:now )?with (?:an? |the |your |our )?(?:[\w-]{1,20} )?(?:delivery )?(?:driver"
        r"|courier)$",
    ),
    rule(
        "en.failed.back_to_warehouse.s15d",
        S.FAILED_ATTEMPT,
        # A failed attempt and the parcel taken back to the carrier's own node (96, above the
        # return its words read as), as "Visszaszállítva egy … létesítménybe" is.
        r"(?:delivery attempted|attempted delivery)\b.{1,60}\b(?:returned|taken back|brought back)"
        r" to (?:the |our )?(?:warehouse"
        r"|depot|facility|hub|station)\b",
        priority=96,
    ),
    rule(
        "en.address.unclear.s15d",
        S.ADDRESS_ISSUE,
        r"address (?:is )?not clear|unclear address",
        on_negation=False,
    ),
    rule(
        "en.exception.held_processing.s15d",
        S.EXCEPTION,
        r"held (?:at|in) (?:the |our |a )?(?:[\w-]{1,20} )?(?:processing|sorting|mail|sort)"
        r" cent(?:er|re)\b(?! for)",
        priority=35,
        confidence=0.8,
    ),
    rule(
        "en.delayed.wrong_node.s15d",
        S.DELAYED,
        r"sent to (?:the |a )?wrong (?:depot|facility|hub|office|branch|station"
        r"|sorting cent(?:er|re))",
        priority=71,
    ),
    rule("en.in_transit.on_track.s15d", S.IN_TRANSIT, r"on (?:track|schedule) for delivery"),
    rule(
        "en.info.not_handed_yet.s15d",
        S.INFO_RECEIVED,
        r"not (?:yet )?(?:been )?handed (?:over )?to us",
        priority=75,
        on_negation=False,
    ),
    rule(
        "en.accepted.handed_at_dropoff.s15d",
        S.ACCEPTED,
        r"handed (?:over )?to (?:the )?carrier at",
    ),
    rule(
        "en.returning.sent_back.s15d",
        S.RETURNING,
        r"(?:being|is being|will be) sent back\b(?! to (?:the |our )?(?:depot|hub|facility))",
        priority=96,
    ),
    rule(
        "en.returned.received_by_shipper.s15d",
        S.RETURNED,
        r"returned and received by (?:the )?(?:shipper|sender|seller|merchant)",
    ),
    rule(
        "en.lost.cannot_find.s15d",
        S.LOST,
        r"(?:can't|cannot|can not|couldn't|could not) (?:find|locate|trace) your (?:parcel"
        r"|package|item|shipment)",
        on_negation=False,
    ),
    rule(
        "en.customs.duties_owed.s15d",
        S.CUSTOMS_HELD,
        r"dut(?:y|ies) (?:are |is )?(?:owed|owing)|\bowe dut(?:y|ies)",
        priority=81,
    ),
    # Round 19: pairs of neighbours written side by side.
    rule(
        "en.customs.paid_released.s15d",
        S.CUSTOMS_CLEARED,
        # 84: above en.ofd.vehicle's "released for delivery" (83).
        r"(?:vat|dut(?:y|ies)|tax(?:es)?|charges) (?:have been |has been )?paid,? (?:and )?"
        r"released",
        priority=84,
    ),
    rule(
        "en.returned.back_with_sender.s15d",
        S.RETURNED,
        r"back with (?:the )?(?:sender|shipper|seller|merchant|retailer)",
    ),
    rule(
        "en.accepted.handed_to_us.s15d",
        S.ACCEPTED,
        r"handed (?:the|your|a) (?:parcel|package|item|shipment) (?:over )?to us\b"
        r"|booked in at (?:the )?(?:counter|post office|branch|depot)",
        priority=46,
    ),
    rule(
        "en.address.no_such_recipient.s15d",
        S.ADDRESS_ISSUE,
        r"no such (?:recipient|addressee|person|consignee)|missing (?:street|house|building|unit"
        r"|apartment|flat|door) (?:name|number)",
        priority=93,
    ),
    rule(
        "en.ofd.next_hour.s15d",
        S.OUT_FOR_DELIVERY,
        r"delivered (?:with)?in the next (?:hour|\d{1,3} (?:minutes|mins|hours))"
        r"|assigned to (?:a |the )?(?:delivery )?route\b",
        priority=71,
        modal_ok=True,
    ),
    rule("en.in_transit.relabelled.s15d", S.IN_TRANSIT, r"relabell?ed and (?:sent|forwarded)"),
    rule(
        "en.exception.abnormal.s15d",
        S.EXCEPTION,
        r"\babnormal (?:parcel|package|shipment|item)\b",
        priority=35,
        confidence=0.8,
    ),
    # A customs inspection follows the call of s15-asia (docs/classification.md): under way or
    # sent to one is customs_started, held or kept for/after one or one required is customs_held,
    # completed or released after one is customs_cleared.
    rule(
        "en.customs.inspection.started.s15l",
        S.CUSTOMS_STARTED,
        r"\bcustoms (?:inspection|examination)\b|\b(?:inspected|examined) by (?:the )?customs"
        r"|(?:under|undergoing) (?:a |the )?customs (?:inspection|examination|check)",
        priority=78,
    ),
    rule(
        "en.customs.inspection.held.s15l",
        S.CUSTOMS_HELD,
        r"(?:held|kept|detained|retained|on hold|stopped)(?: by (?:the )?customs)? (?:for|after"
        r"|following|pending|due to) (?:a |an |the )?(?:customs )?(?:inspection|examination)"
        r"|(?:held|kept|detained) for (?:inspection|examination) by (?:the )?customs"
        r"|requires? (?:a |an )?customs (?:inspection|examination)|customs (?:inspection"
        r"|examination)\W{1,3}(?:additional )?(?:documents?|paperwork|information) (?:requested"
        r"|required|needed)|customs (?:inspection|examination) hold\b"
        r"|customs clearance (?:is |has been )?delayed|\bdelay (?:in )?clearing\b.{0,40}\bcustoms",
        priority=82,
    ),
    rule(
        "en.customs.inspection.cleared.s15l",
        S.CUSTOMS_CLEARED,
        r"released (?:by customs )?(?:after|following) (?:a |the )?(?:customs )?(?:inspection"
        r"|examination)|(?:inspection|examination) (?:completed?|finished|passed) by (?:the )?"
        r"customs",
        priority=83,
    ),
    # "Received for processing" with no place: the carrier's intake (as the training "Item
    # received for processing" and "Received by Purolator for processing").
    rule(
        "en.accepted.received_processing.s15l",
        S.ACCEPTED,
        r"^(?:item |parcel |package |shipment )?received for processing$",
    ),
    # Express carriers' duty and broker wording: a payment or an importer's detail asked for
    # holds the parcel; duties paid and the parcel released clear it.
    rule(
        "en.customs.held.payment_requested.s15l",
        S.CUSTOMS_HELD,
        r"\b(?:duty|duties|taxe?s?|customs charges?|import charges?|(?:import )?vat)(?: and"
        r" (?:taxes|duties))? payment (?:requested|required|due|pending|outstanding)"
        r"|\bimport vat (?:outstanding|unpaid|due)|\bbroker needs\b"
        r"|information from (?:your |the )?(?:customs )?broker|importer'?s?(?: of record)?"
        r" (?:[\w-]{1,10} ){0,2}(?:details|information|id|number) (?:required|needed|missing)"
        r"|customs (?:needs|requires|requested|requests) (?:more |additional |further )?"
        r"(?:information|documents?|details)|import (?:licen[cs]e|permit) (?:required|needed"
        r"|missing)|requires? (?:an )?import (?:licen[cs]e|permit)"
        r"|(?:held|detained|stopped|seized) by (?:the )?border (?:agency|force|authorit)"
        r"|customs status(?: updated)?\W{1,3}(?:held|on hold|hold)\b",
        priority=82,
    ),
    rule(
        "en.customs.cleared.duties_paid.s15l",
        S.CUSTOMS_CLEARED,
        r"\b(?:customs )?(?:duty|duties|charges)(?: and taxes)? paid\W{1,3}(?:\w+ ){0,2}released"
        r"|customs status(?: updated)?\W{1,3}(?:released|cleared)\b"
        r"|cleared (?:by|through) (?:the )?border (?:agency|force|authorit)",
        priority=83,
    ),
    # Bare upper-case codes of the China-export lines and aggregators.
    rule("en.ofd.delivering_bare.s15l", S.OUT_FOR_DELIVERY, r"^delivering\W*$"),
    rule("en.delivered.signed_bare.s15l", S.DELIVERED, r"^signed\W*$"),
    # "Left a/the <x> facility": a node left on the way (not "left at the depot").
    rule(
        "en.in_transit.left_facility.s15l",
        S.IN_TRANSIT,
        r"\bleft (?!at |in |with |on |for |by )(?:an? |the |our )?(?:[\w-]{1,20} )?(?:facility"
        r"|hub|depot|sort(?:ing)? (?:cent(?:er|re)|facility)|warehouse)\b",
    ),
    rule(
        "en.address.unknown_at.s15l",
        S.ADDRESS_ISSUE,
        r"\bunknown at (?:this|the|given|stated) address",
    ),
    # Collected at a counter or a pickup place by the addressee: delivered (above en.accepted's
    # collection by the courier).
    rule(
        "en.delivered.collected_by_addressee.s15l",
        S.DELIVERED,
        r"(?:collected|picked up) (?:at|from) [\w' -]{1,40} by (?:the )?(?:addressee|recipient"
        r"|customer|consignee|receiver)",
        priority=80,
    ),
    # Round 5: terse export-line scans, the sender's drop-off, notices.
    rule(
        "en.in_transit.bagged.s15l",
        S.IN_TRANSIT,
        r"\bpacked (?:in|into) (?:a |the )?(?:bag|sack|mailbag|container)\b|\bin (?:the|our)"
        r" (?:delivery |postal |courier )?network$",
    ),
    rule(
        "en.departed_origin.take_off.s15l",
        S.DEPARTED_ORIGIN,
        r"\b(?:flight|aircraft|plane) (?:take ?off|took off|has taken off)\b",
    ),
    rule(
        "en.accepted.dropoff_by_sender.s15l",
        S.ACCEPTED,
        r"\bdrop-?off\b.{0,40}\b(?:completed |made |done )?by (?:the )?(?:shipper|sender"
        r"|merchant|seller)\b",
        priority=72,
    ),
    rule(
        "en.ofd.heading_to_you.s15l",
        S.OUT_FOR_DELIVERY,
        r"\b(?:courier|driver|rider) is (?:heading|driving|coming) (?:to|towards) you\b",
    ),
    rule(
        "en.info.prepared_by_retailer.s15l",
        S.INFO_RECEIVED,
        r"being prepared (?:for (?:dispatch|shipping|shipment) )?by (?:the |your )?(?:retailer"
        r"|sender|seller|merchant|shop|store)\b",
    ),
    # Round 6: neighbours side by side.
    rule(
        "en.returning.redirected_to_sender.s15l",
        S.RETURNING,
        rf"\bredirected (?:back )?to {_SENDER}\b",
        priority=80,
    ),
    # Waiting or ready at a post office, a delivery office or a counter: a pickup by the
    # addressee ("Item arrived at the post office" stays a transit step).
    rule(
        "en.pickup.at_counter.s15l",
        S.AVAILABLE_FOR_PICKUP,
        r"\b(?:waiting|ready|available) (?:for you |for collection |for pick ?up )?at"
        r" (?:the |your )?(?:local |nearest )?(?:[\w-]{1,15} )?(?:post office|delivery office"
        r"|enquiry office|counter)\b|\bcollect (?:your (?:parcel|item|package) )?(?:from|at)"
        r" (?:your |the )?(?:local |nearest )?(?:delivery office|post office|enquiry office"
        r"|depot|counter)\b|\bat the (?:[\w-]{1,15} )?(?:shop|store|counter|post office) for"
        r" (?:pick ?up|collection)\b",
        priority=74,
    ),
    rule(
        "en.delivered.picked_up_by_you.s15l",
        S.DELIVERED,
        r"\b(?:collected|picked up) by you\b",
        priority=80,
    ),
    rule(
        "en.failed.nobody_available.s15l",
        S.FAILED_ATTEMPT,
        r"\bnobody (?:available|in)\b",
        on_negation=False,
    ),
    rule(
        "en.address.street_required.s15l",
        S.ADDRESS_ISSUE,
        r"\b(?:street|physical) address (?:is )?(?:required|needed|missing)\b"
        r"|\bp\.? ?o\.? box(?:es)? (?:(?:is|are) )?not (?:accepted|allowed|permitted|deliverable)",
        on_negation=False,
    ),
    rule(
        "en.customs.held.paperwork_charge.s15l",
        S.CUSTOMS_HELD,
        r"\b(?:awaiting|missing|pending) (?:paperwork|documents?|documentation)\b.{0,30}\bcustoms"
        r"|\bheld until (?:the )?(?:customs|duty|duties|import)",
        priority=82,
    ),
    # Round 7: posts' and couriers' network scans in their own voice.
    rule(
        "en.in_transit.inbound_to.s15l",
        S.IN_TRANSIT,
        r"^inbound (?:to|at) (?:the |a )?(?:[\w-]{1,15} )?(?:facility|hub|depot|sort(?:ation)?"
        r" cent(?:er|re))\b",
    ),
    rule(
        "en.delayed.space_constraint.s15l",
        S.DELAYED,
        r"\b(?:space|capacity) (?:constraints?|limitations?|restrictions?|shortage)\b",
        on_negation=S.DELAYED,
    ),
    rule(
        "en.info.expected_from_sender.s15l",
        S.INFO_RECEIVED,
        r"\b(?:expected|to arrive) from (?:the |your )?(?:sender|retailer|shipper|seller"
        r"|merchant)\b",
    ),
    rule(
        "en.handed_over.to_usps_final.s15l",
        S.HANDED_OVER,
        r"\bdelivered to (?:the )?(?:usps|local postal service|postal service|local post)"
        r" for (?:final |last[- ]mile )?delivery\b",
        priority=95,
    ),
    rule(
        "en.ofd.with_driver.s15l",
        S.OUT_FOR_DELIVERY,
        r"^with (?:the |a |your )?(?:driver|courier)$",
    ),
    # Round 8: the delivery's obstacles at the door.
    rule(
        "en.failed.receptacle_full.s15l",
        S.FAILED_ATTEMPT,
        r"\b(?:receptacle|mailbox|letterbox|letter box|mail box) (?:is )?full\b"
        r"|\bdog on (?:the )?premises\b|\b(?:loose|aggressive|unrestrained) dog\b",
        priority=80,
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "en.exception.unable_to_proceed.s15l",
        S.EXCEPTION,
        r"\bunable to proceed\b",
        on_negation=S.EXCEPTION,
    ),
    # Round 9: South Asian couriers and posts in English.
    rule(
        "en.in_transit.transit_office.s15l",
        S.IN_TRANSIT,
        r"\breceived at (?:the )?transit (?:office|hub|facility|cent(?:er|re)|point)\b",
        priority=80,
    ),
    rule(
        "en.failed.out_of_station.s15l",
        S.FAILED_ATTEMPT,
        r"\bout of station\b|\b(?:premises|house|door|office|shop|gate) (?:is |was )?locked\b",
        on_negation=S.FAILED_ATTEMPT,
    ),
    # Round 10: export-line codes, customs in a shop's voice, lockers.
    rule("en.in_transit.palletized.s15l", S.IN_TRANSIT, r"\bpalleti[sz](?:ed|ing)\b"),
    rule(
        "en.failed.unsuccessful_delivery.s15l",
        S.FAILED_ATTEMPT,
        r"^unsuccessful delivery\b",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "en.delivered.you_collected.s15l",
        S.DELIVERED,
        r"\byou (?:have )?(?:collected|picked up) your (?:parcel|package|item|order|shipment)\b",
        priority=80,
    ),
    # Round 11: notices in the post's voice.
    rule(
        "en.delayed.missed_vehicle.s15l",
        S.DELAYED,
        r"\bmissed (?:the |its )?(?:delivery |scheduled |outbound |last )?(?:vehicle|van|truck"
        r"|trailer|cut-?off)\b",
    ),
    rule(
        "en.lost.appears_lost.s15l",
        S.LOST,
        r"\b(?:appears|seems) to (?:be|have been) lost\b",
    ),
    # Round 12: express carriers' reasons.
    rule(
        "en.refused.did_not_want.s15l",
        S.REFUSED,
        r"\b(?:did not|didn't|does not|doesn't) want (?:the|this|their|his|her) (?:shipment"
        r"|parcel|package|item|order)\b",
        on_negation=S.REFUSED,
    ),
    # Round 13: bare upper-case codes.
    rule("en.accepted.bare.s15l", S.ACCEPTED, r"^accepted\W*$"),
    rule("en.lost.missing_bare.s15l", S.LOST, r"^missing\W*$"),
    # Round 14: shops' and posts' conversational notices.
    rule(
        "en.in_transit.next_stop.s15l",
        S.IN_TRANSIT,
        r"\bmaking (?:good )?progress\b|\b(?:to|reached|at) its next stop\b",
    ),
    rule(
        "en.delayed.day_later.s15l",
        S.DELAYED,
        r"\b(?:arrive|arriving|expected|due|delivered) (?:a |one |a few |two )?days? later\b",
    ),
    rule(
        "en.pickup.waiting_for_you.s15l",
        S.AVAILABLE_FOR_PICKUP,
        r"\b(?:parcel|package|item|order) is waiting for you\b(?! to)|\bcome (?:and|to) collect\b",
    ),
    rule("en.delivered.handed_to_you.s15l", S.DELIVERED, r"\bhanded (?:over )?to you\b"),
    rule(
        "en.failed.could_not_get_in.s15l",
        S.FAILED_ATTEMPT,
        r"\b(?:driver|courier|we) (?:could not|couldn't|was unable to|were unable to) get in\b",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "en.address.needs_detail.s15l",
        S.ADDRESS_ISSUE,
        r"\baddress on (?:your|the) (?:parcel|package|item|label) (?:is|was) (?:incomplete"
        r"|incorrect|wrong|unclear)|\baddress needs more detail|\b(?:a )?(?:better|complete"
        r"|full|correct) address to deliver\b",
    ),
    rule(
        "en.customs.cleared.been_through.s15l",
        S.CUSTOMS_CLEARED,
        r"\b(?:has been|went|has gone|got) through customs\b",
        priority=80,
    ),
    # s16-en: a third English pass, stems written for wording the rules left unread (the
    # border agencies by name, the recipient's customs papers, the sender's packing and
    # manifest before any scan, tracking numbers that lapsed, short door and locker reasons).
    # Border agencies by name read as customs ("Held by CBSA", "Cleared by CBP", "Presented to
    # Border Force"); a bare "Held at border" is a customs hold too.
    rule(
        "en.customs.held.agency.s16i",
        S.CUSTOMS_HELD,
        r"\b(?:held|detained|retained|stopped|seized) (?:by|at) (?:the )?(?:border force|cbsa|cbp"
        r"|border agency|border(?! crossing)|government agency|fda)\b|\b(?:fda|regulatory"
        r" agency|government agency|border force|cbsa|cbp) hold\b"
        r"|\bon hold (?:with|at|by) customs\b",
        priority=82,
    ),
    rule(
        "en.customs.cleared.agency.s16i",
        S.CUSTOMS_CLEARED,
        r"\b(?:released|cleared) (?:by|from) (?:the )?(?:border force|cbsa|cbp|border agency"
        r"|(?:customs )?broker)\b|^cleared and released\b",
        priority=83,
    ),
    rule(
        "en.customs.started.agency.s16i",
        S.CUSTOMS_STARTED,
        r"\b(?:presented|submitted|handed) to (?:the )?(?:border force|cbsa|cbp|border agency)\b"
        r"|\bclearance by (?:the )?broker\b|\bimport (?:customs )?declaration (?:lodged|filed"
        r"|submitted)\b",
        priority=77,
    ),
    # The recipient's papers or numbers asked for before clearance ("Awaiting EORI number",
    # "Consignee to provide tax ID for clearance", "Importer of record required").
    rule(
        "en.customs.held.papers.s16i",
        S.CUSTOMS_HELD,
        r"\b(?:awaiting|waiting for|need(?:s|ed)?|requires?|required|provide|missing) (?:an? |the"
        r" |your )?(?:eori|tax id|import licen[cs]e|importer of record|commercial invoice)\b"
        r"(?! (?:received|provided))|\brecipient response for (?:customs )?clearance\b"
        r"|\bimporter of record required\b"
        r"|\b(?:id|invoice|licen[cs]e) (?:needed|required) for (?:customs|clearance)\b"
        r"|\bpayment of import (?:vat|duty|duties|tax(?:es)?) (?:required|due|pending)\b"
        r"|\bcustoms needs?\b(?! no\b)",
        priority=82,
        modal_ok=True,
    ),
    rule("en.delivered.safe_dropped.s16i", S.DELIVERED, r"^safe ?dropped\b|\bsafe ?dropped at\b"),
    rule(
        "en.address.zip_zone.s16i",
        S.ADDRESS_ISSUE,
        r"\bincorrect (?:zip|post(?:al)? ?code|pin ?code)\b(?!.*\b(?:corrected|updated|fixed)\b)"
        r"|\bneeds? (?:a |the )?correct address\b|\b(?:address|shipment) (?:is )?(?:outside"
        r"|out of) (?:the )?delivery (?:zone|coverage|area)\b(?! (?:corrected|updated|fixed))",
        on_negation=S.ADDRESS_ISSUE,
    ),
    rule(
        "en.pickup.office_access_point.s16i",
        S.AVAILABLE_FOR_PICKUP,
        r"\bat (?:fedex|ups|dhl) (?:office|ship ?center|location|access point)\b for pick ?up"
        r"|\bready to pick ?up at\b",
    ),
    rule(
        "en.accepted.received_by_post.s16i",
        S.ACCEPTED,
        r"^received by (?:royal mail|parcelforce|canada post|australia post|an post|nz post"
        r"|singpost|singapore post|india post|pos malaysia|usps)\.?$|^shipper drop-?off\b",
    ),
    rule(
        "en.damaged.torn_leaking.s16i",
        S.DAMAGED,
        r"^(?:box|carton|packaging|parcel|package) (?:torn|ripped|leaking|crushed)\.?$|^leaking"
        r" (?:package|parcel|box|shipment)\.?$",
    ),
    rule(
        "en.delayed.customer_request.s16i",
        S.DELAYED,
        r"\b(?:customer|consignee|recipient|receiver) (?:asked|requested) for (?:a )?(?:future"
        r"|later) delivery\b|\bdelivery (?:date )?changed at (?:the )?(?:customer|recipient"
        r"|consignee)'?s request\b|\blate connection\b|\broad closure\b|\bdidn'?t get to"
        r" your (?:parcel|package|item)\b|\bnot received at (?:the )?destination as planned\b",
        priority=71,
        on_negation=S.DELAYED,
    ),
    rule(
        "en.departed.airline_departure.s16i",
        S.DEPARTED_ORIGIN,
        r"^airline departure\b|\binternational shipment departed from (?:the )?origin\b",
        priority=60,
    ),
    rule(
        "en.exception.locker_review.s16i",
        S.EXCEPTION,
        r"^locker (?:is )?full\b|\bnot eligible for (?:the |a )?(?:parcel )?locker\b"
        r"|^pending review\b|\bsecurity screening hold\b",
        priority=45,
        on_negation=S.EXCEPTION,
    ),
    rule(
        "en.expired.tracking_number.s16i",
        S.EXPIRED,
        r"\btracking (?:number|information|info) (?:has )?expired\b|\bno longer tracked\b"
        r"|\btracking number is no longer available\b",
        on_negation=S.EXPIRED,
    ),
    rule(
        "en.pending.not_yet.s16i",
        S.PENDING,
        r"^awaiting tracking (?:info|information)\b|^no updates? yet\b|\btracking number"
        r" (?:is )?not recogni[sz]ed\b",
        on_negation=S.PENDING,
        modal_ok=True,
    ),
    rule(
        "en.failed.door_reason.s16i",
        S.FAILED_ATTEMPT,
        r"\baccess to (?:the )?(?:building|property|premises) denied\b|\bsecure location not"
        r" available\b|\b(?:customer|consignee|recipient) did(?: not|n'?t) have (?:the )?(?:cash"
        r"|money|cod amount)\b|\botp not (?:shared|provided|given)\b",
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "en.handed_over.post_office_final.s16i",
        S.HANDED_OVER,
        r"\bdelivered to (?:the )?(?:local |destination )?post office for final delivery\b",
        priority=75,
    ),
    rule(
        "en.in_transit.reached_moving.s16i",
        S.IN_TRANSIT,
        r"^at (?:the )?(?:sort|delivery) (?:center|centre|station|facility)\b|\b(?:has )?reached"
        r" (?:the )?(?:\w+ )?(?:facility|delivery post office|destination city)\b|\bmoving to"
        r" (?:the )?(?:next stop|\w+ facility)\b|^your (?:shipment|package|parcel) is moving\.?$"
        r"|\bheading to (?:the )?(?:destination |next )?(?:facility|hub|depot)\b|\badded to"
        r" (?:an? |the )?outgoing trip\b|^leaving (?:the )?(?:export )?warehouse\b",
    ),
    rule(
        "en.info.seller_packed.s16i",
        S.INFO_RECEIVED,
        r"\bmanifest received\b|\bair ?waybill created\b|\bready for dispatch by (?:the )?"
        r"(?:seller|merchant|sender)\b|\b(?:seller|merchant|sender) has packed\b|\bnot yet"
        r" picked up\b|\bwaiting to be collected by the courier\b|\bpickup assigned to\b"
        r"|\bcreated a shipment\b",
        priority=74,
        on_negation=S.INFO_RECEIVED,
        modal_ok=True,
    ),
    rule(
        "en.lost.search_failed.s16i",
        S.LOST,
        r"\bnot found after (?:a |the )?search\b|\bsearch for your (?:item|parcel|package) was"
        r" unsuccessful\b|\btrace closed\W+(?:\w+ )?not found\b",
        on_negation=S.LOST,
    ),
    rule(
        "en.ofd.with_courier.s16i",
        S.OUT_FOR_DELIVERY,
        r"\bvan has left the depot\b|\bdispatched to the rider\b|\b(?:postman|postie|courier"
        r"|driver) has taken (?:the|your) (?:item|parcel|package) for delivery\b|\bwe'?re"
        r" delivering your (?:parcel|package|item) today\b|\bout with our (?:courier|driver)\b"
        r"(?! partner)",
        priority=67,
    ),
    # A carrier that holds the parcel itself ("PARCEL IS HOLD BY DHL", "Package being held by
    # international carrier") keeps it for a reason it does not give: an exception, below the
    # reasons that name themselves; a stop of the delivery or its processing too.
    rule(
        "en.exception.held_by_carrier.s16i",
        S.EXCEPTION,
        r"\b(?:is |being )?h(?:e|o)ld by (?:the |an? )?(?:international |partner )?(?:carrier"
        r"|courier|dhl|ups|fedex|usps|dpd|gls|evri|yodel)\b"
        r"(?!.*\b(?:collect|collection|pick ?up)\b)"
        r"|\bdelivery (?:of the shipment )?will not be continued\b"
        r"|\b(?:shipment )?processing (?:was )?stopped\b(?!.*\bresumed\b)"
        r"|\bdifficulties in (?:the )?shipment processing\b"
        r"|\b(?:package|parcel|shipment) needs attention\b"
        r"|\bnot allowed in the (?:parcel )?locker\b|\b(?:incomplete|partial) shipment\b"
        r"|\b(?:received )?without (?:a )?label\b|\bhas no (?:shipping )?label\b",
        priority=46,
        on_negation=S.EXCEPTION,
    ),
    # The recipient's or importer's answer awaited for clearance, value or contents asked for.
    rule(
        "en.customs.held.info_request.s16i",
        S.CUSTOMS_HELD,
        r"\b(?:customs )?information request (?:sent )?to the (?:recipient|receiver|importer"
        r"|consignee)\b|\bawaiting clearance information\b|\bwaiting for the importer\b"
        r"|\b(?:value declaration|proof of (?:value|purchase)|product description)"
        r" (?:requested|required)\b|\brequested proof of (?:value|purchase)\b|\bcontents"
        r" description insufficient\b|\bneed information from you to clear\b|\bparcel details"
        r" missing\b",
        priority=82,
        modal_ok=True,
        on_negation=S.CUSTOMS_HELD,
    ),
    rule(
        "en.address.part_missing.s16i",
        S.ADDRESS_ISSUE,
        r"\b(?:flat|building|house|unit|company) (?:name |number )?missing\b|\bcompany name"
        r" missing from (?:the )?address\b|\b(?:recipient'?s? )?name not on (?:the )?(?:door"
        r"|mailbox|letterbox)\b|\b(?:obtain|get|find) (?:the )?complete address information\b",
        priority=85,
        on_negation=S.ADDRESS_ISSUE,
    ),
    rule(
        "en.failed.door_obstacle.s16i",
        S.FAILED_ATTEMPT,
        r"\b(?:does not|doesn'?t|did not|didn'?t|wouldn'?t|won'?t) fit (?:through|in|into)"
        r" (?:the |your )?(?:letterbox|letter box|mailbox|mail slot)\b|\btoo (?:big|large) for"
        r" (?:the |your )?(?:letterbox|mailbox)\b|\bletterbox too small\b|\bunsafe dog\b"
        r"|\bno response from (?:the )?buzzer\b|\bintercom not working\b"
        r"|\bcouldn'?t get into the building\b"
        r"|\bcouldn'?t find a safe place\b|\bdid not pay (?:the )?cod\b|\bdelivery suspended"
        r" until (?:the )?(?:charges|fees) are paid\b",
        priority=83,
        on_negation=S.FAILED_ATTEMPT,
    ),
    rule(
        "en.delayed.missed_move.s16i",
        S.DELAYED,
        r"\bno pieces? received from (?:the )?previous\b|\bnot received from (?:the )?previous"
        r" (?:facility|hub)\b|\bdid not arrive at the \w+ as planned\b|^not arrived as expected"
        r"|\bdid not make the (?:scheduled )?(?:truck|flight|trailer)\b|\bnot loaded on"
        r" (?:the )?(?:flight|truck|plane)\b|\brolled to (?:the )?next flight\b|\bawaiting space"
        r" on (?:the )?next\b|\bdelivery slot moved\b|\b(?:delivery|delivery has been)"
        r" rebooked\b",
        priority=71,
        on_negation=S.DELAYED,
        modal_ok=True,
    ),
    rule(
        "en.handed_over.third_party.s16i",
        S.HANDED_OVER,
        r"\btransferred to (?:an? |the )?third[- ]party(?: carrier)?\b|\bin transit to the"
        r" delivery provider\b",
        priority=60,
        modal_ok=True,
    ),
    rule(
        "en.in_transit.to_locker.s16i",
        S.IN_TRANSIT,
        r"\bwill be delivered to (?:the |a )?(?:parcel locker|pick ?up point|service point"
        r"|locker)\b|\bmoved to (?:an? |the )?(?:alternative|another) (?:pick ?up|service)"
        r" point\b|\bfound during (?:inventory|stocktaking)\b|^assigned to (?:a )?vehicle\b"
        r"|\bpayment received for shipping\b|^presorted\b",
        priority=73,
        modal_ok=True,
    ),
    rule(
        "en.ofd.about_to.s16i",
        S.OUT_FOR_DELIVERY,
        r"\babout to be delivered\b(?! to the (?:sender|shipper|seller))|^arriving soon\b"
        r"|\bdelivery expected in the next hour\b"
        r"|^next stop: your address\b",
        modal_ok=True,
    ),
    rule("en.delivered.household.s16i", S.DELIVERED, r"\breceived by (?:a )?household member\b"),
    rule(
        "en.lost.unclaimed_destroyed.s16i",
        S.LOST,
        r"\bunclaimed and (?:destroyed|disposed)\b",
        priority=97,
    ),
    rule(
        "en.refused.not_ordered.s16i",
        S.REFUSED,
        r"\bitem was not ordered\b|\bsays (?:the )?(?:item|parcel) was not ordered\b",
        on_negation=S.REFUSED,
    ),
    rule(
        "en.pending.added.s16i",
        S.PENDING,
        r"^pending tracking\b|\bpending to track\b|\bwaiting for the first tracking update\b",
        on_negation=S.PENDING,
        modal_ok=True,
    ),
    rule(
        "en.accepted.receipt_from_sender.s16i",
        S.ACCEPTED,
        r"\breceipt of (?:the )?parcel from the (?:sender|shipper|courier)\b",
    ),
    # Shops' and aggregators' conversational notices in the second person.
    rule(
        "en.accepted.with_carrier_now.s16i",
        S.ACCEPTED,
        r"\bthe carrier has your (?:package|parcel|order) now\b|\b(?:package|parcel|order) is now"
        r" with the carrier\b|\bscanned your (?:package|parcel) for the first time\b",
        priority=45,
    ),
    rule(
        "en.address.notice.s16i",
        S.ADDRESS_ISSUE,
        r"\b(?:can'?t|cannot|unable to) deliver to the address provided\b"
        r"|\baddress is missing details\b",
        on_negation=S.ADDRESS_ISSUE,
    ),
    rule(
        "en.arrived.your_country.s16i",
        S.ARRIVED_DESTINATION,
        r"\b(?:has )?arrived in your country\.?$",
    ),
    rule(
        "en.pickup.at_counter.s16i",
        S.AVAILABLE_FOR_PICKUP,
        r"^pick ?up your (?:order|parcel|package) (?:at|from) the (?:counter|store|locker"
        r"|branch)\b",
    ),
    rule(
        "en.customs.cleared.made_it.s16i",
        S.CUSTOMS_CLEARED,
        r"\bmade it through customs\b",
        priority=80,
    ),
    rule(
        "en.customs.held.stuck.s16i",
        S.CUSTOMS_HELD,
        r"\bstuck (?:in|at) customs\b|\bcustoms (?:is|are) holding\b",
        priority=82,
    ),
    rule(
        "en.customs.started.import_checks.s16i",
        S.CUSTOMS_STARTED,
        r"\bgoing through import checks\b",
    ),
    rule(
        "en.delivered.notice.s16i",
        S.DELIVERED,
        r"\bleft your (?:parcel|package|order) in a safe place\b|\b(?:parcel|package|order) is with"
        r" your neighbou?r\b(?!'s)",
    ),
    rule(
        "en.exception.needs_attention.s16i",
        S.EXCEPTION,
        r"\bneeds your attention\b",
        priority=45,
    ),
    rule(
        "en.expired.tracking_ended.s16i",
        S.EXPIRED,
        r"\btracking for this (?:parcel|package|shipment|order) has ended\b",
    ),
    rule(
        "en.in_transit.still_moving.s16i",
        S.IN_TRANSIT,
        r"\bstill moving toward\b",
    ),
    rule(
        "en.info.not_scanned_yet.s16i",
        S.INFO_RECEIVED,
        r"\bcarrier has not scanned it yet\b|\binformed about your shipment\b|\bha(?:ve|s) your"
        r" order details\b",
        priority=74,
        on_negation=S.INFO_RECEIVED,
        modal_ok=True,
    ),
    rule(
        "en.ofd.bringing_today.s16i",
        S.OUT_FOR_DELIVERY,
        r"\b(?:courier|driver) is bringing your (?:parcel|package|order) today\b",
    ),
    rule(
        "en.pending.no_information_yet.s16i",
        S.PENDING,
        r"\bhaven'?t received any information about this (?:parcel|package|shipment)\b",
        on_negation=S.PENDING,
    ),
    # China-export and posts' UPU event names in English.
    rule(
        "en.accepted.posting_collection.s16i",
        S.ACCEPTED,
        r"^posting ?/? ?collection\b",
    ),
    rule(
        "en.customs.cleared.import_passed.s16i",
        S.CUSTOMS_CLEARED,
        r"\bimport customs clearance passed\b",
        priority=83,
    ),
    rule(
        "en.departed.office_of_exchange.s16i",
        S.DEPARTED_ORIGIN,
        r"\b(?:departed|dispatched) from the (?:chinese|origin) office of exchange\b"
        r"|\bdispatched to overseas\b|\bleave the origin country'?s (?:international )?airport\b",
        priority=60,
    ),
    rule(
        "en.in_transit.packed_into_bag.s16i",
        S.IN_TRANSIT,
        r"\bpacked into (?:the |a )?(?:bag|sack|container)\b(?!.*\bdelivered\b)",
        priority=75,
    ),
    # s17-surerules: sure rules wrong on carriers added after them (the time-split bench).
    # A hold in import or export customs is a hold (above the export wording's in_transit at
    # 82, as "Held at export customs"); a problem in customs clearance is one too.
    rule(
        "en.customs.held.in_customs.s17c",
        S.CUSTOMS_HELD,
        r"\b(?:held|detained|retained|stopped|seized|withheld|on hold) (?:by|at|in) (?:the )?"
        r"(?:import|export) customs"
        r"|\b(?:problem|issue|difficult(?:y|ies)) (?:in|with|during|at) (?:the )?customs"
        r"(?! (?:clearance )?(?:resolved|solved|fixed|cleared|closed))",
        priority=83,
    ),
    # "There's an issue with your delivery address" (above the delay it may cause).
    rule(
        "en.address.issue_with.s17c",
        S.ADDRESS_ISSUE,
        r"\b(?:issue|problem) with (?:the |your )?(?:recipient'?s |delivery |shipping )?address"
        r"(?! (?:resolved|solved|fixed|corrected|updated))",
    ),
    # The sender's shipment data reached the carrier ("Data transferred to GLS System"):
    # information, not a parcel handed to the named carrier (75).
    rule(
        "en.info.data_transferred.s17c",
        S.INFO_RECEIVED,
        r"\b(?:shipment |parcel |order )?data (?:has been |was )?(?:transferred|transmitted)\b"
        r"(?! to (?:the )?customs)",
        priority=76,
    ),
    # The sender's side, above a pickup point's wording (72): a shipment handed to "the
    # carrier" (no local, partner or last-mile one) is accepted ("handed over to the carrier or
    # dropped off at collection point"); one "ready to go" and waiting for pickup waits for the
    # carrier, as "Ready to ship" does.
    rule(
        "en.accepted.handed_to_carrier.s17c",
        S.ACCEPTED,
        r"\b(?:handed|tendered|given)(?: over)? to (?:the )?carrier\b",
        priority=73,
    ),
    rule(
        "en.info.ready_to_go.s17c",
        S.INFO_RECEIVED,
        r"\bready to go\b(?! (?:out|for delivery|to you))",
        priority=73,
    ),
    # Wrong dimensions or weight declared: a problem with the shipment, above the delay it may
    # cause (68).
    rule(
        "en.exception.wrong_dimensions.s17c",
        S.EXCEPTION,
        r"\b(?:incorrect|wrong|invalid|inaccurate) (?:shipment |parcel |package |declared )?"
        r"(?:dimensions|weight|measurements)\b",
        priority=69,
    ),
    # s18-labels: conventions settled by session 18's labelling pass. A status naming damage,
    # loss and disposal as alternatives (a tracking service's catch-all, "damaged, lost, or
    # discarded") is `damaged`, as the corpus labels it in English, Japanese and Korean (93,
    # above the lost its second word wakes).
    rule(
        "en.damaged.damaged_lost_or.s18f",
        S.DAMAGED,
        r"\bdamaged,? (?:lost|missing),? (?:or|and/or) (?:discarded|destroyed|disposed of)\b",
        priority=93,
    ),
    # Delivered to an alternative location, pickup details given: the parcel waits there for
    # the recipient (85, above the failed delivery and the address words that explain why).
    rule(
        "en.pickup.alternative_location.s18f",
        S.AVAILABLE_FOR_PICKUP,
        r"\b(?:delivered|taken|redirected|diverted) to an? alternat(?:e|ive)"
        r" (?:location|address|pick ?up point)\b(?=.{0,200}\b(?:pick ?up|collect(?:ion)?)\b)",
        priority=85,
    ),
    # The recipient away on holiday is a failed delivery, as the corpus labels "CONSIGNEE ON
    # HOLIDAY", "The receiver is on vacation" and "Customer on vacation" (82, above the delay
    # that "holiday" alone wakes); a new delivery date after it stays the delay.
    rule(
        "en.failed.recipient_on_holiday.s18f",
        S.FAILED_ATTEMPT,
        r"\b(?:consignee|recipient|receiver|customer|addressee)(?:'s)? (?:is )?(?:away )?on"
        r" (?:holidays?|vacation)\b(?!.{0,40}\b(?:date|rescheduled|postponed|moved|changed)\b)",
    ),
    # s18-textsrc: CTT's English status names and an e-mail subject: awaiting entry into the
    # carrier's network is pre-transit; "Exporting"/"Importing" alone the customs step under way;
    # "collected by the distributor" the carrier has it (45, above the information received in
    # the same line); delivery scheduled for today the round.
    rule("en.info.awaiting_entry.s18e", S.INFO_RECEIVED, r"\bawaiting entry (?:at|into)\b"),
    rule(
        "en.customs.exporting_importing.s18e", S.CUSTOMS_STARTED, r"^\s*(?:exporting|importing)\s*$"
    ),
    rule(
        "en.accepted.collected_by_distributor.s18e",
        S.ACCEPTED,
        r"\b(?:has been|was) collected by the (?:distributor|courier|driver)\b",
        priority=45,
    ),
    rule(
        "en.ofd.scheduled_today.s18e",
        S.OUT_FOR_DELIVERY,
        r"\bdelivery scheduled for today\b|\bscheduled for delivery today\b",
    ),
    # s18-textsrc: an InPost app's labels: at the logistics centre is transit; a pickup that
    # expired and went back to the sender is on its way back (101, above the returned words).
    rule(
        "en.in_transit.logistics_center.s18e",
        S.IN_TRANSIT,
        r"\bat (?:the )?logistics cent(?:er|re)\b",
    ),
    rule(
        "en.returning.expired_returned.s18e",
        S.RETURNING,
        r"\bexpired\W{1,3}returned to (?:the )?sender\b",
        priority=101,
    ),
    # s18-vocaben: general wording of the English feeds of regional carriers (UK, Australia and
    # New Zealand, Canada, India, South-East Asia, Africa, regional US) and cross-border
    # consolidators, written as vocabulary first (event_texts.tsv) and read by these stems.
    # Data about the parcel reached the carrier, the parcel itself not yet: "We've received the
    # details of your parcel", "We have been advised of your parcel", "Softdata received",
    # "Sender despatching soon", "Docket created", "Pickup request raised", "Order packed".
    rule(
        "en.info.details_received.s18h",
        S.INFO_RECEIVED,
        r"\b(?:received|got) (?:the )?(?:details|information|data) (?:of|about|for) (?:your|the)"
        r" (?:parcel|item|package|shipment|consignment)\b"
        r"|\b(?:details|information|data) (?:of|about|for) (?:your|the) (?:parcel|item|package"
        r"|shipment|consignment) (?:have|has) been (?:sent|received|uploaded|submitted"
        r"|transmitted)\b"
        r"|\b(?:parcel|item|package|shipment|consignment|order) details (?:have been |has been"
        r" |were |was )?(?:received|uploaded|submitted|transmitted)\b"
        r"|\b(?:been|being) advised of (?:your|the|this) (?:parcel|item|package|shipment"
        r"|consignment)\b|\bsoft ?data (?:received|uploaded|upload)\b"
        r"|\bsender (?:is )?(?:despatching|dispatching)\b"
        r"|\b(?:docket|airway ?bill|air waybill|consignment) (?:generated|created)\b"
        r"|\bwaybill printed\b"
        r"|\b(?:pick ?-?up|collection) request (?:raised|created|placed|registered|generated"
        r"|submitted|received)\b"
        r"|\bwaiting for (?:the )?(?:sender|seller|retailer|shipper) to (?:give|send|hand|drop)\b"
        r"|\b(?:sender|seller|retailer|shipper) has booked a (?:collection|pick ?-?up|courier)\b"
        r"|\border (?:is |has been )?packed\b",
        priority=46,
    ),
    # A courier on the way to the sender to collect: nothing is with the carrier yet ("Driver en
    # route to collect from sender", "Out for pickup"; 67, above the "en route" of a delivery).
    rule(
        "en.info.courier_to_sender.s18h",
        S.INFO_RECEIVED,
        r"\b(?:en route|on (?:the|their|his|her) way|out) to (?:collect|pick ?up)\b"
        r"(?=.{0,40}\b(?:sender|shipper|seller|merchant|retailer)\b)"
        r"|^out for (?:pick ?-?up|collection)$",
        priority=67,
    ),
    # Booked at a post office's counter (India Post's "Item Booked", "Booked at Mumbai GPO"):
    # the sender's posting. A flight or a pickup booked stays with its own rules.
    rule(
        "en.accepted.booked.s18h",
        S.ACCEPTED,
        r"\bbooked at (?:the )?(?:counter|(?:[\w-]{1,20} ){1,2}(?:gpo|h\.?o|s\.?o|head post office"
        r"|sub post office|post office))\b|^(?:item|article|parcel|consignment) booked$"
        r"|\bposting (?:completed|complete|successful|done)\b",
        priority=46,
    ),
    # The sender dropped the parcel into a locker or at a shop, to be collected by the courier
    # (74, above the pickup place its words name): "Sender drop-off completed at locker".
    rule(
        "en.accepted.sender_drop_off.s18h",
        S.ACCEPTED,
        r"\b(?:sender|shipper|seller|merchant|retailer) (?:has )?dropped (?:off )?(?:the |your"
        r" |a )?(?:parcel|item|package|shipment)?\b"
        r"|\b(?:sender|shipper|seller) drop[- ]?off (?:completed|complete|done|successful)\b"
        r"|\bdropped off at .{0,40}\bwill be collected by (?:our|the|a) (?:courier|driver)\b",
        priority=74,
    ),
    # A scan at one of the carrier's nodes ("Reached at DC", "Bag received", "Package at delivery
    # station"; 46, above the sender's acceptance these words may read as).
    rule(
        "en.in_transit.node_scan.s18h",
        S.IN_TRANSIT,
        r"\breached (?:at )?(?:the )?(?:dc|nsh|tmo)\b|^bag received\b"
        r"|^(?:package|parcel|shipment|item) at (?:the |a |an |our )?delivery station\b",
        priority=46,
        confidence=0.85,
    ),
    rule(
        "en.departed_origin.country_sent_from.s18h",
        S.DEPARTED_ORIGIN,
        r"\bleft the country (?:it was sent from|of (?:dispatch|despatch|posting))\b"
        r"|\bleft the (?:sender'?s|seller'?s) country\b",
    ),
    # Border agencies named in full ("Item with Australian Border Force", "Held by Canada Border
    # Services Agency", "Released by CBSA").
    rule(
        "en.customs.border_agency_started.s18h",
        S.CUSTOMS_STARTED,
        r"\b(?:with|presented to|submitted to|(?:being )?processed by) (?:the )?(?:(?:australian"
        r"|uk|nz) border force"
        r"|(?:canada )?border services agency)\b",
    ),
    rule(
        "en.customs.border_agency_held.s18h",
        S.CUSTOMS_HELD,
        r"\b(?:held|detained|retained|seized|stopped) by (?:the )?(?:(?:australian|uk|nz) border"
        r" force|(?:canada )?border services agency)\b",
    ),
    rule(
        "en.customs.border_agency_cleared.s18h",
        S.CUSTOMS_CLEARED,
        r"\b(?:released|cleared) by (?:the )?(?:(?:australian|uk|nz) border force|(?:canada )?"
        r"border services agency)\b",
    ),
    # Duties owed or papers awaited before the parcel is released (81, as other demands of
    # customs): "Duties and taxes owing", "until the customs charge is paid", "KYC documents
    # pending for customs clearance".
    rule(
        "en.customs.duties_owing.s18h",
        S.CUSTOMS_HELD,
        r"\b(?:duties|duty|taxes|customs (?:charges?|fees?)|import (?:vat|charges?))(?: and"
        r" (?:taxes|duties))? (?:owing|owed|outstanding|unpaid|required before)\b"
        r"|\buntil (?:the |you(?:'ve| have) paid the )?(?:customs (?:charges?|fees?)|duties"
        r"|import (?:duties|vat|charges?))\b"
        r"|\bkyc (?:documents? )?(?:pending|required|awaited|needed) for (?:customs|clearance)\b"
        r"|\b(?:outstanding|unpaid) (?:customs (?:charges?|fees?)|duties|import (?:charges?|vat))\b"
        r"|\bcustoms (?:charges?|fees?) apply\b|\bcustoms duty (?:pending|unpaid|due)\b"
        r"|\bawaiting (?:import|customs) paperwork\b"
        r"|\bheld for (?:customs|duty|duties|tax) payment\b|\bhold for (?:duties|duty|taxes)\b"
        r"|\b(?:import charges|import duties|duties|customs (?:charges?|fees?)) (?:to be|need to be"
        r"|must be) paid\b",
        priority=81,
    ),
    # Handed to a partner named by its role or its name ("Delivered to local carrier", "Item
    # passed to Parcelforce for delivery", "now with our delivery partner"; 71, above the
    # delivered these words read as).
    rule(
        "en.handed_over.partner_role.s18h",
        S.HANDED_OVER,
        r"\bdelivered to (?:the |a )?(?:local|last[- ]mile|final[- ]mile|domestic|partner"
        r"|third[- ]party)"
        r" (?:carrier|courier|post(?! office)|postal (?:operator|service)|delivery (?:partner"
        r"|company|service))\b"
        r"|\b(?:sent|consigned) to (?:the |a |our )?(?:local|partner|last[- ]mile)"
        r" (?:courier|carrier|partner)\b"
        r"|\bpassed to (?!(?:the |our |a |your )?(?:courier|driver|rider|postman|delivery"
        r" (?:driver|courier|agent))\b)(?:[\w-]{1,20} ){1,2}(?:to deliver|for (?:final |onward )?"
        r"delivery)\b"
        r"|\bnow with (?:our|a|the) (?:local )?delivery partner\b",
        priority=71,
    ),
    # With the postman for delivery (75, above Canada Post's "item is with your" delivery).
    rule(
        "en.ofd.postman.s18h",
        S.OUT_FOR_DELIVERY,
        r"\bwith (?:your |the |our )?(?:postman|postwoman|postie|mail carrier|letter carrier)\b"
        r"|\b(?:postman|postwoman|postie) has your\b|\bout delivering\b",
        priority=75,
    ),
    # Failed deliveries in short words: the phone not answered, no entry, an office closed, a
    # redelivery needed, India's non-delivery report (NDR).
    rule(
        "en.failed.short_causes.s18h",
        S.FAILED_ATTEMPT,
        r"\bdid(?:n't| not) (?:answer|pick up|respond to) (?:the |his |her |their |my |our )?"
        r"(?:phone|call|calls)\b|\bredelivery (?:required|needed)\b|\bnon[- ]delivery report\b"
        r"|^(?:door|premises|office|shop|store)(?:/(?:door|premises|office|shop)){0,3} closed\b"
        r"|\baccess issue\b|\bunable to gain (?:entry|access)\b"
        r"|\bdid(?:n't| not) (?:allow|permit|grant|give) (?:us )?(?:entry|access)\b"
        r"|\b(?:no one|no-one|nobody) answered\b|^delivery (?:was )?not (?:completed|successful)$"
        r"|\b(?:we'll|we will) try (?:again|to deliver again)\b"
        r"|^(?:customer|recipient|consignee|addressee) away\b"
        r"|\b(?:customer|recipient|consignee|addressee) out of town\b"
        r"|\b(?:business|office|shop|store|premises|company) (?:was )?closed for the day\b"
        r"|^closed for the day\b"
        r"|\b(?:building|gate|premises) locked\b|\bno (?:buzzer|intercom|gate) access\b"
        r"|\bage verification failed\b"
        r"|\b(?:mobile|phone)(?: number)? (?:switched off|not answered)\b"
        r"|\b(?:cash|cod amount|payment|money) not (?:available|ready)\b"
        r"|\b(?:does not|doesn't|did not|didn't) have (?:the )?(?:cash|money|cod amount)\b"
        r"|^no (?:money|cash)\b",
        on_negation=False,
    ),
    # Waiting for the recipient to claim or collect (the Philippines' "Ready for claiming").
    rule(
        "en.pickup.claiming.s18h",
        S.AVAILABLE_FOR_PICKUP,
        r"\b(?:ready|available) for claiming\b|^(?:your (?:parcel|item|package) is |item |parcel"
        r" )?at (?:the |a |your )?collect(?:ion)? point\b"
        r"|^at (?:the |your (?:local )?)?post office for (?:collection|pick ?up)\b",
    ),
    # Delivered: a claim at a branch by the consignee, left as the Authority to Leave says, a
    # resident handed it, left with the concierge, placed in the mailbox, "Del'd".
    rule(
        "en.delivered.short.s18h",
        S.DELIVERED,
        r"\bclaimed by (?:the )?(?:consignee|recipient|customer|addressee)\b"
        r"|\bleft (?:as per|per|according to) (?:the |your )?(?:atl|authority to leave)\b"
        r"|\bhanded directly to (?:a |the )?(?:resident|recipient|customer|consignee)\b"
        r"|\bleft with (?:the )?(?:concierge|receptionist|doorman|porter|building manager)\b"
        r"|\bplaced (?:in|into|inside) (?:the |your )?(?:mailbox|letterbox|letter box|mail slot)\b"
        r"|^del'd\b",
    ),
    # Addressee unknown or gone (Royal Mail's "Gone away"), an address that cannot be located.
    rule(
        "en.address.unknown.s18h",
        S.ADDRESS_ISSUE,
        r"\bunknown at (?:this |the )?address\b|\b(?:addressee|recipient|consignee) not known\b"
        r"|\bunknown (?:consignee|addressee|recipient)\b|\baddress not locatable\b"
        r"|^(?:moved away|gone away)\b",
    ),
    rule(
        "en.refused.rejected.s18h",
        S.REFUSED,
        r"^delivery rejected\b|^(?:parcel|shipment|package|consignment) rejected(?:$| by (?:the )?"
        r"(?:recipient|consignee|customer|addressee|receiver)\b)",
    ),
    rule(
        "en.lost.untraceable.s18h",
        S.LOST,
        r"\bunable to trace\b(?! (?:the )?(?:address|consignee|recipient|customer|receiver"
        r"|location))",
    ),
    rule("en.delayed.strike.s18h", S.DELAYED, r"\b(?:strike|industrial) action\b"),
    rule(
        "en.exception.held_bare.s18h",
        S.EXCEPTION,
        r"^(?:shipment|parcel|package|item|consignment) (?:is )?held$",
        priority=35,
    ),
    # Second round (written before these stems, read 143/194 by the rules as they stood):
    # a delivery moved on ("Carried forward to next day", "Deferred delivery requested").
    rule(
        "en.delayed.carried_forward.s18h",
        S.DELAYED,
        r"\bcarried (?:forward|over) to (?:the )?next (?:day|working day|business day)\b"
        r"|\bdelivery re-scheduled\b|\bdeferred delivery\b",
    ),
    # A pickup from the sender that did not happen (89, as other failed pickups).
    rule(
        "en.exception.pickup_unsuccessful.s18h",
        S.EXCEPTION,
        r"^unsuccessful pick ?-?up\b|\bpick ?-?up (?:was )?unsuccessful\b",
        priority=89,
    ),
    rule(
        "en.exception.restricted.s18h",
        S.EXCEPTION,
        r"\b(?:restricted|prohibited) (?:goods|items?|commodit(?:y|ies)|contents)\b",
        priority=45,
    ),
    rule("en.pending.no_events.s18h", S.PENDING, r"^no (?:tracking )?(?:events|scans) yet\b"),
    # Consignment notes and labels made, shipments initiated: data only.
    rule(
        "en.info.connote.s18h",
        S.INFO_RECEIVED,
        r"\bconnote (?:created|generated|printed|received)\b"
        r"|\b(?:shipment|consignment|order) initiated\b"
        r"|\blabel (?:downloaded|generated)\b",
        priority=46,
    ),
    # Handed in at a parcel shop by the sender (74, above the pickup place).
    rule(
        "en.accepted.parcelshop_from_sender.s18h",
        S.ACCEPTED,
        r"\breceived at (?:the |a )?(?:parcel ?shop|branch|counter|drop[- ]?off point) from"
        r" (?:the )?(?:sender|shipper|seller|retailer|merchant)\b",
        priority=74,
    ),
    rule(
        "en.in_transit.city_node.s18h",
        S.IN_TRANSIT,
        r"\breached (?:the )?(?:delivery|destination) city\b"
        r"|\bmoved to (?:another|the next|a different) (?:facility|depot|hub"
        r"|sort(?:ing)? cent(?:re|er))\b"
        r"|\bat (?:the )?carrier sort(?:ing)? cent(?:re|er)\b",
        confidence=0.85,
    ),
    rule(
        "en.arrived_destination.port.s18h",
        S.ARRIVED_DESTINATION,
        r"\barriv(?:ed|al) at (?:the )?destination (?:sea)?port\b",
    ),
    rule(
        "en.customs.cleared_short.s18h",
        S.CUSTOMS_CLEARED,
        r"\bcustom cleared\b|^import cleared\b",
    ),
    # Received by a partner named by its role (56, above the acceptance "received by" reads as).
    rule(
        "en.handed_over.received_by_partner.s18h",
        S.HANDED_OVER,
        r"\breceived by (?:our |the |a )?(?:(?:local|last[- ]mile|delivery|logistics) ){1,2}"
        r"partner\b",
        priority=56,
    ),
    # Where a parcel was left at the recipient's (71, above "left behind", a parcel left at a
    # depot, which is a delay).
    rule(
        "en.delivered.left_at_place.s18h",
        S.DELIVERED,
        r"\bleft (?:in|behind|under|inside|beside|by) (?:the |your )?(?:recycling bin|wheelie bin"
        r"|lobby|mail ?room|parcel room|package room"
        r"|bin|(?:side |back |front )?gate|garage|shed|meter box|plant pot|doormat|mat)\b"
        r"|\bhanded to (?:a )?(?:household|family) member\b|^received by security\b",
        priority=71,
    ),
    rule(
        "en.returned.rto_complete.s18h",
        S.RETURNED,
        r"\b(?:rto|rts) (?:complete|completed|done|closed)\b",
        priority=102,
    ),
    # The address named as the cause (84, above the failed delivery "cannot be delivered" is).
    rule(
        "en.address.parts.s18h",
        S.ADDRESS_ISSUE,
        r"\bcannot be delivered as addressed\b|\baddress needs (?:updating|to be updated"
        r"|correcting|correction)\b|\b(?:incorrect|wrong|missing|invalid) (?:suburb|unit number"
        r"|flat number|house number|apartment number|unit no)\b",
    ),
    # Third round (US carriers' edges and consolidators, read 141/162 before these stems).
    rule(
        "en.info.awaiting_carrier.s18h",
        S.INFO_RECEIVED,
        r"\bwhen (?:your|the) (?:package|parcel|item|shipment) is in our possession\b"
        r"|\bwaiting for (?:the )?(?:carrier|courier) (?:pick ?-?up|collection)\b",
        priority=46,
    ),
    rule(
        "en.in_transit.out_from_node.s18h",
        S.IN_TRANSIT,
        r"\bout from (?:the )?(?:[\w-]{1,20} )?(?:warehouse|hub|facility"
        r"|sort(?:ing)? cent(?:re|er))\b"
        r"|\bassigned to (?:a |the )?flight\b",
        confidence=0.85,
    ),
    rule(
        "en.customs.abnormal.s18h",
        S.CUSTOMS_HELD,
        r"\b(?:customs|clearance) (?:clearance )?abnormal\b|\bbrokerage information required\b",
        priority=81,
    ),
    rule(
        "en.customs.clearance_passed.s18h",
        S.CUSTOMS_CLEARED,
        r"\bclearance passed\b",
    ),
    rule(
        "en.handed_over.handoff.s18h",
        S.HANDED_OVER,
        r"\bhand-?off to (?:the |a |our )?(?:local|last[- ]mile|delivery|destination|domestic)\b",
    ),
    rule(
        "en.failed.access_restricted.s18h",
        S.FAILED_ATTEMPT,
        r"\baccess to (?:the )?(?:delivery location|property|premises|building)"
        r" (?:restricted|denied)\b",
    ),
    rule(
        "en.delivered.secure_location.s18h",
        S.DELIVERED,
        r"\bleft (?:in|at) a (?:secure|safe) (?:location|place)\b",
    ),
    rule("en.delayed.emergency.s18h", S.DELAYED, r"\bemergency conditions\b"),
    # Fourth round (UK, Australian and Indian notices, read 113/141 before these stems).
    rule(
        "en.arrived_destination.received_in_country.s18h",
        S.ARRIVED_DESTINATION,
        rf"\breceived in (?!hong kong){_COUNTRY}\b{_NOT_A_PLACE}"
        r"|\b(?:arrived|received)\b.{0,40}\bfrom overseas\b",
    ),
    # Held at a depot *for collection* is waiting for the recipient now, though "being" reads
    # as a mood (72, modal).
    rule(
        "en.pickup.being_held_for_collection.s18h",
        S.AVAILABLE_FOR_PICKUP,
        r"\bbeing held at .{0,30}\bfor (?:collection|pick ?up)\b|\bawaiting self-?collection\b",
        modal_ok=True,
    ),
    rule(
        "en.address.no_number.s18h",
        S.ADDRESS_ISSUE,
        r"\bno (?:house|street|unit|flat|door) number\b",
        on_negation=False,
    ),
    # Fifth round (South and South-East Asia, the Gulf and Africa; read 129/166 before these
    # stems).
    rule(
        "en.info.awaiting_drop_off.s18h",
        S.INFO_RECEIVED,
        r"\bawaiting physical (?:shipment|parcel|receipt|item)\b"
        r"|\b(?:waiting for|awaiting) (?:the )?drop[- ]?off\b",
        priority=46,
    ),
    rule(
        "en.in_transit.station_moves.s18h",
        S.IN_TRANSIT,
        r"^left (?:the )?station\b|\bmoving to (?:the )?destination\b",
        confidence=0.85,
    ),
    rule("en.customs.cleared_from.s18h", S.CUSTOMS_CLEARED, r"\bcleared from customs\b"),
    rule("en.ofd.with_rider.s18h", S.OUT_FOR_DELIVERY, r"^with (?:the |our )?rider$"),
    # Received or collected by the recipient's people (74, above the acceptance that
    # "collected" and "received by" read as).
    rule(
        "en.delivered.received_by_people.s18h",
        S.DELIVERED,
        r"\breceived by (?:the |a )?(?:office staff|relative|family member|colleague|security guard"
        r"|watchman|gatekeeper)\b"
        r"|\b(?:consignee|customer|recipient|addressee|receiver) collected\b",
        priority=74,
    ),
    rule(
        "en.address.not_traceable.s18h",
        S.ADDRESS_ISSUE,
        r"\baddress (?:is )?not traceable\b",
        on_negation=False,
    ),
    rule(
        "en.refused.customer_rejected.s18h",
        S.REFUSED,
        r"\b(?:customer|consignee|recipient|receiver|addressee) rejected\b",
    ),
    rule("en.delayed.misroute.s18h", S.DELAYED, r"^misroute\b"),
    rule(
        "en.exception.stuck.s18h",
        S.EXCEPTION,
        r"\b(?:shipment|parcel|package|item|consignment) (?:is )?stuck\b",
        priority=35,
    ),
    # Sixth round (Canada, New Zealand and US posts; read 101/116 before these stems).
    rule(
        "en.customs.review_complete.s18h",
        S.CUSTOMS_CLEARED,
        r"\bcustoms (?:processing|review|checks?) (?:complete|completed|finished)\b",
    ),
    rule(
        "en.pickup.at_place_for_pickup.s18h",
        S.AVAILABLE_FOR_PICKUP,
        r"\bat (?:the |a |our )?(?:[\w-]{1,20} ){0,3}(?:shipping cent(?:re|er)"
        r"|service cent(?:re|er)|outlet|pick ?-?up location) for (?:pick ?-?up|collection)\b"
        r"|^(?:item|parcel|package) at (?:the |a |your )?pick ?-?up (?:location|point)\b",
    ),
    rule(
        "en.address.not_located_at.s18h",
        S.ADDRESS_ISSUE,
        r"\bnot located at (?:the )?address\b",
        on_negation=False,
    ),
    # Seventh round (carriers' notes to the recipient in the second person; read 73/88 before
    # these stems).
    rule(
        "en.info.order_prepared.s18h",
        S.INFO_RECEIVED,
        r"\border (?:is )?being prepared\b",
        priority=46,
    ),
    rule(
        "en.handed_over.passed_to_partner.s18h",
        S.HANDED_OVER,
        r"\bpassed (?:your|the) (?:parcel|item|package) to (?:our|a|the) (?:delivery )?partner\b",
    ),
    # The driver's time slot for today: out for delivery although said in the future.
    rule(
        "en.ofd.driver_with_you.s18h",
        S.OUT_FOR_DELIVERY,
        r"\b(?:driver|courier) will be with you (?:between|from|at|today)\b",
        modal_ok=True,
    ),
    rule(
        "en.delivered.you_collected.s18h",
        S.DELIVERED,
        r"\byou(?:'ve| have) collected your (?:parcel|item|package)\b",
        priority=74,
    ),
    rule(
        "en.address.about_your_address.s18h",
        S.ADDRESS_ISSUE,
        r"\b(?:more|further) information about your address\b"
        r"|\baddress (?:provided |given )?is not (?:correct|valid|complete)\b",
        on_negation=False,
    ),
    rule(
        "en.returned.sender_received_return.s18h",
        S.RETURNED,
        r"\b(?:sender|seller|retailer|merchant) has received (?:your |the )?returned"
        r" (?:parcel|item|package)\b",
        priority=101,
    ),
    rule(
        "en.exception.not_right.s18h",
        S.EXCEPTION,
        r"\bsomething(?:'s| is) (?:not right|wrong) with\b",
        priority=35,
    ),
)

LANGUAGE = Language(
    code="en",
    rules=RULES,
    negation=markers(
        "not no never without unable failed cannot didn couldn wasn isn hasn hadn haven doesn"
        " don wouldn won"
    ),
    without=markers("without"),
    irrealis=markers(
        "will should expected scheduled estimated planned awaiting would once when before until"
        " after if be being shall"
    ),
    markers=markers(
        "the to of at for by and has been was is your our item package parcel shipment"
        " delivered delivery arrived departed facility out customs received sender picked"
        " attempted transit origin destination country from with on label created processed"
        " notified held returned awaiting left collected ready collection post office scan"
        " we you sorting center centre hub"
    ),
)
