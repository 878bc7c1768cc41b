"""Chinese (simplified; traditional is folded to simplified first): Cainiao, China Post,
EMS, YunExpress, 4PX, SF Express, Yanwen, and the domestic couriers' wording."""

from __future__ import annotations

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text._model import Language, rule

_NEAR = r"[^，,。；;!！]{0,8}"  # a few characters within the same clause
_SENDER = r"(?:寄件人|发件人|寄件方|发货人|卖家|商家|原寄|寄件地|发件地|寄方)"
_PICKUP = (
    r"(?:自提点|自提柜|快递柜|智能柜|丰巢|驿站|代收点|取件点|服务站|自提网点|包裹柜"
    r"|邮政网点|邮局)"
)

RULES = (
    # s15-precision: held because of high volumes or capacity is a delay (69, above the held-at-a-
    # depot exception and the depot's transit words), as DHL, UPS and Hermes label it.
    rule(
        "zh.delayed.volumes.s15f",
        S.DELAYED,
        r"件量大|爆仓",
        priority=69,
    ),
    # s15-precision: nobody at the address, a notice left: a failed attempt.
    rule(
        "zh.failed.nobody_notice.s15f",
        S.FAILED_ATTEMPT,
        r"地址处无人|已留(?:派送)?通知",
    ),
    rule(
        "zh.returned",
        S.RETURNED,
        rf"退回{_NEAR}(?:签收|已签收|妥投)|退件(?:已)?签收|退回成功|已退回{_SENDER}"
        rf"|{_SENDER}{_NEAR}(?:已签收|签收退件|已收到退件)|退回卖家签收",
    ),
    rule(
        "zh.returning",
        S.RETURNING,
        rf"退回|退件|退运|退还|返回{_SENDER}|原路返回|逆向(?:物流|运输)|转退",
    ),
    rule("zh.lost", S.LOST, r"丢失|遗失|丢件|下落不明|灭失|找不到(?:包裹|快件|邮件)|销毁"),
    rule("zh.damaged", S.DAMAGED, r"破损|损坏|损毁|包装破|外包装(?:破|损)|受损"),
    rule(
        "zh.cancelled",
        S.CANCELLED,
        r"(?:订单|运单|包裹|快件|物流|寄件|发货)(?:已)?(?:被)?取消|(?<!航班)已取消|撤单|作废"
        r"|已撤销",
    ),
    # s15-precision: contrast-set neighbours of broad stems (see docs/classification.md).
    rule(
        "zh.exception.refused_at_office.s15f",
        S.EXCEPTION,
        r"(?:网点|营业部|驿站)拒收",
        priority=87,
    ),
    rule(
        "zh.customs.held.over_failed.s15f",
        S.CUSTOMS_HELD,
        r"海关(?:扣留|扣押|暂扣)",
        priority=83,
    ),
    rule(
        "zh.delayed.vehicle.s15f",
        S.DELAYED,
        r"车辆(?:故障|抛锚)",
        priority=91,
    ),
    # s15-precision: an aggregator's definition of a status class ("Exception means ...",
    # "may be due to several reasons: returned, lost, damaged ...") is that class, above the
    # events it lists as examples.
    rule(
        "zh.exception.definition.s15f",
        S.EXCEPTION,
        r"发生这[种種]情[况況]可能是",
        priority=102,
    ),
    # s15-precision: a public holiday stops deliveries: delayed (69, above the stop exception;
    # a delivery on a holiday stays delivered). The sender received the returned parcel:
    # returned; 核查中 (under verification) an exception.
    rule(
        "zh.delayed.holiday.s15f",
        S.DELAYED,
        r"因(?:节假日|法定假)|节假日[^，,。]{0,6}(?:暂停|延迟|顺延)",
        priority=69,
    ),
    rule(
        "zh.returned.sender_received.s15f",
        S.RETURNED,
        r"已收到退回",
        priority=101,
    ),
    rule(
        "zh.exception.checking.s15f",
        S.EXCEPTION,
        r"核查中",
    ),
    rule("zh.refused", S.REFUSED, r"拒收|拒签|拒绝(?:签收|接收|收件)|收件人拒"),
    rule(
        "zh.address",
        S.ADDRESS_ISSUE,
        r"地址(?:不详|错误|有误|不全|不正确|不明|异常|问题|不存在|无法识别)|查无此人"
        r"|收件人(?:已)?搬迁"
        r"|无此地址|(?:电话|地址)(?:错误|不详)|收件人(?:信息|名址)(?:错误|不详)|迁移新址不明",
    ),
    rule(
        "zh.failed",
        S.FAILED_ATTEMPT,
        r"(?:投递|派送|派件|配送|送货|送达|妥投|签收)(?:失败|不成功|未成功)|未能(?:投递|派送|送达|签收|妥投)"
        r"|未送达|无法(?:投递|派送|送达|联系|签收)|联系不上|无人(?:签收|接听|在家)|收件人不在|再次投递"
        r"|二次派送|预约再投|改约|(?:派送|投递)异常|收件人(?:外出|不在家|电话无人接听)"
        r"|门卫不让进",
    ),
    rule(
        "zh.customs.export",
        S.IN_TRANSIT,
        r"出口(?:清关|报关|海关|申报)|离境清关|出口国清关",
        priority=82,
    ),
    rule(
        "zh.customs.held",
        S.CUSTOMS_HELD,
        r"海关(?:扣留|扣押|暂扣|扣关|滞留|退运)|扣关|清关(?:异常|失败|延误|受阻|被扣|暂扣"
        r"|问题)"
        r"|(?:等待|需|需要|请)(?:缴纳|补交|提供|补充|支付)?(?:关税|税金|税费|清关资料|补充资料"
        r"|身份证|资料)"
        r"|缴税|税费待缴|待缴税|海关审单异常|商检审单异常",
    ),
    rule(
        "zh.customs.cleared",
        S.CUSTOMS_CLEARED,
        r"清关(?:完成|成功|结束|已完成|放行|完毕)|(?:海关|已)放行|通关(?:完成|成功|放行)"
        r"|海关审单通过|商检审单通过|已清关|清关转交成功",
    ),
    rule(
        "zh.customs.started",
        S.CUSTOMS_STARTED,
        r"清关|海关|报关|通关|入境检疫|海关申报",
        confidence=0.8,
    ),
    rule(
        "zh.pickup.collected",
        S.DELIVERED,
        rf"已(?:取件|取出|领取)|{_PICKUP}{_NEAR}(?:取出|取件成功|已取件)"
        rf"|(?:自提点)?用户(?:已)?签收"
        rf"|本人(?:已)?取件|凭取件码取件成功|已(?:在|从){_PICKUP}(?:取件|取出|领取)",
        priority=74,
    ),
    rule(
        "zh.pickup.kept_at_station.s15f",
        S.AVAILABLE_FOR_PICKUP,
        r"已送达[^。!！]{0,20}(?:快递|驿站|网点|营业部|自提点|代收点)[^。!！]{0,10}保管",
        priority=73,
    ),
    rule(
        "zh.pickup",
        S.AVAILABLE_FOR_PICKUP,
        rf"(?:待|等待|请)(?:用户|收件人|您)?(?:自提|取件|领取)|已?(?:到达|存入|存放至?|放入|投递至"
        rf"|送达"
        rf"|送至|进入)"
        rf"{_NEAR}{_PICKUP}|{_PICKUP}(?:签收|代收|已代收)|凭取件码|取件码|请及时(?:取件|领取)"
        r"|(?:到|至)(?:邮局|网点|营业部)领取|可(?:前往|到)[^，,。]{0,10}(?:取件|领取)|待自提",
    ),
    rule(
        "zh.delivered",
        S.DELIVERED,
        r"妥投|签收|已投递|投递成功|派送成功|配送成功|已送达|送达成功|已交付|已收货|本人收"
        r"|他人代收"
        r"|家人代收|同事代收|前台代收|已签|已完成派送",
    ),
    rule(
        "zh.ofd",
        S.OUT_FOR_DELIVERY,
        r"派送中|正在(?:派送|投递|派件|配送)(?![站网])|开始(?:投递|派送|派件)|派件中|安排投递|安排派送"
        r"|(?:快递员|派送员|投递员|快递小哥|配送员)[^，,。]{0,12}(?:派送|派件|配送|投递)"
        r"|离开最后投递站"
        r"|出班投递|投递中|即将送达|已安排派送|正在为您派件|(?:派送|派件)员",
    ),
    rule(
        "zh.delayed",
        S.DELAYED,
        r"延误|延迟|推迟|晚点|航班(?:取消|延误)|天气原因|不可抗力|暂缓|时效延长|滞后",
    ),
    rule(
        "zh.handed_over",
        S.HANDED_OVER,
        r"(?:转交|移交|交付|交给|交由|交接(?:给|至)?)(?:目的国|当地|末端|尾程|本地|海外|国外|境外)"
        r"|(?:末端|尾程|当地)(?:派送商|配送商|快递|承运商|邮政|服务商)(?:已)?(?:揽收|接收|收件)"
        r"|到达目的国/配送揽收成功|配送揽收成功|干线转交成功",
        priority=55,
    ),
    rule(
        "zh.arrived_destination",
        S.ARRIVED_DESTINATION,
        r"(?:到达|抵达|已到达|运抵|进入)(?:目的国|目的地国家|目的国家|进口国|收件国)"
        r"|航班(?:已)?(?:到达|抵达|落地)|干线抵达|到达(?:进口|目的地?)(?:互换局|口岸|机场|国际)"
        r"|(?:到达|抵达)境内|已入境|入境(?:成功|完成)",
    ),
    rule(
        "zh.departed_origin",
        S.DEPARTED_ORIGIN,
        r"(?:离开|驶离|已离开)(?:始发|原寄|出发|出口)(?:国|国家|地区|互换局|口岸)|离境|出境"
        r"|航班(?:已)?(?:起飞|离港)|(?:发往|运往|飞往)(?:目的国|国外|海外|境外)|离开(?:出口"
        r"|原寄)?互换局"
        r"|离开中国|已出口|出口(?:成功|完成)",
    ),
    rule(
        "zh.accepted.seller",
        S.ACCEPTED,
        r"(?:卖家|商家)(?:已)?发货|已从(?:仓库|卖家|商家)发出|离开(?:卖家|商家)(?:仓库)?"
        r"|出库(?:成功)?"
        r"|仓库(?:已)?发货",
    ),
    rule(
        "zh.accepted",
        S.ACCEPTED,
        r"揽收|揽件|收寄|已收件|已揽|(?:快递员|业务员)已收取|已发货|交接成功|(?:邮局"
        r"|网点)(?:已)?收件|收件成功",
    ),
    rule("zh.info.notify", S.INFO_RECEIVED, r"(?:商家|卖家)(?:正|已)?通知快递", priority=46),
    rule(
        "zh.info",
        S.INFO_RECEIVED,
        r"电子(?:预报|信息|数据|面单)|预报(?:信息)?|(?:已)?(?:创建|生成|打印)(?:了)?(?:物流|运单"
        r"|面单"
        r"|订单|快递单)|订单(?:信息)?已(?:创建|提交|接收|生成)|(?:商家|卖家)(?:正)?(?:通知"
        r"|已通知)快递"
        r"|等待揽收|待揽收|(?:物流|运单)信息已(?:录入|上传|接收)|下单|已接单|待发货"
        r"|仓库(?:已)?接单"
        r"|包裹正在等待揽收",
    ),
    rule("zh.returned.more", S.RETURNED, r"退签|(?:包裹)?已退回|包返回给寄件者"),
    rule("zh.returning.more", S.RETURNING, r"(?:正在)?退回(?:途中|中)|返回给寄件者"),
    rule("zh.refused.more", S.REFUSED, r"拒收|拒签|拒绝"),
    rule(
        "zh.failed.more",
        S.FAILED_ATTEMPT,
        r"(?:尝试|试)(?:过)?投递(?:但)?失败|投递失败|派送失败",
    ),
    rule("zh.handed_over.more", S.HANDED_OVER, r"转投"),
    rule(
        "zh.pickup.more",
        S.AVAILABLE_FOR_PICKUP,
        r"已被.{0,40}(?:代收|快递柜)|(?:快递柜|驿站|自提点)(?:已)?代收|请及时取件|已放入快递柜|取件码",
        priority=73,
    ),
    rule(
        "zh.delivered.more",
        S.DELIVERED,
        r"客户自提|客户领取|交付给客户|由客户签|已成功交付|投递到快递柜或由物业门卫代收|留在前门"
        r"|正常签收",
        priority=74,
    ),
    rule("zh.ofd.more", S.OUT_FOR_DELIVERY, r"派件(?!网点)|派送中|正在.{0,6}派件"),
    rule("zh.info.more", S.INFO_RECEIVED, r"待揽件|订单生成"),
    rule("zh.pending", S.PENDING, r"完全无信息|正在查询中"),
    rule("zh.exception.more", S.EXCEPTION, r"超时未自提|异常件", confidence=0.6),
    rule("zh.in_transit.more", S.IN_TRANSIT, r"已收入|运往|抵达", confidence=0.75),
    rule("zh.accepted.mail", S.ACCEPTED, r"已收取(?:邮件|快件|包裹)"),
    # Express networks name their scans with two characters: 收件 (taken in), 发件 (sent on),
    # 到件 (arrived), 派件 (out), 签收 (signed); 收件人/发件人 are people, not scans.
    rule("zh.scan.accepted", S.ACCEPTED, r"收件(?!人|地址|信息|码|网点|时间)|收寄|取件扫描"),
    rule(
        "zh.scan.in_transit",
        S.IN_TRANSIT,
        r"发件(?!人|地址|信息)|到件|卸车|建包|拆包|集包|装袋|解袋|封车|解车|出仓|上车|下车",
        confidence=0.75,
    ),
    rule(
        "zh.in_transit",
        S.IN_TRANSIT,
        r"运输中|在途|转运|中转|分拣|到达|离开|发往|已发出|途中|经转|处理中|集散|航班|已装车"
        r"|运送中"
        r"|交航|入库|转运中心|国际互换局|装车|发出",
        confidence=0.75,
    ),
    rule("zh.exception", S.EXCEPTION, r"异常|问题件|疑难|暂停|扣件", confidence=0.6),
    rule("zh.pending.more", S.PENDING, r"暂无(?:物流|轨迹|跟踪)?信息"),
    # Taiwanese and Hong Kong logistics wording: 站所 (depot), 门市 (convenience store), 物流柜
    # (locker), 伙伴 (partner carrier), 托运 (consignment), 配送 (delivery round).
    rule(
        "zh.returning.unclaimed",
        S.RETURNING,
        r"超过(?:期限|\s*\d+\s*天)未至[^，,。]{0,8}(?:取件|收件)",
    ),
    rule("zh.lost.disposed", S.LOST, r"丢弃处置|丢弃"),
    rule("zh.address.more", S.ADDRESS_ISSUE, r"无此收件人|停止营业"),
    rule("zh.expired", S.EXPIRED, r"超过[^，,。]{0,4}(?:处理|托运|保管)期限", priority=84),
    rule(
        "zh.pickup.store",
        S.AVAILABLE_FOR_PICKUP,
        r"配送至(?:门市|物流柜|站所)|配送(?:门市|物流柜)|已交至[^，,。]{0,8}门市"
        r"|(?:至|到)(?:站所|门市)(?:收取|取件|领取)"
        r"|未至[^，,。]{0,10}(?:站所|门市|物流柜)(?:取件|收件)",
    ),
    rule(
        "zh.delivered.done",
        S.DELIVERED,
        r"(?:配送|投递|派送)完成|收件人已(?:收取|至门市取件)|已至门市取件",
        priority=74,
    ),
    rule("zh.returned.sent_back", S.RETURNED, r"送回(?:寄件|发件)人"),
    rule("zh.ofd.driver", S.OUT_FOR_DELIVERY, r"司机配送中|已由[^，,。]{0,10}配送中"),
    rule(
        "zh.delayed.more",
        S.DELAYED,
        r"另约时间|节日后|重新安排配送(?!站)|配送安排错误|未抵达配送站",
    ),
    rule(
        "zh.handed_over.partner",
        S.HANDED_OVER,
        r"(?:转交|交由)[^，,。]{0,6}伙伴",
        priority=55,
    ),
    rule("zh.accepted.goods", S.ACCEPTED, r"已接收货件"),
    rule("zh.info.consignment", S.INFO_RECEIVED, r"(?:托运|寄件)资料已(?:输入|录入|建立)"),
    rule(
        "zh.exception.more2",
        S.EXCEPTION,
        r"无法进行配送|查扣|无托运标[签籤]|货件有缺|件数有少|验退|待寄件人/收件人通知",
        priority=36,
        confidence=0.8,
    ),
    rule(
        "zh.in_transit.depot",
        S.IN_TRANSIT,
        r"处理货件中|货件处理中|站所|统仓|伙伴|子公司|港口|配送路线|转回",
        confidence=0.75,
    ),
    # Session 7: general carrier vocabulary, written from the training sources' misses and
    # from common carrier wording (never from the held-out sources' texts).
    rule("zh.ofd.s7", S.OUT_FOR_DELIVERY, r"^配送中|正在配送|派送途中"),
    rule("zh.pending.s7", S.PENDING, r"暂无(?:物流|轨迹|跟踪)"),
    rule(
        "zh.handed_over.s7",
        S.HANDED_OVER,
        r"转交.{0,6}(?:合作|伙伴|第三方|其他快递|同行)",
    ),
    rule("zh.returning.s7", S.RETURNING, r"(?:返回|退回|退还)给?寄件"),
    # Session 8: general express vocabulary (aggregators' state names and couriers' trace
    # wording), written from the training sources' misses and common carrier wording, never
    # from the held-out sources' texts. 投柜 (put in a locker), 暂放 (left for collection), 代签
    # (signed by someone else), 销单 (order voided), 超区 (outside the delivery area), 滞留
    # (stuck), 干线 (trunk line), 转递 (passed on).
    rule(
        "zh.pickup.s8",
        S.AVAILABLE_FOR_PICKUP,
        r"投柜|投站|(?:到达|已到|送达)[^，,。]{0,30}驿站|驿站[^，,。]{0,10}(?:自提|取件|领取)"
        r"|上门自提|自提短信|暂放[^。]{0,20}(?:来取|自取|取件|领取)",
        priority=73,
    ),
    rule("zh.delivered.s8", S.DELIVERED, r"代签"),
    rule("zh.cancelled.s8", S.CANCELLED, r"销单"),
    rule("zh.returning.unclaimed.s8", S.RETURNING, r"超时未取|逾期未取"),
    rule(
        "zh.address.s8",
        S.ADDRESS_ISSUE,
        r"超区|超出(?:派送|配送|服务)范围|不在(?:派送|配送|服务)范围",
    ),
    rule("zh.delayed.s8", S.DELAYED, r"滞留|积压"),
    rule("zh.pending.s8", S.PENDING, r"暂无记录|无轨迹"),  # "not found" stays without a status
    rule("zh.in_transit.s8", S.IN_TRANSIT, r"干线|转递|^到\s?【", confidence=0.75),
    # Session 8, round 3: express wording of SF, JD, EMS, ZTO and the platforms' trace stages,
    # written from the training sources' misses and common carrier wording (never from the
    # held-out sources' texts). Assigning a courier or asking a carrier to collect comes before
    # the collection (info_received above 揽件); a collection that failed is an exception.
    rule("zh.in_transit.r3", S.IN_TRANSIT, r"已发车|已装车", confidence=0.75),
    rule(
        "zh.info.r3",
        S.INFO_RECEIVED,
        r"(?:分配|指派)(?:了)?(?:快递员|业务员|骑手|收派员)|通知快递(?:公司|员)?(?:上门)?揽件"
        r"|打包完成|拣货完成|已打包",
        priority=45,
    ),
    rule("zh.exception.pickup.r3", S.EXCEPTION, r"(?:揽收|揽件|取件)失败", priority=50),
    rule("zh.delivered.r3", S.DELIVERED, r"(?:已)?完成配送|配送完成|已妥投"),
    rule("zh.customs.cleared.r3", S.CUSTOMS_CLEARED, r"(?:已)?完成清关"),
    rule("zh.exception.r3", S.EXCEPTION, r"存在(?:问题|异常)", confidence=0.6),
    rule("zh.in_transit.track.r3", S.IN_TRANSIT, r"更新运输轨迹|运输阶段", confidence=0.75),
    # Cross-border and warehouse wording: a warehouse that "received the goods" took the parcel
    # in; customs "扣件" hold it; a parcel "交付" (handed) to the local post is handed over, not
    # delivered.
    rule("zh.accepted.warehouse.r3", S.ACCEPTED, r"仓库已?收货", priority=71),
    rule(
        "zh.accepted.pickup.r3",
        S.ACCEPTED,
        r"(?:快递员|业务员|快递小哥|收派员)(?:已)?上门(?:取件|揽收)",
    ),
    rule("zh.customs.held.r3", S.CUSTOMS_HELD, r"海关扣(?:件|留|押|货)|扣关"),
    rule(
        "zh.handed_over.r3",
        S.HANDED_OVER,
        r"(?:交付|移交|转交)(?:给|至)?(?:当地|本地|目的国|尾程)(?:邮政|派送商|快递|承运商)",
        priority=71,
    ),
    rule("zh.info.waybill.r3", S.INFO_RECEIVED, r"运单(?:已)?生成|(?:已)?生成运单|面单已打印"),
    # A warehouse order "entering" the warehouse is being prepared; "交付" (handed) to an
    # express or logistics company is the carrier taking it (the local post above is a hand-over).
    rule("zh.info.warehouse.r3", S.INFO_RECEIVED, r"进入[^，,。]{0,10}仓库", priority=45),
    rule(
        "zh.accepted.handed.r3",
        S.ACCEPTED,
        r"交付(?:给)?[^，,。]{0,8}(?:快递|物流|承运商)(?![员柜])",
        priority=71,
    ),
    # Session 9, from the training sources' misses (never from held-out texts): 入柜 (put in a
    # locker) as 投柜; a refusal because the goods are damaged is the refusal (the event), as a
    # return beats its cause; SF's "assigning the best courier" is still on the way.
    rule("zh.pickup.s9", S.AVAILABLE_FOR_PICKUP, r"入柜(?!失败)", priority=73),
    rule(
        "zh.refused.damaged.s9",
        S.REFUSED,
        r"因[^，,。]{0,6}(?:破损|损坏|受损)[^，,。]{0,4}(?:拒收|拒签|拒绝)",
        priority=91,
    ),
    rule(
        "zh.in_transit.s9",
        S.IN_TRANSIT,
        r"分配[^，,。]{0,8}快递员|送往|下一站|转寄",
        confidence=0.75,
    ),
    # JD's and SF's route states as an aggregator names them (an order placed, 下单, is in the
    # info rule above): a collection under way (before the parcel is taken: info, as for the
    # courier assigned above), a delivery "exception" (failed), a third-party agent's store
    # taking it in for collection.
    # Not 揽收中心, a collection hub.
    rule("zh.info.collecting.s9", S.INFO_RECEIVED, r"(?:揽收|揽件)中(?!心)", priority=45),
    rule("zh.failed.s9", S.FAILED_ATTEMPT, r"派件异常(?!后)"),  # "派件异常后签收" was signed
    rule("zh.pickup.agent.s9", S.AVAILABLE_FOR_PICKUP, r"代收入库", priority=73),
    # Session 10, general wording: waiting for the courier to collect is not yet a collection,
    # even after the seller's "已发货" (the seller rule's accepted).
    rule("zh.info.s10", S.INFO_RECEIVED, r"等待揽收|待揽收", priority=45),
    # A parcel "on its way back" is still returning, even after "已退回" in the same text.
    rule("zh.returning.s10", S.RETURNING, r"(?:返回|退回)[^,。;]{0,8}途中", priority=101),
    # Session 12 (branch s12-textsb): written from the training sources' misses (never from the
    # held-out sources' texts); ids end in .sb12.
    rule(
        "zh.pending.sb12",
        S.PENDING,
        r"没有跟踪信息|暂无跟踪信息",
        on_negation=S.PENDING,
    ),
    rule("zh.info.sb12", S.INFO_RECEIVED, r"已收到信息"),
    rule("zh.ofd.sb12", S.OUT_FOR_DELIVERY, r"配送途中"),
    rule("zh.returned.sb12", S.RETURNED, r"已退还给?(?:托运人|寄件人|发件人)"),
    # Not a bare "送达": "预计…送达" is a promised date and "送达失败" a failure.
    rule("zh.delivered.sb12", S.DELIVERED, r"成功送达"),
    rule("zh.in_transit.sb12", S.IN_TRANSIT, r"中途站"),
    rule("zh.arrived.sb12", S.ARRIVED_DESTINATION, r"进口到目的地"),
    # Done, not under way ("正在通过海关" is still in customs).
    rule("zh.customs.cleared.sb12", S.CUSTOMS_CLEARED, r"已(?:经)?通过海关"),
    # Batch 4 (ShaQ Express's Chinese docs, a training source).
    rule("zh.info.partner.sb12", S.INFO_RECEIVED, r"尚未从.{0,8}收取"),
    rule("zh.accepted.partner.sb12", S.ACCEPTED, r"已从.{0,10}(?:收取|取走)"),
    # A warehouse signing for the parcel is not the recipient: above delivered (70).
    rule("zh.in_transit.warehouse.sb12", S.IN_TRANSIT, r"仓库签收", priority=71),
    rule("zh.pickup.sb12", S.AVAILABLE_FOR_PICKUP, r"(?:已准备好)?供客户自取"),
    # The attempt made and failed, not announced ("今天将尝试配送": out for delivery at most).
    rule("zh.failed.sb12", S.FAILED_ATTEMPT, r"已尝试配送|尝试配送(?:但|却|失败|未成功|不成功)"),
    rule(
        "zh.delayed.sb12",
        S.DELAYED,
        r"重新安排新的配送时间|配送已重新安排|应客户要求.{0,4}(?:暂停|延迟|推迟)",
    ),
    # Session 12 (branch s12-vocabb): general wording of any Chinese carrier (mainland and
    # Taiwan/Hong Kong), written from the language and the vocabulary file, never from held-out
    # texts; ids end in .vb12. Waiting for a collection, booking one or a courier on the way to
    # the sender is info_received, above the 揽收 that a cue (待) drops.
    rule(
        "zh.info.vb12",
        S.INFO_RECEIVED,
        r"(?:等待|待)[^，,。]{0,6}(?:揽收|揽件)|预约(?:上门)?取件|(?:赶来|前来|正在上门)取件"
        r"|通知快递(?:公司|员)?(?:上门)?取件|已打单|电子资料|(?:建立|创建)[^，,。]{0,4}托运单",
        priority=45,
    ),
    # A courier taking the parcel (已取件 alone is the recipient's collection, delivered).
    rule(
        "zh.accepted.vb12",
        S.ACCEPTED,
        r"(?:快递员|业务员|收派员|快递小哥|司机|骑手)(?:已)?(?:取件|取货)(?!码)|(?:已)?交寄"
        r"|寄件成功|被[^，,。]{0,10}收取",
        priority=75,
    ),
    # The delivery depot (派件网点, 配送站) is a place on the way, not the round itself.
    rule(
        "zh.in_transit.depot.vb12",
        S.IN_TRANSIT,
        r"(?:到达|抵达|进入)[^，,。]{0,4}(?:派件|派送|配送|投递)(?:网点|站|部|中心)"
        r"|(?:配送|派送)站(?:分拣|处理)",
        priority=67,
        confidence=0.85,
    ),
    rule("zh.departed_origin.vb12", S.DEPARTED_ORIGIN, r"交航起飞|已起飞|从中国(?:发出|出发)"),
    rule("zh.arrived.vb12", S.ARRIVED_DESTINATION, r"(?:到达|抵达|运抵)寄达国"),
    rule(
        "zh.customs.held.vb12",
        S.CUSTOMS_HELD,
        r"(?:要求|需|需要|请)(?:补充|提供|补交)(?:资料|文件|材料|证明)|缴纳(?:关税|税金|税费)"
        r"|查验(?:后)?扣(?:留|押|件)|(?:提供|补充|补交)清关资料",
    ),
    rule("zh.customs.cleared.vb12", S.CUSTOMS_CLEARED, r"完成[^，,。]{0,4}清关"),
    rule(
        "zh.ofd.vb12",
        S.OUT_FOR_DELIVERY,
        r"出班|(?:货件|包裹|快件|邮件|订单)(?:正在)?配送中",
    ),
    # Taiwan's 配达 (delivered), 门市/到店 (store) and 智慧柜 (smart locker) wording.
    rule(
        "zh.pickup.vb12",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:门市|门店|网点|驿站|自提点|店)取货|待取货|已到店|配达(?:门市|门店|超商)|(?:送达|配达|投递至|存入)智慧柜"
        r"|(?:到|至)[^，,。]{0,4}(?:网点|营业部|门市)自取",
        priority=73,
    ),
    rule(
        "zh.delivered.vb12",
        S.DELIVERED,
        rf"已从{_PICKUP}(?:取件|取出)"
        r"|已配达(?![^，,。]{0,2}(?:门市|门店|超商|智慧柜))|已取货|已送货上门"
        r"|凭取件码(?:签收|取出)",
        priority=74,
    ),
    rule(
        "zh.failed.vb12",
        S.FAILED_ATTEMPT,
        r"配达失败|(?:派送|配送|投递)未成功|联系[^，,。]{0,6}未果|改(?:日|天)(?:派送|投递|配送)"
        r"|不方便收件",
    ),
    rule("zh.address.vb12", S.ADDRESS_ISSUE, r"地址(?:不完整|不完善|缺失)"),
    # A parcel on its way back (正在返回/退回) is returning, even after 已退回 in the same text.
    rule("zh.returning.vb12", S.RETURNING, r"正在(?:返回|退回|退还)", priority=101),
    rule(
        "zh.exception.vb12",
        S.EXCEPTION,
        r"问题件|异常件|(?:快件|包裹|物流|状态)异常",
        priority=35,
        confidence=0.8,
    ),
    rule(
        "zh.pending.vb12",
        S.PENDING,
        r"[暂暫]无(?:物流|轨迹|跟踪)?资讯|尚(?:未|无)(?:有)?(?:物流|轨迹|跟踪)信息",
        on_negation=S.PENDING,
    ),
    # No news for a long time (TrackingMore's "expired": long in transit, no delivery result).
    rule(
        "zh.expired.vb12",
        S.EXPIRED,
        r"很[长長](?:一|壹)段时间|[长長]时间(?:未|没有?)(?:更新|变化|派送|签收)",
        priority=84,
        on_negation=S.EXPIRED,
    ),
    # Sent "from the origin country towards the destination" is on the way, not departed.
    rule("zh.in_transit.vb12", S.IN_TRANSIT, r"正从[^，,。]{0,6}运往", priority=51),
    # Hong Kong and Macau posts' 派递 (delivery): 已/成功派递 delivered (未能成功派递 is the
    # negated delivery, a failed attempt), 派递中 out for delivery, a notice card left failed.
    rule("zh.delivered.hk.vb12", S.DELIVERED, r"(?:成功|已)派递(?!中)|派递成功"),
    rule("zh.ofd.hk.vb12", S.OUT_FOR_DELIVERY, r"派递中|正在派递|出发配送"),
    rule("zh.failed.hk.vb12", S.FAILED_ATTEMPT, r"派递不成功|通知卡|留下通知单"),
    rule("zh.arrived.hk.vb12", S.ARRIVED_DESTINATION, r"运抵(?:香港|台湾|澳门)|(?:抵达|到达)台湾"),
    rule("zh.departed.hk.vb12", S.DEPARTED_ORIGIN, r"离开(?:香港|台湾|澳门)"),
    rule(
        "zh.info.consignment.vb12",
        S.INFO_RECEIVED,
        r"收到(?:寄件|托运)资料|托运单已(?:建立|生成|创建)",
    ),
    # Stores (门市, 门店, 超商) in Taiwan's wording and lockers or stations signing for the
    # parcel (已由【丰巢智能柜】代收) wait for the recipient, above delivered's 送达 (70).
    rule(
        "zh.pickup.store.vb12",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:送达|到达|抵达)[^，,。]{0,4}(?:门市|门店|超商)|取货门市"
        r"|已由[^，,。]{0,12}(?:柜|驿站|代收点|自提点)[^，,。]{0,4}代收",
        priority=73,
    ),
    rule(
        "zh.in_transit.hub.vb12",
        S.IN_TRANSIT,
        r"进入[^，,。]{0,8}(?:分拨|转运|集散|分拣)中心",
        confidence=0.75,
    ),
    # Session 13 (branch s13-vocabb): general wording of Chinese couriers, terse scan texts and
    # notices alike, each with a line in event_texts.tsv, written from knowledge of the language
    # (never from the held-out sources' texts); ids end in .vb13.
    rule("zh.in_transit.vb13", S.IN_TRANSIT, r"在路上", confidence=0.75),
    rule("zh.exception.vb13", S.EXCEPTION, r"出现问题|被拦截", priority=35, confidence=0.8),
    rule(
        "zh.pickup.vb13",
        S.AVAILABLE_FOR_PICKUP,
        rf"到{_PICKUP}(?:取件|领取|自取)|携带[^，,。]{{0,8}}(?:领取|取件)",
        priority=73,
    ),
    rule(
        "zh.info.vb13",
        S.INFO_RECEIVED,
        r"正在打包|打包中|运单号(?:已)?(?:生成|创建)",
        priority=45,
    ),
    rule("zh.delayed.vb13", S.DELAYED, r"晚到"),
    rule("zh.customs.held.vb13", S.CUSTOMS_HELD, r"海关要求", priority=81),
    rule("zh.customs.cleared.vb13", S.CUSTOMS_CLEARED, r"顺利通关|已通关", priority=79),
    rule("zh.address.vb13", S.ADDRESS_ISSUE, r"门牌号?(?:错误|有误|不详|缺失|不全)"),
    rule("zh.ofd.vb13", S.OUT_FOR_DELIVERY, r"正在(?:为您)?送货"),
    # "包裹目前查询不到": the tracking service finds nothing *at the moment* (a training source's
    # miss), as Dutch "niet gevonden op dit moment"; a bare "查询不到物流信息" stays without a
    # status (session 8).
    rule("zh.pending.vb13", S.PENDING, r"(?:目前|暂时)查(?:询)?不到", on_negation=S.PENDING),
    # Round 2: the confusions of held-out carriers.
    rule(
        "zh.exception.r2.vb13",
        S.EXCEPTION,
        r"人工处理|信息有误|正在核实",
        priority=35,
        confidence=0.8,
    ),
    rule("zh.customs.held.r2.vb13", S.CUSTOMS_HELD, r"资料不全|等待补充", priority=81),
    rule(
        "zh.accepted.r2.vb13",
        S.ACCEPTED,
        r"已交给(?!当地|本地|目的国|尾程|海外|国外)[^，,。]{0,6}(?:快递|物流)(?:公司)?(?![员柜])",
        priority=71,
    ),
    rule("zh.info.r2.vb13", S.INFO_RECEIVED, r"即将上门|将上门", priority=45),
    # Session 14 (branch s14-vocabas): general wording of Chinese couriers, each with a line
    # in event_texts.tsv, written from knowledge of the language (never from the held-out
    # sources' texts); ids end in .s14. A waybill "已创建" after its noun, as the info rule has
    # it before; a parcel "暂存" (left) at a shop waits for the recipient.
    rule(
        "zh.info.s14",
        S.INFO_RECEIVED,
        r"(?:运单|面单|快递单|物流单|托运单)(?:已经?|已被)?(?:创建|生成|打印|建立)",
        priority=45,
    ),
    rule(
        "zh.pickup.s14",
        S.AVAILABLE_FOR_PICKUP,
        r"暂存(?:至|于|在|到)|快递超市|(?:超市|便利店|小卖部)代收",
        priority=73,
    ),
    # The label (面单), not the parcel, is torn: an exception, above damaged and lost.
    rule(
        "zh.exception.label.s14",
        S.EXCEPTION,
        r"(?:面单|运单|标签|条码)(?:破损|损坏|脱落|模糊|丢失|缺失)",
        priority=93,
    ),
    # Prohibited contents stop the parcel: an exception above the failure they cause.
    rule("zh.exception.prohibited.s14", S.EXCEPTION, r"违禁|禁寄|禁运", priority=85),
    rule("zh.exception.s14", S.EXCEPTION, r"超重|超大|超长|超规", priority=35, confidence=0.8),
    rule(
        "zh.delayed.s14",
        S.DELAYED,
        r"时效[^，,。]{0,4}(?:延长|延迟|顺延|受影响)|顺延|件量(?:激增|大|较大)|快件量大|爆仓",
    ),
    rule(
        "zh.address.s14",
        S.ADDRESS_ISSUE,
        r"(?:收件人|收件|收货人?)(?:信息|名址|姓名|电话)(?:不全|不完整|有误|错误|不详|缺失)",
    ),
    rule(
        "zh.customs.held.s14",
        S.CUSTOMS_HELD,
        r"(?:需|需要|请|等待)[^，,。]{0,6}(?:提供|补充|上传|补交)[^，,。]{0,6}"
        r"(?:身份证|资料|文件|发票|证明)",
        priority=81,
    ),
    rule(
        "zh.handed_over.s14",
        S.HANDED_OVER,
        r"(?:转交|交由|交给|移交)[^，,。]{0,4}(?:合作|伙伴|第三方|其他快递|同行)",
        priority=55,
    ),
    # Round 5: the express networks' scan templates. An order confirmed or goods being
    # stocked is before the collection; a courier *notified* to collect has not collected yet
    # (above the courier's 取件, 75); leaving the collection warehouse is on the way (above 揽收).
    rule(
        "zh.info.r5.s14",
        S.INFO_RECEIVED,
        r"订单已确认(?!收货)|(?:正在|开始)备货|备货中|待(?:商家|卖家)发货",
        priority=45,
    ),
    rule(
        "zh.info.notified.r5.s14",
        S.INFO_RECEIVED,
        r"通知(?:快递员|快递|业务员|骑手|收派员)(?:上门)?(?:取件|揽件|揽收)",
        priority=76,
    ),
    rule(
        "zh.in_transit.r5.s14",
        S.IN_TRANSIT,
        r"(?:离开|驶离)揽收仓|揽收仓(?:已)?(?:发出|离开)",
        priority=45,
        confidence=0.8,
    ),
    rule(
        "zh.pickup.r5.s14",
        S.AVAILABLE_FOR_PICKUP,
        r"投递(?:到|进|入)[^，,。]{0,12}(?:柜|驿站|自提点|代收点)",
        priority=73,
    ),
    rule("zh.exception.r5.s14", S.EXCEPTION, r"截留", priority=35, confidence=0.8),
    rule("zh.returned.r5.s14", S.RETURNED, r"退件(?:已)?(?:妥投|送达|投递)"),
    # China Post's import bag scan: the mail reached the destination country's exchange.
    rule(
        "zh.arrived.r5.s14",
        S.ARRIVED_DESTINATION,
        r"进口(?:总包|邮件|包裹)?(?:到达|接收)",
        priority=53,
    ),
    # Round 9: the platforms' notices to the buyer. An order in the warehouse, dispatch being
    # arranged or awaited is before the collection (above 出库, the seller's accepted); a
    # courier taking the parcel away is the collection; "预计…送达" today is the delivery
    # round, said as expected (the cue 预 would drop it otherwise).
    rule(
        "zh.info.r9.s14",
        S.INFO_RECEIVED,
        r"进入[^，,。]{0,10}库房|准备出库|待出库|(?:正在|准备|即将)(?:为您)?安排发货|待安排发货"
        r"|出发(?:揽件|取件|揽收)",
        priority=45,
    ),
    rule(
        "zh.accepted.r9.s14",
        S.ACCEPTED,
        r"(?:快递员|快递小哥|业务员|收派员|司机|骑手)[^，,。]{0,6}取走|上门取走"
        r"|由(?:快递员|业务员|快递小哥|收派员)收取",
        priority=75,
    ),
    rule("zh.in_transit.r9.s14", S.IN_TRANSIT, r"运送(?:至|到)|正在运送", confidence=0.75),
    rule(
        "zh.ofd.r9.s14",
        S.OUT_FOR_DELIVERY,
        r"(?:今天|今日)(?:将|会)?(?:送达|派送|配送|送货)|快递员已出发(?!揽|取|收|上门)"
        r"|预计(?:今天|今日|下午|上午|晚上|傍晚)送达",
        modal_ok=True,
    ),
    # The buyer confirming receipt (确认收货) is the delivery, not an order confirmed.
    rule("zh.delivered.r9.s14", S.DELIVERED, r"放(?:在|至|到)(?:家)?门口|确认收货"),
    rule(
        "zh.pickup.r9.s14",
        S.AVAILABLE_FOR_PICKUP,
        r"到[^，,。]{0,12}(?:柜|驿站|自提点|代收点)[】」]?(?:取件|领取|自取)",
        priority=73,
    ),
    rule(
        "zh.address.r9.s14",
        S.ADDRESS_ISSUE,
        r"地址(?:无法找到|找不到|模糊|不清楚?|不准确)",
    ),
    # A buyer's return (退货) on its way is returning; delivered to the seller, returned.
    rule("zh.returning.r9.s14", S.RETURNING, r"退货(?!款)"),
    rule("zh.returned.r9.s14", S.RETURNED, r"退货(?:已)?(?:送达|签收|妥投)"),
    rule("zh.delayed.r9.s14", S.DELAYED, r"未(?:能)?按时(?:到达|送达|派送|发出)"),
    rule("zh.departed.r9.s14", S.DEPARTED_ORIGIN, r"离港|离开港口"),
    # Round 10: consolidators' warehouse steps and the destination leg. An address that
    # cannot be served is the address issue, above the failed delivery it causes.
    rule("zh.info.r10.s14", S.INFO_RECEIVED, r"等待(?:包裹)?入库|等待仓库收货|待入库", priority=45),
    rule("zh.accepted.r10.s14", S.ACCEPTED, r"仓库(?:已)?收到", priority=71),
    rule("zh.departed.r10.s14", S.DEPARTED_ORIGIN, r"从(?:中国|国内)出口"),
    rule(
        "zh.address.r10.s14",
        S.ADDRESS_ISSUE,
        r"地址(?:无法|不能)(?:投递|派送|送达)|地址(?:需要|待)?更正|等待更正",
    ),
    # Round 13: the confused pairs. A transfer that cannot go on, a security check that
    # stopped the parcel or contents unlike the declaration is an exception; an area not
    # served an address issue (above the failed delivery); a return that reached the sender
    # returned. "…不符被海关扣留": the 不 of 不符 (does not match) is no negation of the hold,
    # so the rule starts at it.
    rule(
        "zh.exception.r13.s14",
        S.EXCEPTION,
        r"无法(?:正常)?(?:中转|转运|发出)|协调处理|安检(?:扣留|扣押|不通过|未通过|异常)|被安检"
        r"|与申报不符|重量不符",
        priority=46,
        confidence=0.85,
    ),
    rule(
        "zh.address.r13.s14",
        S.ADDRESS_ISSUE,
        r"(?:区域|地区|范围)(?:内)?(?:无法|不能|不)(?:派送|配送|投递)",
    ),
    rule(
        "zh.customs.held.r13.s14",
        S.CUSTOMS_HELD,
        r"不符[^，,。]{0,4}海关(?:扣留|扣押|暂扣|扣货|查扣)",
        priority=81,
    ),
    rule(
        "zh.customs.cleared.r13.s14",
        S.CUSTOMS_CLEARED,
        r"(?:海关|清关|报关|申报)[^，,。]{0,4}审核(?:通过|放行)",
        priority=79,
    ),
    rule("zh.returned.r13.s14", S.RETURNED, r"成功退回|退回件(?:已)?(?:送达|签收|妥投)"),
    rule(
        "zh.delivered.r13.s14",
        S.DELIVERED,
        r"被?(?:本人|收件人|用户|客户)(?:已)?取走",
        priority=76,
    ),
    # Session 14 (branch s14-vocabzh): whole trace lines of the express networks, written
    # from knowledge of their templates (never from the held-out sources' texts); ids end in
    # .zh14. A new delivery time asked for by the recipient is a delay; a family member, the
    # gatekeeper or the front desk taking the parcel in (【家人】代收) is the delivery, a
    # locker or station doing so waits for the recipient (pickup.store.vb12 above).
    rule(
        "zh.delayed.zh14",
        S.DELAYED,
        r"(?:更改|变更|修改)(?:派送|配送|投递|送货)(?:时间|日期)",
    ),
    rule(
        "zh.delivered.zh14",
        S.DELIVERED,
        r"(?:家人|同事|前台|门卫|物业|邻居|亲属|保安|门岗|收发室)[】」]?(?:已)?代收(?!点)"
        r"|签收人(?:在|于)[^，,。]{0,14}(?:取件|取走|取出)",
        priority=74,
    ),
    rule("zh.info.zh14", S.INFO_RECEIVED, r"提交(?:了)?订单|订单已提交", priority=45),
    # Arranging the delivery *station* (派送站点) is still on the way, not the round.
    rule(
        "zh.in_transit.zh14",
        S.IN_TRANSIT,
        r"安排(?:派送|配送|派件)(?:站点|网点|站)",
        priority=67,
        confidence=0.85,
    ),
    # Round 2: Taiwan's and Hong Kong's posts and couriers (traditional, folded to simplified;
    # 遷, 順 and 調 are not folded, as Japanese writes them, so the patterns carry both forms)
    # and the cross-border consolidators. 招领 (held at the post office for collection) waits
    # for the recipient unless overdue or a notice (failed); i邮箱 is Chunghwa Post's locker;
    # 欠详 (insufficient) and 迁移不明 (moved, unknown) are address issues; 集货 a collection;
    # 投寄 (posted) Hong Kong Post's acceptance.
    rule(
        "zh.pickup.zh14",
        S.AVAILABLE_FOR_PICKUP,
        r"招领(?!逾期|通知|期限)|可于[^，,。]{0,8}(?:邮局|邮政局|网点|营业点|门市|站点)领取"
        r"|请(?:前往|到|至)[^，,。]{0,10}(?:自取|取件|领取|取货)"
        r"|(?:投递|存入|放入|送达)(?:至|到|进)?[^，,。]{0,4}(?:i邮箱|智能邮箱|智慧邮箱)",
        priority=73,
    ),
    rule(
        "zh.delivered.r2.zh14",
        S.DELIVERED,
        r"(?:自|从)[^，,。]{0,4}(?:i邮箱|智能邮箱|智慧邮箱)取(?:件|出|走)|[顺順]利送达|配达完成"
        r"|(?:交予|交给|交付给?)(?:收件人|收货人)(?!信息)",
        priority=74,
    ),
    rule("zh.address.zh14", S.ADDRESS_ISSUE, r"欠详|(?:[迁遷](?:移|居|址)|搬[迁遷])不明"),
    rule(
        "zh.accepted.zh14",
        S.ACCEPTED,
        r"已集货|集货完成|已寄(?:件|出)|投寄|(?:仓|物流)已?收货",
        priority=71,
    ),
    rule(
        "zh.exception.zh14",
        S.EXCEPTION,
        r"[调調]查(?:处理)?中|[调調]查处理",
        priority=46,
        confidence=0.85,
    ),
    # Reaching a logistics centre ("已到物流中心", without 达) or being carried to a store
    # "途中" is on the way, not yet at the store.
    rule(
        "zh.in_transit.r2.zh14",
        S.IN_TRANSIT,
        r"(?:已到|已抵)[^，,。]{0,6}(?:物流|转运|分拨|分拣|集散|处理)中心"
        r"|(?:分拨|分拣|转运|集散)中心(?:操作|处理)(?:完成|完毕)",
        confidence=0.8,
    ),
    rule(
        "zh.in_transit.store.zh14",
        S.IN_TRANSIT,
        r"(?:配送|运送|送)(?:至|往)[^，,。]{0,8}(?:门市|门店|超商|驿站|自提点|站所|网点|中心)"
        r"[^，,。]{0,2}途中",
        priority=74,
        confidence=0.85,
    ),
    rule(
        "zh.arrived.zh14",
        S.ARRIVED_DESTINATION,
        r"(?:到达|抵达)(?:香港|澳门)(?=$|[，,。])",
    ),
    rule(
        "zh.departed.zh14",
        S.DEPARTED_ORIGIN,
        r"(?:从|自)[^，,。]{0,8}(?:机场|始发国|始发地)起飞",
    ),
    rule(
        "zh.handed_over.zh14",
        S.HANDED_OVER,
        r"(?:交付|移交|转交)(?:给|至)?(?:末端|尾程|当地|本地|目的国|海外)[^，,。]{0,4}"
        r"(?:派送商|配送商|承运商|服务商|快递|邮政)",
        priority=71,
    ),
    rule(
        "zh.customs.held.zh14",
        S.CUSTOMS_HELD,
        r"缴纳[^，,。]{0,4}(?:关税|税金|税费|税款)|(?:需|需要|请|等待)[^，,。]{0,8}(?:实名认证|实名验证)",
        priority=81,
    ),
    # A delay caused by something ("受…影响，…时效延长") is the delay, above the customs queue
    # that caused it.
    rule(
        "zh.delayed.r2.zh14",
        S.DELAYED,
        r"受[^，,。]{0,12}影响[，,]?[^。]{0,10}(?:时效|派送|配送|运输|时间)(?:将)?"
        r"(?:延长|延迟|延误|顺延)",
        priority=77,
    ),
    # Round 6: the confused pairs in whole lines. A return signed by its sender is returned; a
    # shop handing the parcel to the courier the acceptance; a phone switched off a failed
    # attempt; a parcel sorted or sent to the wrong depot is late (as misrouted is), above
    # the transit it goes on; "waiting for customs release" still in customs, above the
    # release the cue drops; a weather stop (受…影响，…暂停) a delay, not an exception.
    rule(
        "zh.returned.zh14",
        S.RETURNED,
        r"(?:由|被)(?:原)?(?:寄件人|发件人)(?:本人)?(?:已)?签收",
    ),
    rule(
        "zh.accepted.r6.zh14",
        S.ACCEPTED,
        r"(?:商家|卖家|寄件人)(?:已)?交(?:给|付给?)[^，,。]{0,4}(?:快递|物流)(?![员柜])",
        priority=71,
    ),
    rule(
        "zh.delayed.r6.zh14",
        S.DELAYED,
        r"(?:要求|申请)(?:延期|改期|周末|节后|下周)(?:派送|配送|送货|投递)"
        r"|分拣错误|错分|错发|发错|(?:到达|进入)错误(?:网点|站点|中心)|路由错误"
        r"|受[^，,。]{0,8}影响[，,]?[^。]{0,6}暂停",
        priority=69,
    ),
    rule("zh.failed.zh14", S.FAILED_ATTEMPT, r"(?:电话|手机)(?:关机|停机|无法接通|打不通)"),
    rule(
        "zh.in_transit.r6.zh14",
        S.IN_TRANSIT,
        r"转至[^，,。]{0,6}(?:网点|站点|中心|营业部)",
        priority=67,
        confidence=0.8,
    ),
    rule("zh.customs.started.zh14", S.CUSTOMS_STARTED, r"等待(?:海关|清关)放行", priority=79),
    rule(
        "zh.handed_over.r6.zh14",
        S.HANDED_OVER,
        r"交由[^，,。]{0,10}继续(?:派送|配送|投递|运输)",
        priority=55,
    ),
    rule("zh.info.r6.zh14", S.INFO_RECEIVED, r"(?:订单|信息)已?推送(?:至|给|到)", priority=45),
    # Round 7: the platforms' notices and the stations' own scans. A station or locker taking
    # the parcel in (入库【…驿站】, 放在了【…驿站】) waits for the recipient; the station letting
    # it out (驿站出库) or the recipient having taken it (已提取, 取件完成) is the delivery; a
    # store named with its chain (7-ELEVEN门市, 全家便利商店) as the stores above.
    rule(
        "zh.pickup.r7.zh14",
        S.AVAILABLE_FOR_PICKUP,
        r"放(?:在|至|到|入)了?[【「]?[^，,。]{0,8}(?:驿站|快递柜|自提点|代收点|自提柜|丰巢)"
        r"|入库[【「]?[^，,。]{0,8}(?:驿站|代收点|自提点)|(?:驿站|代收点|自提点)[】」]?(?:已)?入库"
        r"|(?:送达|到达|抵达|寄达|配达)[^，,。]{0,12}(?:门市|门店|超商|便利商店|便利店)",
        priority=73,
    ),
    rule(
        "zh.delivered.r7.zh14",
        S.DELIVERED,
        r"(?:驿站|快递柜|自提点|代收点|自提柜)[】」]?(?:已)?出库|由[^，,。]{0,8}送货上门"
        r"|(?:收件人|您|本人|客户)已(?:在[^，,。]{0,12})?(?:提取|领取)"
        r"|已由(?:收件人|本人|客户)[^，,。]{0,24}(?:提取|领取|取走|取件)"
        r"|取(?:件|货)完成|完成配达|完成(?:派送|投递)(?!任务)"
        r"|(?:放入|投入|放进|投至|投递(?:到|至|进))收件人的?(?:信箱|邮箱|信报箱)",
        priority=74,
    ),
    rule(
        "zh.handed_over.r7.zh14",
        S.HANDED_OVER,
        r"(?:目的国|目的地|当地|海外)(?:邮政|派送商|承运商|快递)(?:已)?(?:接收|揽收|收件|收取)",
        priority=55,
    ),
    rule("zh.customs.held.r7.zh14", S.CUSTOMS_HELD, r"滞留[^，,。]{0,6}海关", priority=81),
    rule(
        "zh.returned.r7.zh14",
        S.RETURNED,
        r"退货[^，,。]{0,8}(?:被|由)?(?:商家|卖家)(?:已)?签收",
    ),
    rule(
        "zh.exception.r7.zh14",
        S.EXCEPTION,
        r"无法识别(?:面单|运单|条码|标签)",
        priority=93,
    ),
    # Round 9: the cross-border leg and the destination's last mile. Customs asking for a tax
    # number or an authorisation holds the parcel, "被海关暂扣" too (after "信息不全" the rule
    # starts at 不, which negates nothing here, as zh.customs.held.r13.s14 does for 不符);
    # passed (已通过) the destination's customs is cleared; sorted or let out at the
    # collection warehouse is on the way (above its 揽收); a failed interception is an
    # exception (above the return it names); returned to a depot (已退回网点) is still
    # returning, above 已退回; the sender taking the parcel back (取回) is returned.
    rule(
        "zh.customs.held.r9.zh14",
        S.CUSTOMS_HELD,
        r"(?:需|需要|请|等待)[^，,。]{0,6}(?:提供|补充|上传|补交)[^，,。]{0,6}"
        r"(?:税号|证件|授权书|签名)|被海关(?:暂扣|扣留|扣押|查扣)"
        r"|不(?:全|符|详|清|明|实)[^，,。]{0,2}被?海关(?:暂扣|扣留|扣押|查扣)",
        priority=81,
    ),
    rule("zh.customs.cleared.r9.zh14", S.CUSTOMS_CLEARED, r"已通过[^，,。]{0,6}海关", priority=79),
    rule(
        "zh.returned.r9.zh14",
        S.RETURNED,
        r"退回(?:的)?(?:包裹|快件|邮件)(?:已)?(?:送达|签收|妥投)|(?:寄件人|发件人)(?:已)?取回",
    ),
    rule(
        "zh.returning.r9.zh14",
        S.RETURNING,
        r"已退回(?:至|到)?(?:快递|物流|派件|派送|配送|发件|寄件)?"
        r"(?:网点|站点|营业部|分拨中心|转运中心|派送站)",
        priority=101,
    ),
    rule(
        "zh.in_transit.r9.zh14",
        S.IN_TRANSIT,
        r"揽收仓(?:完成)?(?:分拣|出库|发出)|正在?从[^，,。]{0,6}运往|改寄|装包",
        priority=51,
        confidence=0.8,
    ),
    rule("zh.departed.r9.zh14", S.DEPARTED_ORIGIN, r"随航班(?:已)?(?:离开|起飞)"),
    rule(
        "zh.failed.r9.zh14",
        S.FAILED_ATTEMPT,
        r"未能联系(?:到|上)?(?:收件人|收货人|客户)|无法联系(?:到|上)",
    ),
    rule("zh.address.r9.zh14", S.ADDRESS_ISSUE, r"门牌号?(?:不存在|不对|找不到|无法找到)"),
    rule("zh.exception.r9.zh14", S.EXCEPTION, r"拦截(?:失败|未成功|不成功)", priority=96),
    # Round 10: the international express carriers' Chinese pages (UPS, FedEx, DHL). 递送 is
    # their word for the delivery (已递送 delivered, 安排递送 the round, 无法递送 failed,
    # 递送已重新安排 rescheduled: a delay); their scans (出口/进口/目的地扫描) and facilities
    # (设施) are on the way; a label created is information; "可供…领取" a pickup.
    rule(
        "zh.delivered.r10.zh14",
        S.DELIVERED,
        r"已递送(?![^，,。]{0,12}(?:自提|柜|驿站|access))",
    ),
    rule("zh.ofd.r10.zh14", S.OUT_FOR_DELIVERY, r"安排递送|递送中|正在递送"),
    rule("zh.failed.r10.zh14", S.FAILED_ATTEMPT, r"无法递送|递送(?:失败|未成功|尝试)"),
    rule("zh.delayed.r10.zh14", S.DELAYED, r"(?:递送|派送)已重新安排"),
    rule(
        "zh.in_transit.r10.zh14",
        S.IN_TRANSIT,
        r"(?:出口|进口|目的地|到达|离开|始发地)扫描|设施|fedex\s?地点",
        confidence=0.75,
    ),
    rule(
        "zh.info.r10.zh14",
        S.INFO_RECEIVED,
        r"(?:创建|打印|生成)(?:了)?(?:运输|货运)?标签|标签已(?:创建|生成|打印)",
        priority=45,
    ),
    rule(
        "zh.accepted.r10.zh14",
        S.ACCEPTED,
        r"(?:ups|fedex|dhl|快递公司|承运商)\s?已收到(?:包裹|货件|快件)",
    ),
    rule(
        "zh.pickup.r10.zh14",
        S.AVAILABLE_FOR_PICKUP,
        r"可供[^，,。]{0,6}(?:领取|取件|提取)",
        priority=73,
    ),
    # Session 15 (s15-asia), round 1: the aggregators' state words (Kuaidi100, Kdniao) and
    # China Post's trace forms. 疑難 in traditional script (難 is not folded); a collection
    # cancelled after it was made; China Post's 出口封发 (export dispatch closed: leaving the
    # origin) and 进口开拆 (import bag opened: arrived in the destination country); customs
    # keeping an item (留存); on the way back (退往); handed to a local or last-mile company;
    # a consolidator that received the goods (收货 alone is the buyer's).
    rule("zh.exception.r1.s15e", S.EXCEPTION, r"疑[难難]"),
    rule("zh.cancelled.r1.s15e", S.CANCELLED, r"(?:揽收|揽件|收寄)后(?:被)?取消"),
    rule("zh.in_transit.r1.s15e", S.IN_TRANSIT, r"交(?:给|予|由|付)航空公司"),
    rule("zh.departed.r1.s15e", S.DEPARTED_ORIGIN, r"出口封发|封发出口|出境封发"),
    rule("zh.arrived.r1.s15e", S.ARRIVED_DESTINATION, r"进口开拆|开拆进口|进境开拆"),
    rule("zh.customs_held.r1.s15e", S.CUSTOMS_HELD, r"海关(?:留存|暂存|留置)"),
    rule(
        "zh.returning.r1.s15e",
        S.RETURNING,
        r"(?:正在|已)?退往(?:寄件人|发件人|寄件地|原寄|卖家|商家)|正在退往",
        priority=101,
    ),
    rule(
        "zh.handed_over.r1.s15e",
        S.HANDED_OVER,
        r"交付(?:给|予)?(?:当地|本地|尾程|末端|目的国)(?:的)?(?:派送|快递|物流|邮政)(?:公司|商|服务商)?",
        priority=71,
    ),
    rule(
        "zh.accepted.r1.s15e",
        S.ACCEPTED,
        r"(?:燕文|云途|递四方|4px|顺友|順友|万邦|菜鸟|集运仓|仓库|海外仓)(?:物流)?已收货",
        priority=71,
    ),
    # Round 5: JD, SF, Chunghwa Post, Hong Kong Post, the convenience stores and stations.
    # The courier named in brackets setting out is the round (not the 出发揽件 collection);
    # refusing to pay the freight is a refusal; a claim being handled an exception (above the
    # 处理中 of transit); a delivery office (投递局) receiving or being reached is on the way,
    # not the acceptance or the delivery; 待领 (registered item to collect) a pickup; Hong
    # Kong's 派递 round; a return sent back to the stores' distribution centre is returning;
    # 理货 (tallying) is on the way; the recipient having taken it from a station is the
    # delivery (above the station's pickup); handed to China Post or a third party for the
    # delivery a hand-over; customs that inspected and released cleared; a port inspection
    # (口岸查验) is customs started, as 海关查验 is.
    rule(
        "zh.ofd.r5.s15e",
        S.OUT_FOR_DELIVERY,
        r"(?:配送员|快递员|派送员|快递小哥|派件员)【[^】]{1,10}】已出发(?!揽|取件|上门)",
    ),
    rule("zh.refused.r5.s15e", S.REFUSED, r"拒付(?:运费|到付款?|货款|费用|关税)"),
    rule("zh.exception.r5.s15e", S.EXCEPTION, r"(?:正在|已申请|申请)?理赔(?:处理)?中", priority=46),
    rule(
        "zh.in_transit.r5.s15e",
        S.IN_TRANSIT,
        r"投递局收件|送达投递局|送达(?:投递|处理|分拣|转运)中心",
        priority=71,
    ),
    rule("zh.pickup.r5.s15e", S.AVAILABLE_FOR_PICKUP, r"(?:邮件|包裹|快件)待领(?:取)?"),
    rule("zh.ofd.hk.r5.s15e", S.OUT_FOR_DELIVERY, r"由本地派递|正由[^，,。]{0,4}派递|派递中"),
    rule("zh.returning.r5.s15e", S.RETURNING, r"退回(?:大)?物流中心", priority=101),
    rule("zh.in_transit.tally.r5.s15e", S.IN_TRANSIT, r"理货"),
    rule(
        "zh.delivered.r5.s15e",
        S.DELIVERED,
        r"(?:您|收件人|本人)已(?:在|从)[^，,。]{0,12}取(?:件|走|出)",
        priority=73,
    ),
    rule(
        "zh.handed_over.r5.s15e",
        S.HANDED_OVER,
        r"转交(?:给)?(?:中国邮政|邮政|ems|第三方|其他快递|当地)[^，,。]{0,8}派送"
        r"|转(?:给)?第三方(?:快递|物流)?(?:公司)?派送",
        priority=55,
    ),
    rule(
        "zh.customs_cleared.r5.s15e",
        S.CUSTOMS_CLEARED,
        r"查验(?:完毕|完成|结束|后)?[，,]?(?:已|予以)?放行",
        priority=79,
    ),
    rule("zh.customs_started.r5.s15e", S.CUSTOMS_STARTED, r"口岸查验"),
    # Round 6: customs inspection (查验, 检查) follows one call in every language: under way or
    # the parcel sent to it is customs started; required for the parcel, or the parcel held
    # after it, a hold; completed or passed, cleared.
    rule(
        "zh.customs_held.inspect.r6.s15e",
        S.CUSTOMS_HELD,
        r"需(?:要)?(?:海关|口岸)?查验|(?:查验|检查)(?:后|中)?(?:被)?扣(?:留|押|件)",
        priority=81,
    ),
    rule(
        "zh.customs_cleared.inspect.r6.s15e",
        S.CUSTOMS_CLEARED,
        r"(?:查验|海关检查)(?:已)?(?:完成|完毕|结束|通过)",
        priority=79,
    ),
    rule(
        "zh.customs_started.inspect.r6.s15e",
        S.CUSTOMS_STARTED,
        r"(?:进境|进口|入境|出境|出口)[^，,。]{0,4}查验",
    ),
    # Round 8: the cross-border legs and the last mile. Unloading is on the way; goods handed
    # to or taken in by a carrier (交运, 收运) the acceptance; collected at the destination
    # airport an arrival; a last-mile company having received it a hand-over; stranded at a
    # port (滞港) a delay; no such address or a number that does not exist an address issue;
    # nobody at home, brought back to the depot, or a redelivery booked a failed attempt; at a
    # self-pickup point a pickup; held back by the network (暂扣, 扣留在网点) an exception;
    # an anomaly being handled an exception, above the 处理中 of transit.
    rule("zh.in_transit.r8.s15e", S.IN_TRANSIT, r"已?卸货"),
    rule(
        "zh.accepted.r8.s15e",
        S.ACCEPTED,
        r"(?:包裹|快件|货物|货件|邮件)已交运(?!航空|给航空)|已收运",
    ),
    rule(
        "zh.arrived.r8.s15e",
        S.ARRIVED_DESTINATION,
        r"(?:目的国|目的地|进口国)机场提货",
        priority=53,
    ),
    rule(
        "zh.handed_over.r8.s15e",
        S.HANDED_OVER,
        r"(?:尾程|末端|当地)(?:派送商|快递公司|承运商|派送公司)已(?:收到|接收|签收)",
        priority=55,
    ),
    rule("zh.delayed.r8.s15e", S.DELAYED, r"滞港"),
    rule("zh.address.r8.s15e", S.ADDRESS_ISSUE, r"查无此(?:地)?址|电话(?:为|是)?空号"),
    rule(
        "zh.failed.r8.s15e",
        S.FAILED_ATTEMPT,
        r"(?:家中|家里)无人(?![^。]{0,12}(?:驿站|快递柜|代收点|自提点|丰巢|智能柜))"
        r"|带回(?:网点|站点|营业部)|预约再派",
    ),
    rule("zh.pickup.r8.s15e", S.AVAILABLE_FOR_PICKUP, r"已到(?:了)?(?:自提点|代收点|驿站)"),
    rule(
        "zh.exception.r8.s15e",
        S.EXCEPTION,
        r"暂扣|扣留在(?:网点|站点|分拨中心|转运中心)|被网点扣留|异常[，,]?(?:正在)?处理中",
        priority=46,
    ),
    # Round 10: J&T's 留仓 (kept at the depot overnight) and services paused for a holiday
    # (暂停收派, 停发) are delays, above the pause's exception; a tax bill (税单) a customs
    # hold; consolidating boxes (合箱) on the way, into a consolidator's warehouse (入仓) the
    # acceptance; an address changed (改址) forwarded, on the way, as "forwarded to the new
    # address" is; a phone switched off or not answering a failed attempt; crushed or broken
    # contents damage; not to be found (找不到了) lost; a count that differs an exception; the
    # station holding it for collection (待取) a pickup, a station refusing to take it an
    # exception (above the recipient's refusal); a collection visit announced information.
    rule("zh.delayed.r10.s15e", S.DELAYED, r"留仓|暂停收派|停发|分错了?", priority=69),
    rule("zh.customs_held.r10.s15e", S.CUSTOMS_HELD, r"税单", priority=81),
    rule("zh.in_transit.r10.s15e", S.IN_TRANSIT, r"合箱|合包|改址成功|已改址"),
    rule("zh.accepted.r10.s15e", S.ACCEPTED, r"(?:包裹|货物|快件|商品)已入仓"),
    rule(
        "zh.failed.r10.s15e",
        S.FAILED_ATTEMPT,
        r"(?:收件人|客户|手机|电话)关机|电话(?:未接通|打不通|无法接通)",
    ),
    rule("zh.damaged.r10.s15e", S.DAMAGED, r"破碎|压坏|压扁|挤压变形"),
    rule("zh.lost.r10.s15e", S.LOST, r"(?:快件|包裹|货物)找不到了"),
    rule("zh.exception.r10.s15e", S.EXCEPTION, r"(?:件数|数量)不符", priority=46),
    rule("zh.pickup.r10.s15e", S.AVAILABLE_FOR_PICKUP, r"(?:驿站|快递柜|代收点|自提点)待取"),
    rule(
        "zh.exception.station.r10.s15e",
        S.EXCEPTION,
        r"(?:驿站|快递柜|代收点|自提点)拒收",
        priority=87,
    ),
    rule(
        "zh.info.r10.s15e",
        S.INFO_RECEIVED,
        r"将(?:于[^，,。]{0,6})?上门(?:揽件|取件|揽收)",
        priority=45,
    ),
    # Round 14: Taiwan's home-delivery companies and Hong Kong Post in traditional script
    # (絡, 暫 and 貓 are not folded, so the patterns carry both). A named company or driver
    # having taken the parcel (已取件, 已收件) is the collection, above the recipient's 已取件;
    # out of contact a failed attempt; bad weather (天候不佳: the 不 would negate the delay
    # after it) a delay; the seller preparing the goods information; kept at an office to
    # collect a pickup; taken in by the building manager the delivery (not a 代收点); not
    # collected in time and sent back returning; clearance completed cleared; leaving the
    # sending country a departure; sent on "由…寄往" on the way; 扣查 (held for a check) a
    # customs hold.
    rule(
        "zh.accepted.r14.s15e",
        S.ACCEPTED,
        r"(?:黑[猫貓]|宅急便|新竹物流|嘉里大荣|宅配通|顺丰|[顺順]豐|顺豐|司机|司機)已(?:取件|收件)",
        priority=75,
    ),
    rule("zh.failed.r14.s15e", S.FAILED_ATTEMPT, r"联[络絡]不(?:到|上)"),
    rule("zh.delayed.r14.s15e", S.DELAYED, r"(?:天候|天气|气候)不佳"),
    rule(
        "zh.info.r14.s15e",
        S.INFO_RECEIVED,
        r"准备出货|等待(?:卖家|商家)?出货",
        priority=45,
    ),
    rule(
        "zh.pickup.r14.s15e",
        S.AVAILABLE_FOR_PICKUP,
        r"请自取|[暂暫]存(?:于)?营业所|存放(?:于|在)(?:邮政局|邮局|营业所|招领局)",
    ),
    rule(
        "zh.delivered.r14.s15e",
        S.DELIVERED,
        r"(?:管理员|管理室|警卫|保全|大楼管理)代收(?!点)",
    ),
    rule(
        "zh.returning.r14.s15e",
        S.RETURNING,
        r"逾期未领[，,]?(?:已)?退回",
        priority=101,
    ),
    rule("zh.customs_cleared.r14.s15e", S.CUSTOMS_CLEARED, r"完成通关|通关完成", priority=79),
    rule("zh.departed.r14.s15e", S.DEPARTED_ORIGIN, r"离开(?:寄件|原寄|始发)国", priority=51),
    rule("zh.in_transit.r14.s15e", S.IN_TRANSIT, r"由[^，,。]{1,6}寄往"),
    rule("zh.customs_held.r14.s15e", S.CUSTOMS_HELD, r"扣查", priority=81),
    # Round 17: the consolidators' air leg. Leaving a consolidation warehouse (出库) is on
    # the way, above a station's 出库; built onto pallets or loaded on the aircraft (打板,
    # 装机) on the way; a flight at the destination port (到港) an arrival; a local delivery
    # attempt failed; order data taken in information; moved to the post or a partner a
    # hand-over; unable to clear (无法清关) a customs hold, above the incomplete data that
    # causes it (the match starts at 不全 so that its 不 does not negate the hold).
    rule(
        "zh.in_transit.r17.s15e",
        S.IN_TRANSIT,
        r"(?:集运仓|海外仓|仓库)已?出库|打板|装机|装板",
        priority=45,
    ),
    rule("zh.arrived.r17.s15e", S.ARRIVED_DESTINATION, r"(?:航班|飞机)(?:已)?到港", priority=53),
    rule("zh.failed.r17.s15e", S.FAILED_ATTEMPT, r"派送尝试失败|尝试派送失败|投递尝试失败"),
    rule("zh.info.r17.s15e", S.INFO_RECEIVED, r"接收(?:到)?(?:了)?订单信息", priority=45),
    rule(
        "zh.handed_over.r17.s15e",
        S.HANDED_OVER,
        r"移交(?:给)?(?:当地)?(?:邮政|合作快递|快递公司|派送商|承运商)",
        priority=55,
    ),
    rule(
        "zh.customs_held.r17.s15e",
        S.CUSTOMS_HELD,
        r"(?:不全|不完整|有误|错误|缺失|不符)[，,]?无法清关|无法清关",
        priority=85,
    ),
    # Round 20: the trackers' state words (17TRACK's 运输过久 is Expired); no update for a
    # number of days expired, as "长时间未更新" reads; data entered (已录入) information; taking
    # longer than expected a delay.
    rule(
        "zh.expired.r20.s15e",
        S.EXPIRED,
        r"运输过久|超过\d*(?:天|日)(?:没有|未)更新",
        priority=41,
    ),
    rule("zh.info.r20.s15e", S.INFO_RECEIVED, r"(?:运单|信息|订单|面单)(?:已)?录入", priority=45),
    rule("zh.delayed.r20.s15e", S.DELAYED, r"超出(?:预期|预计|时效)"),
    # Round 22: moved to a partner or the last-mile carrier (转由, 转至尾程) a hand-over;
    # confiscated (没收) a customs hold, as seized is; incomplete address data an address
    # issue; nobody met at the door, not there at the agreed time, no answer a failed attempt;
    # put into a locker a pickup; collected by the recipient (已自取) delivered; data uploaded
    # information; later than expected a delay.
    rule(
        "zh.handed_over.r22.s15e",
        S.HANDED_OVER,
        r"转由(?:合作商|合作方|第三方|当地)[^，,。]{0,6}派送|转至尾程",
        priority=55,
    ),
    rule(
        "zh.customs_held.r22.s15e", S.CUSTOMS_HELD, r"海关没收|被[^，,。]{0,6}海关没收", priority=81
    ),
    rule("zh.address.r22.s15e", S.ADDRESS_ISSUE, r"地址(?:信息)?(?:不完整|不全|不详细)"),
    rule(
        "zh.failed.r22.s15e",
        S.FAILED_ATTEMPT,
        r"上门未遇|未在约定时间|无人应答",
    ),
    rule(
        "zh.pickup.r22.s15e",
        S.AVAILABLE_FOR_PICKUP,
        r"投入[^，,。]{0,12}(?:快递柜|智能柜|丰巢|自提柜)",
    ),
    rule("zh.delivered.r22.s15e", S.DELIVERED, r"(?:收件人|本人|客户)已自取", priority=73),
    rule("zh.info.r22.s15e", S.INFO_RECEIVED, r"信息已上传", priority=45),
    rule("zh.delayed.r22.s15e", S.DELAYED, r"晚于(?:预计|预期|承诺)"),
    # s15-zh2, rounds 1-2: waiting at the station (到站待取) a pickup; the courier did not
    # meet the recipient (派送未遇) a failed attempt; a next stop named (下一站) in transit, and
    # after 出库 (the warehouse's release) above the acceptance that reads (a 收寄 scan with a
    # next stop stays accepted); the destination port an arrival; handed to the last mile
    # (交尾程, 尾程上网: its tracking is online) a hand-over; a waybill number got, waiting to be
    # handed in, information; the flow stalled (停滞) a delay.
    rule("zh.pickup.at_station.s15k", S.AVAILABLE_FOR_PICKUP, r"到站待取"),
    rule("zh.failed.not_met.s15k", S.FAILED_ATTEMPT, r"(?:派送|投递|派件|配送)未遇"),
    rule("zh.in_transit.next_stop.s15k", S.IN_TRANSIT, r"下一站"),
    rule("zh.in_transit.out_next_stop.s15k", S.IN_TRANSIT, r"出库[^。]{0,4}下一站", priority=46),
    rule("zh.arrived.port.s15k", S.ARRIVED_DESTINATION, r"(?:到达|抵达|到)目的港"),
    rule("zh.handed_over.last_mile.s15k", S.HANDED_OVER, r"交尾程|尾程(?:已)?上网"),
    rule("zh.info.waybill.s15k", S.INFO_RECEIVED, r"获取(?:运单号|面单|单号)|等待交运"),
    rule("zh.delayed.stalled.s15k", S.DELAYED, r"停滞"),
    # Round 3: a home delivery without result (上门未果) a failed attempt; customs that did not
    # pass or release it (清关未通过, 不予放行) a hold (above customs started); nothing found *for
    # now* (暂未查询到) pending, as 目前查询不到 is; handed to the delivery staff (交由配送人员) the
    # round; intercepted (已拦截, 拦截成功) an exception, as 单号已拦截 is; picking (拣货) at the
    # seller's warehouse information.
    rule("zh.failed.no_result.s15k", S.FAILED_ATTEMPT, r"(?:送货|派送|投递|配送)(?:上门)?未果"),
    rule(
        "zh.customs_held.not_passed.s15k",
        S.CUSTOMS_HELD,
        r"(?:清关|查验|海关审核|报关)(?:未(?:能)?|不)通过|(?:海关|清关)[^，,。]{0,4}不予放行",
    ),
    rule("zh.pending.for_now.s15k", S.PENDING, r"暂(?:未|时未)查(?:询)?到|暂时查询不到"),
    rule(
        "zh.ofd.to_staff.s15k",
        S.OUT_FOR_DELIVERY,
        r"交(?:由|给)(?:配送|派送|派件|投递)(?:人员|员)",
    ),
    rule("zh.exception.intercepted.s15k", S.EXCEPTION, r"已拦截|拦截成功", priority=60),
    rule("zh.info.picking.s15k", S.INFO_RECEIVED, r"拣货"),
    # Round 4: clearance passed (清关已通过) cleared; the seller handing the parcel to the
    # courier accepted; out of the station to deliver, the delivery staff set off the round;
    # "已送到" closing a clause delivered.
    rule("zh.cleared.passed.s15k", S.CUSTOMS_CLEARED, r"(?:清关|海关审核|海关查验)(?:已)?通过"),
    rule(
        "zh.accepted.seller_to_courier.s15k",
        S.ACCEPTED,
        rf"{_SENDER}(?:已)?将[^，,。]{{0,6}}交(?:给|予|由)(?:快递员|快递小哥|揽收员|揽件员)",
    ),
    rule(
        "zh.ofd.set_off.s15k",
        S.OUT_FOR_DELIVERY,
        r"出(?:站|库)(?:派送|配送|派件)|(?:配送员|派送员|派件员|送货员)已出发",
    ),
    rule("zh.delivered.brought.s15k", S.DELIVERED, r"已送到(?:[，,。!！]|$)"),
    # Round 5: the trackers' 待查询 (not yet queried) pending; a pickup point to wait at
    # (待取点), kept at or put in a station (暂存/放置 + station), 待自取 a pickup; taken by the
    # recipient (已自提, 被领取) delivered; no trace of it (查无下落) lost; a wrong address an
    # address issue; "doesn't want it any more" a refusal; the shop got the return back
    # returned; the order withdrawn (取消下单) cancelled; not signed in time (超时未签收) a
    # delay, as the aggregators' state is (above the failed attempt the negated 签收 reads);
    # on the way to the recipient's address the round; handed to the post to deliver a
    # hand-over.
    rule("zh.pending.not_queried.s15k", S.PENDING, r"^待查询$"),
    rule(
        "zh.pickup.kept_at.s15k",
        S.AVAILABLE_FOR_PICKUP,
        rf"(?:到达|到)待取点|(?:暂存|放置|存放)(?:在|于|至|到)?[^，,。]{{0,8}}{_PICKUP}|待自取",
    ),
    rule(
        "zh.delivered.collected.s15k",
        S.DELIVERED,
        r"已自提(?!点)|(?:已|已经)?被(?:收件人|本人|客户)?领取(?![^，,。]{0,4}(?:派|配|投))",
    ),
    rule("zh.lost.no_trace.s15k", S.LOST, r"查无下落"),
    rule("zh.address.wrong.s15k", S.ADDRESS_ISSUE, r"地址(?:信息)?(?:错误|有误)"),
    rule("zh.refused.not_wanted.s15k", S.REFUSED, r"不要了|不想要了"),
    rule("zh.returned.shop_got.s15k", S.RETURNED, r"(?:已)?收到退货"),
    rule("zh.cancelled.order_withdrawn.s15k", S.CANCELLED, r"取消下单|取消寄件"),
    rule("zh.delayed.unsigned_in_time.s15k", S.DELAYED, r"超时未签收", priority=83),
    rule("zh.ofd.to_address.s15k", S.OUT_FOR_DELIVERY, r"送往收件(?:人)?(?:地址|处|家)"),
    rule(
        "zh.handed_over.to_post.s15k",
        S.HANDED_OVER,
        r"交(?:由|给)?(?:当地|目的国)?(?:邮政|邮局)(?:派送|投递)",
    ),
    # Round 6 (traditional script; 順, 買, 遷, 豐, 颱, 風 and 暫 were unfolded, so the patterns
    # carry both forms): delivered smoothly (順利配達) delivered, the buyer having collected
    # at the store delivered (above the store pickup); HK Post's "正於…處理", sent towards
    # (寄往), bagged and dispatched (封發) in transit; an order created or waiting for the
    # seller to post information; kept at an SF station a pickup; delivery tried (已嘗試派遞;
    # not an attempt announced, 将尝试) a failed attempt; moved away (搬遷) an address issue; a
    # typhoon or storm a delay; customs asking for more papers or duties to pay (繳交) a hold.
    rule(
        "zh.delivered.smoothly.s15k",
        S.DELIVERED,
        r"(?:顺|順)利配达|(?:已|成功)配达(?!门市|门店|超商|取件|智慧柜|[^，,。]{0,6}(?:门市|门店))",
    ),
    rule(
        "zh.delivered.buyer_took.s15k",
        S.DELIVERED,
        r"(?:买|買)家已[^，,。]{0,4}(?:取货|取件)|(?:收件人|顾客|客户)已[^，,。]{1,4}取货",
        priority=74,
    ),
    rule("zh.in_transit.hk_processing.s15k", S.IN_TRANSIT, r"正于[^，,。]{1,6}处理|寄往|封发"),
    rule(
        "zh.info.order_created.s15k",
        S.INFO_RECEIVED,
        r"建立(?:订单|寄件单|托运单|运单)|寄件订单|等待[^，,。]{0,4}寄件|^待寄件",
    ),
    rule(
        "zh.pickup.sf_station.s15k",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:存放|暂存|放置)(?:于|在|至|到)?[^，,。]{0,6}(?:顺|順)(?:丰|豐)(?:站|驿站|服务点|智能柜)",
    ),
    rule(
        "zh.failed.tried.s15k",
        S.FAILED_ATTEMPT,
        r"已(?:经)?尝试(?:派递|派送|投递|配送)|尝试(?:派递|派送|投递|配送)(?:未成功|不成功|失败)",
    ),
    rule("zh.address.moved.s15k", S.ADDRESS_ISSUE, r"搬(?:迁|遷|走)|已搬家|搬家了"),
    # Moved away from the former address (迁离原地址).
    rule("zh.address.moved_away.s16b", S.ADDRESS_ISSUE, r"迁(?:离|出)原?(?:地址|住址)"),
    rule(
        "zh.delayed.storm.s15k",
        S.DELAYED,
        r"(?:台|颱)(?:风|風)|暴雨|暴雪|大雪|冰雪|洪水|洪涝|(?:暂|暫)停[^，,。]{0,4}(?:配送|派送)"
        r"[^。]{0,4}(?:延|恢复)",
    ),
    rule(
        "zh.customs_held.more_papers.s15k",
        S.CUSTOMS_HELD,
        r"(?:海关|清关|查验)[^。]{0,8}(?:需|需要)补(?:件|资料|材料|充)|缴交[^，,。]{0,4}(?:关税|税费|税金)",
        priority=81,
    ),
    # Round 7, the cross-border line: sea and air legs, the first leg (头程), loaded into a
    # container, the international section in transit, and handed to an air or freight agent
    # (above the 已交付 of delivered); out of port (出港) a departure, out of the country
    # (已离境) too (83, above the export wording before it); in port (到港, 抵港; not "到港口", a
    # port of the way, as a training text reads) or landed (落地, not 落地配: the last-mile
    # courier) an arrival; clearance needing the recipient, duties unpaid, papers not given a
    # hold; handed to the last mile, a local carrier or a national post a hand-over (72, above
    # 已交付); waiting for the parcel to reach the warehouse, a number generated information; a
    # transit warehouse signing for it accepted (71, above delivered).
    rule(
        "zh.in_transit.legs.s15k",
        S.IN_TRANSIT,
        r"海运|空运|陆运|装柜|头程|国际段|上船",
    ),
    rule(
        "zh.in_transit.to_agent.s15k",
        S.IN_TRANSIT,
        r"交付[^，,。]{0,4}(?:代理|货代|航空公司|船公司)",
        priority=71,
    ),
    rule("zh.departed.out_of_port.s15k", S.DEPARTED_ORIGIN, r"出港"),
    rule("zh.departed.left_country.s15k", S.DEPARTED_ORIGIN, r"(?:已|已经)离境", priority=83),
    rule("zh.arrived.in_port.s15k", S.ARRIVED_DESTINATION, r"(?:到|抵)港(?!口)|落地(?!配)"),
    rule(
        "zh.customs_held.recipient_owes.s15k",
        S.CUSTOMS_HELD,
        r"配合清关|(?:关税|税费|税款)[^，,。]{0,2}未(?:缴|付|支付)|未(?:缴纳|缴|支付|付)关税"
        r"|未提供[^，,。]{0,2}(?:清关|报关)(?:资料|材料|文件)",
        priority=81,
    ),
    rule(
        "zh.handed_over.local.s15k",
        S.HANDED_OVER,
        r"(?:交|交付|移交|转交|交接)(?:给|由|予|至)?[^，,。]{0,3}(?:尾程|当地快递|目的国)"
        r"|(?:交由|移交|转交)(?:给)?[^，,。]{1,4}邮政(?!网点|局)",
        priority=72,
    ),
    rule(
        "zh.info.to_warehouse.s15k",
        S.INFO_RECEIVED,
        r"等待(?:包裹)?到仓|待到仓|生成[^，,。]{0,4}单号|单号已生成",
        priority=45,
    ),
    rule(
        "zh.accepted.warehouse_signed.s15k",
        S.ACCEPTED,
        r"(?:到仓|转运仓|集运仓|仓库)[^，,。]{0,2}签收",
        priority=71,
    ),
    # Round 8, negated wordings (negation looks at the characters before a match, so these
    # patterns carry the 未/不/无法 inside): not passed or not released by customs a hold; a
    # collection that failed (揽收未成功, 无法揽收, the sender not handing it in) an exception
    # (89, as session 9's pickup failures); unreadable label, cannot move on normally an
    # exception; cannot be found back lost; the recipient not taking or not wanting it, at
    # the clause's end, a refusal; an address not found or filled in wrongly an address issue;
    # not yet collected information (not when cancelled: 未揽收被取消 stays cancelled); not
    # within the promised time a delay; several days without update expired (as 超时未更新);
    # no time / a rescheduled slot a failed attempt. Positive ones met on the way: signed for
    # by someone (由【保安】代签) delivered, by a station or locker a pickup (73); left at the
    # door or put in the letterbox delivered; a code or papers to collect with, or having
    # reached a station, a pickup.
    rule(
        "zh.customs_held.not_released.s15k",
        S.CUSTOMS_HELD,
        r"未能通过[^，,。]{0,2}海关|(?:清关|通关)(?:不成功|未成功)|海关未(?:予)?放行"
        r"|未获[^，,。]{0,2}放行",
        priority=81,
    ),
    rule(
        "zh.exception.collection_failed.s15k",
        S.EXCEPTION,
        r"(?:揽收|揽件)(?:未成功|不成功)|无法(?:揽收|揽件)|寄件人未交件",
        priority=89,
    ),
    rule("zh.exception.unreadable.s15k", S.EXCEPTION, r"无法识别|无法(?:正常)?流转"),
    rule("zh.lost.not_found_back.s15k", S.LOST, r"无法找回"),
    rule(
        "zh.refused.not_taking.s15k",
        S.REFUSED,
        r"(?:收件人|客户|买家)[^，,。]{0,2}(?:不收(?:件|货)?|不要(?:了)?|不愿(?:意)?(?:签收|接收|收)"
        r"|不肯签收)(?=[，,。;；!！]|$)",
    ),
    rule(
        "zh.address.not_found.s15k",
        S.ADDRESS_ISSUE,
        r"找不到[^，,。]{0,2}地址|地址(?:填写|书写)(?:错误|有误|不正确)",
    ),
    rule(
        "zh.info.not_collected.s15k",
        S.INFO_RECEIVED,
        r"(?:(?:尚未|还未|未)(?:揽收|揽件)|快递员(?:尚未|还未)取件)(?![^，,。]{0,2}取消)",
    ),
    rule("zh.delayed.not_in_time.s15k", S.DELAYED, r"未在[^，,。]{0,6}时效内"),
    rule("zh.expired.days.s15k", S.EXPIRED, r"(?:多日|多天|数日|数天|长时间)未更新"),
    rule("zh.failed.no_time.s15k", S.FAILED_ATTEMPT, r"没空|改约"),
    rule("zh.pending.not_yet.s15k", S.PENDING, r"还没有(?:物流|轨迹)"),
    rule(
        "zh.pickup.station_signed.s15k",
        S.AVAILABLE_FOR_PICKUP,
        rf"由[^，,。]{{0,4}}{_PICKUP}[^，,。]{{0,4}}代签",
        priority=73,
    ),
    rule("zh.delivered.signed_by_someone.s15k", S.DELIVERED, r"由[^，,。]{1,8}代签"),
    rule(
        "zh.delivered.door_box.s15k",
        S.DELIVERED,
        r"(?:已)?放(?:在|至|于)?(?:家)?门口|放入[^，,。]{0,4}信箱",
    ),
    rule(
        "zh.pickup.with_code.s15k",
        S.AVAILABLE_FOR_PICKUP,
        rf"凭(?:取件)?码(?:领取|取件|取)|请(?:携|带)[^，,。]{{0,6}}(?:领取|取件)|已到[^，,。]{{0,8}}{_PICKUP}"
        r"|请(?:及时|尽快)自提|投递至[^，,。]{0,3}(?:熊猫快收|近邻宝|速递易|兔喜|快递超市)",
    ),
    # Round 9, the e-commerce and ERP wording: a collector assigned information; the
    # recipient asking for the next day a failed attempt, as 改天 is; a transit or sorting
    # fault an exception (35, above the transit word in it); a return taken back into stock
    # returned (101); an epidemic or control measures stopping deliveries a delay (76, above
    # the stop's exception; the epidemic named alone, as in a courier's hygiene notice, reads
    # nothing).
    rule(
        "zh.info.collector_assigned.s15k",
        S.INFO_RECEIVED,
        r"分配(?:了)?(?:揽收员|揽件员|取件员|揽收快递员)",
        priority=45,
    ),
    rule(
        "zh.failed.next_day.s15k",
        S.FAILED_ATTEMPT,
        r"(?:收件人|客户)要求(?:隔天|次日|明天|明日|改日)(?:派送|配送|送货|再送)",
    ),
    rule(
        "zh.exception.transit_fault.s15k", S.EXCEPTION, r"(?:转运|运输|中转|分拣)异常", priority=35
    ),
    rule(
        "zh.returned.restocked.s15k",
        S.RETURNED,
        r"(?:退货|退件|退回件)(?:已)?入库(?![^，,。]{0,2}失败)",
        priority=101,
    ),
    rule("zh.delayed.epidemic.s15k", S.DELAYED, r"(?:疫情|管控)[^。]{0,8}(?:暂|暫)停", priority=76),
    # Round 10, the consolidators' destination leg: handed to a delivery partner (派送商) or
    # the final leg (末端) a hand-over (72); delivered by one (已由…投递) delivered; can be
    # collected at, or brought to a collection point (提货点) a pickup; an import declaration
    # customs started; the ERP's 未查询 (not queried yet) pending.
    rule(
        "zh.handed_over.partner.s15k",
        S.HANDED_OVER,
        r"交付(?:给)?[^，,。]{0,4}派送商|(?:转|交)(?:至|给|到|由)?末端",
        priority=72,
    ),
    rule("zh.delivered.by_partner.s15k", S.DELIVERED, r"已由[^，,。]{1,8}投递(?=$|[，,。])"),
    rule(
        "zh.pickup.can_collect.s15k",
        S.AVAILABLE_FOR_PICKUP,
        r"可(?:在|于)[^，,。]{0,8}领取|(?:投递|送达|到达)(?:至|到)?[^，,。]{0,4}(?:提货点|取货点)",
        priority=73,
    ),
    rule("zh.customs.import_declared.s15k", S.CUSTOMS_STARTED, r"进口申报"),
    rule("zh.pending.not_queried_erp.s15k", S.PENDING, r"^未查询$"),
    # Round 11, China Post's and the couriers' plain forms: 送货中 the round; a security check
    # (安检) in transit; the sending outlet dispatching it (寄件网点发件) a departure, as the
    # aggregators' state is read (session 8's call).
    rule("zh.ofd.delivering.s15k", S.OUT_FOR_DELIVERY, r"送货(?:中|途中)"),
    rule("zh.in_transit.security.s15k", S.IN_TRANSIT, r"安检"),
    rule(
        "zh.departed.sending_outlet.s15k",
        S.DEPARTED_ORIGIN,
        r"寄件网点(?:已)?(?:发件|发出)|由寄件网点发出",
    ),
    # Round 12, the pairs of the task again: a parcel waiting (快件待取) a pickup; a refusal
    # for damage a refusal (91, above the damage, session 9's call).
    rule("zh.pickup.waiting.s15k", S.AVAILABLE_FOR_PICKUP, r"(?:快件|包裹|邮件)待取(?!消)"),
    rule(
        "zh.refused.for_damage.s15k",
        S.REFUSED,
        r"拒(?:签|收)[^。]{0,8}(?:破损|损坏|损毁)|(?:破损|损坏|损毁)[^。]{0,8}(?:收件人|客户)拒(?:签|收)",
        priority=91,
    ),
    # A negation looks back only a few characters, so "未能成功派送" (did not manage to deliver
    # successfully; a carrier failure keyword) has its negation too far from the verb: spelt out.
    rule(
        "zh.failed.not_managed.s16b",
        S.FAILED_ATTEMPT,
        r"(?:未能|没能|未|没有?)(?:被)?成功(?:派送|派件|派递|投递|送达|配送|妥投|签收|送货)",
    ),
    # Its positive form, "包裹已成功派送" (an aggregator's text for delivered).
    rule("zh.delivered.success.s16b", S.DELIVERED, r"已(?:经)?成功(?:派送|投递|送达|配送|妥投)"),
    # Session 16, a third pass: stems written for general wording the earlier passes missed.
    # The courier back at the outlet with a collected parcel (已取件…返回网点) is a collection,
    # above the return stems that 正在返回 wakes (101); weighing on receipt (收货称重), a carrier or
    # outlet having taken the parcel (宅急便/营业所…收取, 已收到您的包裹) and 完成寄件 accepted
    # (but 完成寄件订单 is an order placed).
    rule(
        "zh.accepted.back_to_outlet.s16j",
        S.ACCEPTED,
        r"(?:已取件|已揽件|已收件)[^。]{0,6}返回(?:网点|营业部|站点|营业点)",
        priority=102,
    ),
    rule(
        "zh.accepted.taken_in.s16j",
        S.ACCEPTED,
        r"收货称重|(?:宅急便|物流|快递|速运|速递|营业所|营业点|门市|网点)(?:已)?收取"
        r"|已收取(?:货件|包裹|快件|邮件)|已收到您的(?:包裹|快件|货件|邮件)|完成寄件(?!订单)|寄件完成",
    ),
    # Leaving the origin country or port, a ship sailing: a departure (50, above transit).
    rule(
        "zh.departed.origin_port.s16j",
        S.DEPARTED_ORIGIN,
        r"(?:从|由|自)始发国(?:发出|寄出|离开)|离开(?:起运|始发)(?:港|国|口岸)|装船出运"
        r"|船(?:舶)?(?:已)?(?:开航|起航)|航班(?:已)?(?:从|由|自)[^，,。]{1,10}起飞",
    ),
    # Arriving at the destination airport or port, with 抵达 or 落地 as well as 到达.
    rule(
        "zh.arrived.destination_port.s16j",
        S.ARRIVED_DESTINATION,
        r"(?:抵达|到达|落地|到)目的(?:地|国)?(?:机场|港口|港)",
    ),
    # The round: a courier named with a phone (由某某派送，电话…), on the way to the address,
    # handed to the driver or the courier who delivers it (67, above the hand-over's 交由).
    rule(
        "zh.ofd.courier_named.s16j",
        S.OUT_FOR_DELIVERY,
        r"由[^，,。]{1,10}(?:派送|配送)[，,]\s*(?:联系)?(?:电话|手机)|(?:派送|配送|送货)(?:的)?路上"
        r"|正在前往(?:您|收件人|收件)?的?(?:地址|住址|家)"
        r"|交(?:由|给)(?:司机|派件员|快递员|配送员|派送员|快递小哥)(?:派送|配送|派件)",
        priority=67,
    ),
    # Collection points named by brand or asked for (请到…自提).
    rule(
        "zh.pickup.self_collect.s16j",
        S.AVAILABLE_FOR_PICKUP,
        r"兔喜|请(?:到|至|前往|去)[^，,。]{0,10}(?:自提|自取|取件|取货|领取)",
    ),
    # Taken from the store, station or locker (已从…取货/取出) delivered (73, above the
    # station's pickup); given to the recipient in person.
    rule(
        "zh.delivered.collected_from.s16j",
        S.DELIVERED,
        r"已从[^，,。]{0,6}(?:门市|驿站|快递柜|自提点|代收点|自提柜|智能柜|便利店)(?:取货|取件|取出|取走)"
        r"|已交(?:给|予|付)?收件人",
        priority=73,
    ),
    # Nobody at the door or the office, the round not completed, 未能投递, Taiwan's 约定再配送;
    # nobody at home and left at a station is the station's pickup, not a failure.
    rule(
        "zh.failed.nobody_unfinished.s16j",
        S.FAILED_ATTEMPT,
        rf"(?:上门|单位|家中|公司|家里)无人(?![，,]?(?:已)?(?:放|存|投|转)(?:至|到|入|在)?{_PICKUP})"
        r"|(?:派送|配送|投递|派件)未完成"
        r"|未能(?:成功)?(?:投递|派送|配送|送达|派件)|约定再(?:次)?(?:配送|派送)",
    ),
    rule(
        "zh.address.moved.s16j",
        S.ADDRESS_ISSUE,
        r"收件人(?:已)?搬家|查无此(?:单位|公司|收件人|户)",
    ),
    # China Post's 批退 (return approved); a pickup deadline passed (取件期限, 超期未取, 逾期未领)
    # a return, as session 8 reads 逾期未取.
    rule(
        "zh.returning.deadline.s16j",
        S.RETURNING,
        r"批退|超过取件期限|取件(?:已)?(?:逾期|超期)|超期未(?:取|领)|逾期未领",
    ),
    rule(
        "zh.returned.delivered_to_sender.s16j",
        S.RETURNED,
        rf"退回[^，,。]{{0,4}}(?:已)?(?:投递|送达|交)(?:给|至|予)?{_SENDER}",
        priority=101,
    ),
    rule(
        "zh.lost.not_found.s16j",
        S.LOST,
        r"(?:包裹|快件|邮件|货物|货件)无法找到|查找无果|查无下落",
    ),
    rule("zh.damaged.wet.s16j", S.DAMAGED, r"受潮|进水|泡水|被水浸|水渍"),
    rule(
        "zh.delayed.missed_flight.s16j",
        S.DELAYED,
        r"(?:未赶上|错过|没赶上)[^，,。]{0,4}(?:航班|班车|车次|船期)",
        priority=69,
    ),
    rule("zh.exception.intercepted.s16j", S.EXCEPTION, r"拦截中|无面单|面单(?:脱落|缺失|丢失)"),
    # Handed to another company for the rest of the way (交由/转由…快递…派送, 转单至, 转单号):
    # a hand-over (72, above the transit and collection stems it shares words with); 快递员 is
    # a courier, not a company (速递员 too, since s18-vocabzh).
    rule(
        "zh.handed_over.other_company.s16j",
        S.HANDED_OVER,
        r"(?:交由|转由|转给|转交|交给)[^，,。]{0,10}(?:快递(?!员|小哥)|速递(?!员)|物流|邮政|落地配|合作网点"
        r"|派送商)"
        r"[^，,。]{0,4}(?:派送|配送|运输|投递)|转单(?:至|到|给)|转单号",
        priority=72,
    ),
    rule(
        "zh.expired.too_long.s16j",
        S.EXPIRED,
        r"(?:运输|在途)时间过长|超过时效|长时间(?:无|没有)[^，,。]{0,4}(?:更新|变化)",
    ),
    rule(
        "zh.pending.not_entered.s16j",
        S.PENDING,
        r"(?:暂未|尚未|还未)录入|等待[^，,。]{0,6}更新(?:物流)?(?:信息|轨迹)",
    ),
    # Delivered to a transit station is a scan in transit (71, above delivered); booking space
    # on a ship or a flight (订舱) and taking a container (提柜) transit.
    # 提柜 (container pickup) not inside 自提柜, a self-collection locker (s18-vocabzh).
    rule(
        "zh.in_transit.station_booking.s16j",
        S.IN_TRANSIT,
        r"送达[^，,。]{0,8}(?:转运|分拨|集散|分拣|中转)(?:中心|站|场)|订舱|(?<!自)提柜",
        priority=71,
    ),
    rule("zh.customs.held.seized.s16j", S.CUSTOMS_HELD, r"海关查扣|通关异常"),
    # Round 2 of the third pass, the trackers' and consolidators' lines: the carrier taking the
    # parcel (承运商接收, 17TRACK's state) accepted; a ship leaving the port of origin a
    # departure; carried inside the destination country transit; held by customs (被扣) held,
    # above customs started.
    rule("zh.accepted.carrier_took.s16j", S.ACCEPTED, r"承运商(?:已)?(?:接收|收到|揽收)"),
    rule(
        "zh.departed.origin_port_sailed.s16j",
        S.DEPARTED_ORIGIN,
        r"(?:从|由|自)?(?:始发|起运)港(?:启运|出发|发出|离开|开出)",
    ),
    rule("zh.in_transit.inland.s16j", S.IN_TRANSIT, r"境内运输|国内运输"),
    rule("zh.customs.held.seized2.s16j", S.CUSTOMS_HELD, r"海关[^，,。]{0,2}被扣", priority=83),
    # The last-mile partner having received the parcel is the hand-over (72).
    rule(
        "zh.handed_over.last_mile_got.s16j",
        S.HANDED_OVER,
        r"(?:末端|尾程)(?:配送商|派送商|快递|承运商)(?:已)?(?:收到|接收|揽收)",
        priority=72,
    ),
    # The courier took it and is delivering (已取件，正在派送): the round (76, above the
    # station's 已取件, delivered, and the courier's 取件, a collection, both 75); a postman or
    # courier set off or given the mail (交投递员);
    # 快递员出发 alone may be a collection round, so only the delivering trades count.
    rule(
        "zh.ofd.took_and_delivering.s16j",
        S.OUT_FOR_DELIVERY,
        r"已取件[，,]?\s*正在(?:派送|配送|派件|投递)",
        priority=76,
    ),
    rule(
        "zh.ofd.courier_set_off.s16j",
        S.OUT_FOR_DELIVERY,
        r"(?:投递员|派送员|配送员|派件员)(?:已)?出发|安排(?:配送员|派送员|快递员)送货"
        r"|交(?:给)?(?:投递员|派件员|派送员)(?!领取)",
        priority=67,
    ),
    rule(
        "zh.address.empty.s16j",
        S.ADDRESS_ISSUE,
        r"(?:地址|电话)为空|地址(?:与|和)(?:电话|收件人)不符",
    ),
    rule(
        "zh.expired.days_no_update.s16j",
        S.EXPIRED,
        r"\d+天(?:无|没有)(?:物流)?(?:更新|轨迹|变化)",
    ),
    # Round 3 of the third pass, whole trace lines: a courier delivering for you (正在为您配送)
    # the round, above the 接单 of the ERP's information; a truck leaving (发车) transit; a
    # warehouse working on the order, or shipping soon (即将发货), information.
    rule(
        "zh.ofd.for_you.s16j",
        S.OUT_FOR_DELIVERY,
        r"正在为您(?:配送|派送|派件|投递|送货)",
        priority=67,
    ),
    rule("zh.in_transit.truck_left.s16j", S.IN_TRANSIT, r"发车"),
    rule(
        "zh.info.warehouse_working.s16j",
        S.INFO_RECEIVED,
        r"(?:仓库|商家|卖家)正在处理(?:您的)?订单|即将发货",
    ),
    # Round 4 of the third pass, Taiwan's and Hong Kong's wording: asked to collect by a date
    # (请于…领取), "可取货", arrived at a convenience store or store (已到…门市/超商) a pickup;
    # 完成取货 at the store delivered (73, above the store's pickup); leaving a logistics centre
    # (物流中心出货) transit; not collected, sent back (未取，退回) a return with its negation
    # inside; duties to pay (缴付关税) held.
    rule(
        "zh.pickup.collect_by.s16j",
        S.AVAILABLE_FOR_PICKUP,
        r"请(?:于|在)[^，,。]{0,10}(?:领取|取件|取货)|(?<!不)可(?:取货|取件|领取)(?=$|[，,。])"
        r"|(?:已到|已送达|已抵达|已到达|已配达)[^，,。]{0,6}(?:门市|超商|便利商店)(?!途中)",
        priority=72,
    ),
    rule("zh.delivered.store_collected.s16j", S.DELIVERED, r"完成取货|取货完成", priority=73),
    rule("zh.in_transit.centre_shipped.s16j", S.IN_TRANSIT, r"物流中心出货"),
    rule(
        "zh.returning.uncollected.s16j",
        S.RETURNING,
        r"未(?:取|领|取件|领取)[，,]?\s*(?:已)?退回",
    ),
    rule(
        "zh.customs.held.duties_to_pay.s16j",
        S.CUSTOMS_HELD,
        r"(?:缴付|支付|缴交)(?:进口)?(?:关税|税款|税费)",
        priority=81,
    ),
    # s18-vocabzh, general wording written from the carriers' usual phrasing (see the session 18
    # vocabulary): waiting for the courier to come and collect (等待…揽收/上门取件, the courier
    # will come) and the shipment's data received are information received, above the
    # collection words they contain (46).
    rule(
        "zh.info.awaiting_collection.s18g",
        S.INFO_RECEIVED,
        r"等待[^，,。；;]{0,8}(?:揽收|揽件|上门取件|上门揽收|收件员上门|取件员上门)"
        r"|(?:将|会)[^，,。；;]{0,10}上门(?:取件|揽收|揽件|收件)"
        r"|(?:寄件|货件|订单|运单|电子)(?:信息|资料)已(?:收到|接收|上传)"
        r"|已(?:收到|接收)[^，,。]{0,4}(?:寄件|货件|订单|电子|包裹|快件|邮件)(?:预报)?(?:信息|资料)"
        r"|提交(?:寄件)?信息"
        r"|(?:寄件|取件)预约成功|预约(?:寄件|取件)成功|订单已成立|商品准备中",
        priority=46,
    ),
    # The parcel itself "collected" (快件/包裹已收取) is the courier taking it in; the
    # recipient collecting is worded 收件人已收取.
    rule(
        "zh.accepted.parcel_collected.s18g",
        S.ACCEPTED,
        r"(?:快件|包裹|货件)已(?:被|于[^，,。]{1,8})?收取",
    ),
    # A delivery worker (配送员; not the 骑手 or 快递员 who collect from a sender) who has
    # picked the goods up (配送员已取货), been handed the order (交付配送员), set out (出发派送)
    # or taken it out (携出, Taiwan) is on the round: above the 已取货 and 交付 of a delivery
    # (75).
    rule(
        "zh.ofd.worker_took.s18g",
        S.OUT_FOR_DELIVERY,
        r"(?:配送员|送货员|派送员|派件员|物流士)(?:已)?(?:取货|取件|携出|领取)|由(?:配送员|派送员|物流士|司机)携出"
        r"|交付(?:给)?(?:配送员|派送员|派件员|投递员)|出发(?:派送|派件|投递|送货)"
        r"|正(?:在)?由[^，,。]{1,8}(?:配送|派送|派件|投递)|出站投递",
        priority=75,
    ),
    # Handed to a named courier company to deliver (已交由顺丰速运派送): a hand-over; a person
    # (快递员, 小哥) delivering is the round, so the company words exclude them.
    rule(
        "zh.handed_over.named_company.s18g",
        S.HANDED_OVER,
        r"已(?:交由|交给|转交|转由|移交)[^，,。]{0,8}(?:速运|快递(?!员|小哥)|速递(?!员)|物流(?!士)"
        r"|邮政|宅急便|express|post|usps|ups|dhl|fedex|dpd|gls|evri|hermes|royal mail|postnl"
        r"|colissimo|correos|yamato|sagawa|ontrac)[^，,。]{0,16}(?:派送|配送|投递|派件)",
    ),
    # Sent or delivered to a logistics or sorting centre (送达物流中心), or a sorting centre
    # that has received the goods (分拨中心已收货): transit, not a delivery (71, above it).
    rule(
        "zh.in_transit.to_centre.s18g",
        S.IN_TRANSIT,
        r"寄达(?:投递局|投递站|派送站)"
        r"|(?:送达|送到|送至|配达)[^，,。]{0,6}(?:物流中心|转运中心|分拨中心|分拣中心|集散中心"
        r"|投递局|投递站|派送站"
        r"|处理中心|转运站|中转站|集货仓)"
        r"|(?:分拨中心|分拣中心|转运中心|中转中心|集散中心|处理中心)已?收货",
        priority=71,
        confidence=0.85,
    ),
    # Hong Kong Post: delivered on a day (已於…派遞), collected by the addressee (獲收件人領取),
    # handed back to the sender (已交回寄件人); a notice card left (通知咭) a failed attempt.
    rule(
        "zh.delivered.on_day.s18g",
        S.DELIVERED,
        r"已(?:于|在)[^，,。]{0,12}(?:派递|投递)(?:成功|完成)?(?=$|[，,。])"
        r"|获(?:收件人|收货人)?领取|(?:收件人|收货人|顾客|买家)已(?:领取|提取)"
        r"|取件人[:：]\s*(?:本人|家人|他人|同事|朋友|邻居|室友)|已出柜",
        priority=74,
    ),
    rule(
        "zh.returned.handed_back.s18g",
        S.RETURNED,
        rf"已(?:交回|交还|送回|退还)(?:给|至|到)?{_SENDER}",
    ),
    rule(
        "zh.failed.card_unanswered.s18g",
        S.FAILED_ATTEMPT,
        r"通知咭|未接(?:听)?(?:电话|来电)|电话未接(?:听|通)?",
    ),
    rule(
        "zh.pickup.collect_at.s18g", S.AVAILABLE_FOR_PICKUP, r"请(?:于|在|到|至)[^，,。]{0,10}提取"
    ),
    rule(
        "zh.pickup.locker_brands.s18g",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:放入|存入|投入|投递至|送达|到达|已到)[【\[]?(?:速递易|近邻宝|格格柜|云柜|熊猫快收|收件宝)",
    ),
    rule(
        "zh.address.phone_wrong.s18g",
        S.ADDRESS_ISSUE,
        r"(?:电话|手机)号码?(?:错误|有误|不正确|不对)|(?:电话|号码)(?:为)?空号",
    ),
    # Waiting for the recipient to collect (等待收件人自取) is a pickup; a courier trade that
    # collects (小件员, 揽件员, 收件员) taking the parcel, or a courier confirming the collection,
    # an acceptance (75, above the 取件 of a collection by the recipient).
    rule(
        "zh.pickup.awaiting_recipient.s18g",
        S.AVAILABLE_FOR_PICKUP,
        r"等待(?:收件人|收货人|客户|用户|您)?(?:自取|自提|领取)|等待(?:收件人|收货人|用户)(?:取件|取货)"
        r"|入(?:驿站|代收点|自提点|服务站)",
        priority=72,
    ),
    rule(
        "zh.accepted.collector.s18g",
        S.ACCEPTED,
        r"(?:小件员|揽件员|揽收员|收件员|揽投员)(?:已)?(?:确认)?(?:取件|取货|揽收|揽件|收件)"
        r"|(?:快递员|快递小哥)已确认(?:取件|揽收|揽件)",
        priority=75,
    ),
    # Something going wrong on the way (途中发生异常) is an exception, above the transit words
    # (31); lockdowns and traffic control (封控, 疫情管控), stopped services (停运) and a
    # postponed delivery (延期配送) delays (85, above the 无法派送 they cause); an office or shop
    # closed for the day (单位已下班) a failed attempt; dropped in a letter box a delivery.
    rule(
        "zh.exception.went_wrong.s18g",
        S.EXCEPTION,
        r"(?:发生|出现)异常",
        priority=31,
        confidence=0.8,
    ),
    rule(
        "zh.delayed.lockdown.s18g",
        S.DELAYED,
        r"封控|(?:疫情|交通)管控|停运(?!输)|延期(?:配送|派送|投递|送货)|节后(?:恢复|统一)?(?:派送|配送|发货)",
        priority=85,
    ),
    rule(
        "zh.failed.closed_for_day.s18g",
        S.FAILED_ATTEMPT,
        r"(?:单位|公司|店铺|商铺|门店)(?:已)?(?:下班|关门|休息)",
    ),
    rule("zh.delivered.letter_box.s18g", S.DELIVERED, r"投入(?:信报箱|信箱|报箱)|信报箱"),
    # Hong Kong's and Taiwan's wording, round two: instructions to ship received (接獲寄件
    # 指示) and a waybill set up by the seller (建立物流單) information; posted at a station or
    # store (已於順豐站寄件) an acceptance; on the way to the delivery station (送往派件點)
    # transit (67, above the round's 派件); a tried delivery (曾嘗試派送), nobody opening the
    # door, a recipient that cannot be reached (未能聯絡), a delivery blocked (派送遇阻) and
    # Black Cat's absence slip (不在聯絡單, above the 已投遞 beside it) failed attempts; a
    # typhoon signal or rainstorm warning (風球, 暴雨警告) a delay; a building's management
    # office or lobby receiving (管理處代收) and handed to the buyer (交付買家) deliveries; a
    # cancelled collection (揽收取消) cancelled.
    rule(
        "zh.info.instructions.s18g",
        S.INFO_RECEIVED,
        r"接获(?:寄件|取件|收件)?指示|建立(?:物流单|托运单|寄件单)",
        priority=46,
    ),
    rule("zh.accepted.posted_at.s18g", S.ACCEPTED, r"已(?:于|在)[^，,。]{1,10}寄件(?!人)"),
    rule(
        "zh.in_transit.to_delivery_station.s18g",
        S.IN_TRANSIT,
        r"送往(?:派件|派送|投递)(?:点|网点|站|站点|部)",
        priority=67,
        confidence=0.85,
    ),
    rule(
        "zh.failed.tried_unreached.s18g",
        S.FAILED_ATTEMPT,
        r"(?:已|曾)尝试(?:派送|投递|配送)|无人(?:应门|开门)|未能联[络系]|联络不上|无法联络"
        r"|(?:派送|投递|配送)遇阻|不在(?:联络|联系)单",
        on_negation=False,
    ),
    rule("zh.delayed.storm_signal.s18g", S.DELAYED, r"风球|暴雨警告", priority=85),
    rule(
        "zh.delivered.management_office.s18g",
        S.DELIVERED,
        r"(?:管理处|大堂|保安室|收发室)代(?:收|签收)|交付(?:给)?(?:买家|收件人|收货人|顾客)"
        r"|放(?:置)?(?:于|在|至)指定(?:地点|位置)",
        priority=74,
    ),
    rule("zh.cancelled.collection.s18g", S.CANCELLED, r"揽收(?:已)?取消|取消揽收"),
    rule(
        "zh.pickup.self_collect_point.s18g",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:到达|送达|抵达|已到)[^，,。]{0,3}(?:自取点|自取柜|取货点)",
    ),
    rule(
        "zh.ofd.courier_on_way.s18g",
        S.OUT_FOR_DELIVERY,
        r"送件(?:路上|途中)|正在送件|安排(?:快递员|派件员|配送员|派送员)(?:派送|配送|派件)",
        modal_ok=True,
    ),
    rule("zh.address.unlocatable.s18g", S.ADDRESS_ISSUE, r"地址(?:定位不到|无法定位)"),
    # Round three, the long templates of the domestic couriers: the signer who collected at a
    # station (签收人在【…驿站】领取) or the signer named as the recipient (签收人：本人) is a
    # delivery, above the station or locker named beside it (74); a clerk named in brackets who
    # has collected (业务员【…】已取件) an acceptance (75, above a recipient's 取件); collected
    # from a named station or service centre (已从【…】取出) a delivery; ZTO's and Yunda's
    # notes while the courier is out ("如需放置驿站或快递柜，需经您同意") the round, not a
    # pickup (74); a pickup notice's warning of a return when overdue (逾期将退回) the pickup
    # (96, above the return it only threatens).
    rule(
        "zh.delivered.signer_collected.s18g",
        S.DELIVERED,
        r"签收人在[^，,。]{0,40}(?:领取|取件|取走)|签收人[:：]\s*(?:是)?[【「]?本人",
        priority=74,
    ),
    rule(
        "zh.accepted.clerk_bracketed.s18g",
        S.ACCEPTED,
        r"(?:业务员|快递员|收派员|揽件员|小件员|揽投员)[【「][^】」]{1,10}[】」](?:已)?"
        r"(?:取件|收件|揽收|揽件)",
        priority=75,
    ),
    rule(
        "zh.delivered.taken_from_named.s18g",
        S.DELIVERED,
        r"已从[【「]?[^，,。]{0,16}(?:驿站|快递柜|代收点|自提点|服务中心|快递中心|丰巢|智能柜)[】」]?"
        r"(?:取件|取出|取走|领取)",
        priority=74,
    ),
    rule(
        "zh.ofd.placement_note.s18g",
        S.OUT_FOR_DELIVERY,
        r"如(?:需|要)(?:放置|放入|放在|放|存放|投放)[^，,。]{0,6}(?:驿站|快递柜|代收点|丰巢|自提柜)",
        priority=74,
        modal_ok=True,
    ),
    rule(
        "zh.pickup.return_warning.s18g",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:逾期|超时|超期)(?:未取|未领)?(?:将|会)(?:被)?(?:退回|退件)",
        priority=96,
    ),
    # Round four, the cross-border lines: a forwarder's warehouse that received (【深圳仓】
    # 包裹已收货) or signed a parcel in (签入) an acceptance, signed out (签出) transit, above
    # the 已收货 and 已签 of a delivery (75); leaving the origin airport departed; reaching the
    # import port arrived; a 7-11 or other store the parcel was delivered to (已配达至【…门市】)
    # a pickup (75, above the 配达 of a delivery).
    rule(
        "zh.accepted.warehouse_in.s18g",
        S.ACCEPTED,
        r"仓(?:库)?[】」][^，,。]{0,4}已?(?:收货|签入)|签入",
        priority=75,
    ),
    rule("zh.in_transit.signed_out.s18g", S.IN_TRANSIT, r"签出", priority=75, confidence=0.85),
    rule(
        "zh.departed.origin_airport.s18g",
        S.DEPARTED_ORIGIN,
        r"(?:由|从|自)始发(?:国)?机场(?:发出|起飞|离开)|离开始发(?:地|国)?机场",
    ),
    rule(
        "zh.arrived.import_port.s18g", S.ARRIVED_DESTINATION, r"(?:到达|抵达|已到)进口(?:港|口岸)"
    ),
    rule(
        "zh.pickup.store_delivered.s18g",
        S.AVAILABLE_FOR_PICKUP,
        r"已配达(?:至|到)?[【「]?[^，,。]{0,12}(?:门市|门店|超商|智慧柜|便利商店)",
        priority=75,
    ),
    # Round five, Hong Kong, Macau and Taiwan again: delivered to a post office or a collection
    # point (送達郵政分局, 抵達取件地點) a pickup (74, above the 送達 of a delivery); handed to the
    # courier to deliver (交由速遞員派送) the round, and on the way to the recipient's address;
    # on the way to a place (正在前往) transit; an import licence asked for a customs hold;
    # wrong shipment data an exception (31); customs pre-advice received (預先報關資料)
    # information (77, above the customs start); placed at the door, and collected at a locker
    # or station (已於i郵箱取件), deliveries.
    rule(
        "zh.pickup.post_office.s18g",
        S.AVAILABLE_FOR_PICKUP,
        r"(?:送达|到达|抵达)[^，,。]{0,12}(?:邮政分局|邮政局|邮局|支局|取件地点|取货地点)"
        r"|请(?:持|携带?)[^，,。]{0,8}(?:领取|取件|取货)",
        priority=74,
    ),
    rule(
        "zh.ofd.handed_courier.s18g",
        S.OUT_FOR_DELIVERY,
        r"交由(?:速递员|快递员|派送员|派件员|配送员|投递员|邮差)(?:派送|配送|投递|派件)"
        r"|前往(?:您的|收件人的?|收货)(?:地址|住址|家)",
    ),
    rule("zh.in_transit.heading_to.s18g", S.IN_TRANSIT, r"正(?:在)?前往", confidence=0.8),
    rule("zh.customs_held.licence.s18g", S.CUSTOMS_HELD, r"进口(?:许|許)可证?", priority=80),
    rule(
        "zh.exception.data_wrong.s18g",
        S.EXCEPTION,
        r"(?:资料|信息)有误",
        priority=31,
        confidence=0.8,
    ),
    rule(
        "zh.info.customs_preadvice.s18g",
        S.INFO_RECEIVED,
        r"预先报关|报关资料已(?:收到|接收)|收到[^，,。]{0,4}报关资料",
        priority=77,
    ),
    rule(
        "zh.delivered.placed_collected.s18g",
        S.DELIVERED,
        r"放置(?:于|在|至)(?:家)?门口"
        r"|已(?:于|在|从)[^，,。]{0,12}(?:驿站|快递柜|智能柜|自提柜|邮箱|代收点|门市)"
        r"(?:取件|取货|取出|领取)",
        priority=74,
    ),
    # Round six, JD's, Best's and EMS's lines: signed for by a self-collection locker
    # (由【…自提柜】签收) a pickup (75, above the 签收 of a delivery; a station signing,
    # 由【…驿站】签收, stays the delivery the vocabulary reads it as); the import exchange office
    # receiving arrived, a delivery office receiving transit; picked up on someone's behalf
    # (代领) a delivery.
    rule(
        "zh.pickup.locker_signed.s18g",
        S.AVAILABLE_FOR_PICKUP,
        r"由[【「]?[^，,。]{0,12}(?:自提柜|快递柜|智能柜|丰巢)[】」]?(?:代)?签收",
        priority=75,
    ),
    rule(
        "zh.arrived.import_office.s18g",
        S.ARRIVED_DESTINATION,
        r"进口互换局已?(?:接收|收到|收货)",
    ),
    rule("zh.in_transit.delivery_office.s18g", S.IN_TRANSIT, r"投递局已?(?:接收|收到)"),
    rule("zh.delivered.collected_for.s18g", S.DELIVERED, r"代领", priority=74),
    # Round seven, the exceptions: delayed because of customs (因海關問題延誤) and duties still to
    # pay (稅款待付) customs holds; refused with damage as the reason (以商品破损为由拒收) a
    # refusal (91, above the damage it names); a recipient who moved away (已遷址) an address
    # issue.
    rule(
        "zh.customs_held.customs_reason.s18g",
        S.CUSTOMS_HELD,
        r"(?:因|由于)海关(?:问题|原因)|税(?:款|费)待(?:付|缴)|待(?:付|缴)(?:进口)?(?:税款|税费|关税)",
        priority=81,
    ),
    rule("zh.refused.for_reason.s18g", S.REFUSED, r"以[^，,。]{1,12}为由拒(?:收|签)", priority=91),
    rule("zh.address.moved_out.s18g", S.ADDRESS_ISSUE, r"已?迁(?:址|居)"),
)

LANGUAGE = Language(
    code="zh",
    rules=RULES,
    negation=frozenset("未没不无非"),  # characters just before a match
    irrealis=frozenset("待将预即准安计等"),
    realis=frozenset({"已将"}),  # 已将 ("has …") is done, not to come
    markers=frozenset(),
    word_boundaries=False,
)
