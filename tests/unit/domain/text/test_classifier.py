"""Event-text classification: precedence, languages, robustness and corpus accuracy."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parceltrail.domain.status import SubStatus as S
from parceltrail.domain.text import (
    MAX_CHARS,
    Classification,
    classify,
    fold,
    supported_languages,
)
from parceltrail.domain.text._classifier import classify_rules
from parceltrail.domain.text.rules import LANGUAGES
from tests.hang_guard import finishes

DATA = Path(__file__).resolve().parents[3] / "data"
# Measured 1.000 (dev, after tuning; 0.956 on its first blind run) and 0.956 (holdout, written
# after the rules were frozen); the thresholds leave room for rule edits, not for regressions.
DEV_THRESHOLD = 0.97
HOLDOUT_THRESHOLD = 0.93


def sub(text: str, language: str | None = None) -> S | None:
    result = classify(text, language)
    return result.sub_status if result else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delivery attempted, recipient not available", S.FAILED_ATTEMPT),
        ("Attempted delivery - nobody home, notice left", S.FAILED_ATTEMPT),
        ("Returned to sender", S.RETURNED),
        ("Delivered to sender", S.RETURNED),
        ("Not delivered", S.FAILED_ATTEMPT),
        ("Package not delivered - business closed", S.FAILED_ATTEMPT),
        ("Arrived at pickup point", S.AVAILABLE_FOR_PICKUP),
        ("Ready for collection", S.AVAILABLE_FOR_PICKUP),
        ("Delivered to parcel locker, ready to be collected", S.AVAILABLE_FOR_PICKUP),
        ("Collected by the recipient from the pickup point", S.DELIVERED),
        ("Customs clearance completed", S.CUSTOMS_CLEARED),
        ("Import customs clearance started", S.CUSTOMS_STARTED),
        ("Held by customs", S.CUSTOMS_HELD),
        ("Released from customs hold", S.CUSTOMS_CLEARED),
        ("Export customs clearance complete", S.IN_TRANSIT),
        ("Out for delivery", S.OUT_FOR_DELIVERY),
        ("Out for delivery, will be delivered by 8pm", S.OUT_FOR_DELIVERY),
        ("Delivery refused - returning to sender", S.RETURNING),
        ("Will be returned to sender", S.RETURNING),
        ("UPS has not received the package yet. Label created", S.INFO_RECEIVED),
    ],
)
def test_precedence_in_english(text: str, expected: S) -> None:
    assert sub(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Objeto entregue ao destinatário", S.DELIVERED),
        ("Objeto saiu para entrega ao destinatário", S.OUT_FOR_DELIVERY),
        ("Fiscalização aduaneira finalizada", S.CUSTOMS_CLEARED),
        ("Вручение адресату", S.DELIVERED),
        ("Прибыло в место вручения", S.AVAILABLE_FOR_PICKUP),
        ("Таможенное оформление завершено", S.CUSTOMS_CLEARED),
        ("Не вручено", S.FAILED_ATTEMPT),
        ("已签收", S.DELIVERED),
        ("未妥投", S.FAILED_ATTEMPT),
        ("已簽收，簽收人：本人", S.DELIVERED),
        ("清關完成", S.CUSTOMS_CLEARED),
        ("Entregado", S.DELIVERED),
        ("Votre colis a été retourné à l’expéditeur", S.RETURNED),
        ("Die Sendung konnte nicht zugestellt werden", S.FAILED_ATTEMPT),
        ("La spedizione è stata consegnata", S.DELIVERED),
        ("Przesyłka doręczona", S.DELIVERED),
        ("Zending is bezorgd", S.DELIVERED),
        ("Je zending is bezorgd bij een PostNL-punt", S.AVAILABLE_FOR_PICKUP),
    ],
)
def test_languages(text: str, expected: S) -> None:
    assert sub(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 9, European wording: the parcel waits in the network or goes to a point.
        ("Votre colis est en cours de livraison en point de retrait.", S.IN_TRANSIT),
        ("Nous le préparons pour le mettre en livraison.", S.IN_TRANSIT),
        ("Votre colis est en cours de livraison", S.OUT_FOR_DELIVERY),
        ("Sortie  de Douane", S.CUSTOMS_CLEARED),
        ("Bezorger is onderweg naar PostNL-punt", S.IN_TRANSIT),
        ("Bezorger is onderweg", S.OUT_FOR_DELIVERY),
        ("Pakket wordt vandaag toch nog via een koerier bij je bezorgd", S.OUT_FOR_DELIVERY),
        ("Zending geweigerd bij PostNL-punt, te groot/te zwaar", S.EXCEPTION),
        ("Zending geweigerd", S.REFUSED),
        ("Gesloten: aflevering uitgesteld tot volgende werkdag", S.FAILED_ATTEMPT),
        ("Uitgesteld, gescand op depot", S.DELAYED),
        ("Tullklarering genomförd", S.CUSTOMS_CLEARED),
        ("Anlände till destinationslandet", S.ARRIVED_DESTINATION),
        ("Det finns ingen spårningsinformation för detta paket.", S.PENDING),
        ("O pacote foi assinado para", S.DELIVERED),
        ("Objeto saiu do CD", S.IN_TRANSIT),
        ("Tentativa de suspensão da entrega", S.EXCEPTION),
        ("На відділенні в місті одержання", S.AVAILABLE_FOR_PICKUP),
        ("נקלט למשלוח", S.ACCEPTED),
        ("RECOGERAN EN AGENCIA", S.AVAILABLE_FOR_PICKUP),
        ("ENTREGADO EN ASM PARCELSHOP", S.AVAILABLE_FOR_PICKUP),
        ("CERRADO POR SINIESTRO", S.EXCEPTION),
        ("ENTREGA ANULADA (DEVUELTA)", S.RETURNED),
        ("PENDIENTE DE ENTRADA EN RED", S.INFO_RECEIVED),
        ("Alıcı Adresine Yönlendirildi", S.OUT_FOR_DELIVERY),
        ("Geri Geliyor", S.RETURNING),
        ("Artículo no encontrado en estos momentos.", S.PENDING),
        ("Object is niet gevonden op dit moment.", S.PENDING),
        ("Ei löytynyt", S.PENDING),
        ("Pakket onbestelbaar: fout exportformulier & geen retouradres", S.EXCEPTION),
        ("Retour onbestelbaar", S.RETURNING),
    ],
)
def test_european_wording_of_session_9(text: str, expected: S) -> None:
    assert sub(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 9's review: ordinary texts that session 9's rules misread (phrases written
        # for the review, not carrier texts from the corpus).
        ("Отримано на відділенні", S.DELIVERED),  # received at the branch, not waiting there
        ("Вручено одержувачу на відділенні", S.DELIVERED),
        ("Die Sendung liegt zur Abholung durch den Empfänger bereit", S.AVAILABLE_FOR_PICKUP),
        ("Spedizione in reso al mittente", S.RETURNING),  # being returned, not returned yet
        ("Customs clearance not approved", S.CUSTOMS_STARTED),
        ("Attempted delivery, loaded on vehicle for redelivery tomorrow", S.FAILED_ATTEMPT),
        ("Customs hold: loaded on vehicle awaiting inspection", S.CUSTOMS_HELD),
        ("快件入柜失败，快递员将重新派送", S.OUT_FOR_DELIVERY),  # the locker failed
        ("快件已到达【广州揽收中心】", S.ACCEPTED),  # a collection hub, not a collection to come
        ("您已预约揽收", None),  # 已预约: a pickup booked, still to come
        ("已安排揽收", None),
    ],
)
def test_session_9_rules_leave_ordinary_texts_alone(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The item is at your disposal at the post office for 14 days",
        "Item held awaiting disposal instructions from sender",
    ],
)
def test_disposal_at_your_disposal_or_awaiting_instructions_is_not_lost(text: str) -> None:
    found = classify_rules(text)
    assert found is None or found.sub_status is not S.LOST


def test_result_carries_rule_language_and_confidence() -> None:
    result = classify("Objeto entregue ao destinatário", "pt-BR")
    assert isinstance(result, Classification)
    assert result.language == "pt"
    assert result.rule_id.startswith("pt.")
    assert 0 < result.confidence <= 1


def test_negated_match_is_less_sure() -> None:
    plain, negated = classify_rules("Delivered"), classify_rules("Not delivered")
    assert plain is not None
    assert negated is not None
    assert negated.sub_status is S.FAILED_ATTEMPT
    assert negated.confidence < plain.confidence
    # The learned model may be surer of the failed attempt than the negated rule is (since
    # session 10 it reads a negated "delivered" concept); the answer stays the same.
    assert sub("Not delivered") is S.FAILED_ATTEMPT


def test_a_wrong_or_unknown_hint_does_not_stop_classification() -> None:
    assert sub("Zugestellt", "fr") is S.DELIVERED
    assert sub("Delivered", "xx-YY") is S.DELIVERED
    assert sub("Delivered", "") is S.DELIVERED


def test_a_sure_rule_of_a_language_the_text_shows_overrules_a_weak_english_one() -> None:
    # "probleme" matches English's weak exception rule first; "wg." and "technischer" are
    # German marker words, and German's delay rule is sure.
    found = classify("Verzögerung wg. technischer Probleme")
    assert found is not None
    assert (found.sub_status, found.language) == (S.DELAYED, "de")


def test_a_fallback_language_never_overrules_a_weak_match() -> None:
    # No French marker word: French's "collecte" rule must not turn an English refusal to
    # collect into an acceptance.
    found = classify("Not collected by consignee")
    assert found is None or found.sub_status is not S.ACCEPTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Посылка доставлена в сортировочный центр", S.IN_TRANSIT),
        ("Доставлено на склад", S.IN_TRANSIT),
        ("Доставлено в почтовое отделение", S.AVAILABLE_FOR_PICKUP),
        ("Посилку доставлено до сортувального центру", S.IN_TRANSIT),
        ("Посилка доставлена у відділення", S.AVAILABLE_FOR_PICKUP),
        ("Посылка доставлена", S.DELIVERED),
        ("Посилку доставлено", S.DELIVERED),
    ],
)
def test_delivered_to_a_node_of_the_network_is_not_delivered(text: str, expected: S) -> None:
    assert sub(text) == expected
    assert classify_rules(text) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 9: wording of Asian carriers' tables (phrases written here, not carrier texts).
        ("快递员已将包裹转交合作伙伴", S.HANDED_OVER),  # 已将 is done, not to come
        ("尝试投递但失敗", S.FAILED_ATTEMPT),
        ("快件已入柜，请及时取件", S.AVAILABLE_FOR_PICKUP),
        ("收件人因包裹破损拒收", S.REFUSED),  # the refusal, not its cause
        ("快件正在揽收中", S.INFO_RECEIVED),  # not taken yet
        ("派件异常", S.FAILED_ATTEMPT),
        ("派件异常后签收", S.DELIVERED),
        ("快件已由第三方代收入库", S.AVAILABLE_FOR_PICKUP),
        ("快件准备送往下一站", S.IN_TRANSIT),
        ("Antar gagal", S.FAILED_ATTEMPT),
        ("Paket gagal di pick up oleh kurir", S.EXCEPTION),  # a pickup from the sender
        ("Penjemputan gagal", S.EXCEPTION),
        ("Đơn hàng đang lưu kho", S.IN_TRANSIT),
        ("Shop đang chuẩn bị hàng", S.INFO_RECEIVED),
        ("Доставлен (частично)", S.DELIVERED),
        ("Заказ у курьера", S.OUT_FOR_DELIVERY),
        ("Заказ выполнен", S.DELIVERED),
        ("Заказ в сборке", S.INFO_RECEIVED),
        ("Посылка передана в службу доставки", S.ACCEPTED),
        ("상품 분실", S.LOST),
        ("상품 파손", S.DAMAGED),
        ("고객이 픽업 완료", S.DELIVERED),
        ("이웃에게 전달했습니다", S.DELIVERED),
        ("배송 정보 수신", S.INFO_RECEIVED),
        ("お荷物は隣人にお渡ししました", S.DELIVERED),
        ("輸送完了", S.IN_TRANSIT),
        ("国際交換局に到着", S.ARRIVED_DESTINATION),
        ("お荷物は調査中です", S.EXCEPTION),
    ],
)
def test_asian_and_russian_carrier_wording(text: str, expected: S) -> None:
    assert sub(text) is expected
    assert classify_rules(text) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A return parcel's own journey, and a parcel not collected from a pickup point.
        ("RETURN LOADED IN VEHICLE", S.RETURNING),
        ("Return shipment received in distribution centre", S.RETURNING),
        ("The shipment was not collected from the Hermes ParcelShop within 10 days.", S.RETURNING),
        ("RETURNS DELIVERED", S.RETURNED),
        ("Returned", S.RETURNED),
        ("Sender has generated return label", S.INFO_RECEIVED),
        # A pickup from the sender that fails is an exception, not a failed delivery.
        ("Pickup Attempted", S.EXCEPTION),
        ("Not Collected - customer not ready", S.EXCEPTION),
        ("Pick-up address closed, new pick-up attempt next delivery day", S.EXCEPTION),
        ("Pick-up order cancelled", S.CANCELLED),
        ("Arrived at facility in destination country", S.ARRIVED_DESTINATION),
        ("Your parcel is awaiting delivery in the destination country", S.ARRIVED_DESTINATION),
        ("DEPARTED FROM EXPORT FACILITY", S.DEPARTED_ORIGIN),
        ("Delayed during clearance at customs", S.CUSTOMS_HELD),
        ("Clearance refused", S.CUSTOMS_HELD),
        ("Customs in the destination country has approved your parcel", S.CUSTOMS_CLEARED),
        ("SHIPMENT WAS LOADED INTO DELIVERY VEHICLE", S.OUT_FOR_DELIVERY),
        ("OUT FOR SECOND DELIVERY ATTEMPT", S.OUT_FOR_DELIVERY),
        ("Driver is en route", S.OUT_FOR_DELIVERY),
        ("Driver is en route to PostNL outlet", S.IN_TRANSIT),
        ("Package Picked Up At UPS Access Point", S.DELIVERED),
        ("Picked up from the ParcelShop by the driver", S.ACCEPTED),
        (
            "The parcel has been picked-up at the Hermes ParcelShop and sorted for further"
            " shipment.",
            S.ACCEPTED,
        ),
        ("Shipment is awaiting pick-up", S.AVAILABLE_FOR_PICKUP),
        ("Shipment has been prepared by the sender", S.INFO_RECEIVED),
        ("Dropped off at a UPS Access Point by Customer", S.ACCEPTED),
        ("Delivered by driver to Pickup parcelshop", S.AVAILABLE_FOR_PICKUP),
        ("Shipment to be collected at PostNL outlet", S.AVAILABLE_FOR_PICKUP),
        (
            "Your UPS SurePost® package was delivered to the Post Office and it is being held"
            " for pickup.",
            S.AVAILABLE_FOR_PICKUP,
        ),
        ("Handed over to third party for transport", S.HANDED_OVER),
        ("The package is in the process of being disposed of", S.LOST),
        ("Shipment refused by recipient due to damage.", S.REFUSED),
        ("Shipment not delivered due to incorrect postcode", S.ADDRESS_ISSUE),
        ("Not Delivered - Incorrect Address", S.ADDRESS_ISSUE),
        ("Recipient has moved. Shipment forwarded to new address", S.IN_TRANSIT),
        ("At local FedEx facility", S.IN_TRANSIT),
        ("Awaiting seller dispatch", S.INFO_RECEIVED),
        ("The shipment has been delivered to the wrong location. Delivery is delayed.", S.DELAYED),
        ("Pickup order has been received by DHL", S.INFO_RECEIVED),
        ("OUT FOR PARCEL COLLECTION", S.INFO_RECEIVED),
        ("HANDOVER TO SERVICE POINT FAILED", S.EXCEPTION),
        (
            "The shipment could not be handed over to the Service Point because of capacity"
            " restraints in the Service Point",
            S.EXCEPTION,
        ),
        ("Package was not delivered because it contained prohibited contents", S.EXCEPTION),
        (
            "Die Sendung wurde innerhalb der 10 Tage nicht am Hermes PaketShop abgeholt.",
            S.RETURNING,
        ),
        ("Der Empfänger hat das Paket nicht abgeholt.", S.RETURNING),
        ("Annahme verweigert, weil Paket beschädigt", S.REFUSED),
        (
            "Der Absender wurde nicht angetroffen. Die Sendung konnte nicht abgeholt werden.",
            S.EXCEPTION,
        ),
        (
            "Das Paket konnte nicht zugestellt werden, da weitere Adressinformationen benötigt"
            " werden.",
            S.ADDRESS_ISSUE,
        ),
        ("Aus betrieblichen Gründen konnte die Sendung heute nicht zugestellt werden.", S.DELAYED),
        ("Das Paket ist im GLS PaketShop eingetroffen.", S.AVAILABLE_FOR_PICKUP),
        ("Durch Versender an Pickup Paketshop übergeben.", S.ACCEPTED),
        ("Abholung im Pickup Paketshop durch Empfänger.", S.DELIVERED),
        ("Das Paket befindet sich im GLS Zustellfahrzeug.", S.OUT_FOR_DELIVERY),
        ("Das Paket wird auf Anweisung des Versenders entsorgt.", S.LOST),
        (
            "Auf Wunsch des Empfängers wird die Sendung #AM# #ORT# aufbewahrt und zu einem"
            " späteren Zeitpunkt zugestellt.",
            S.DELAYED,
        ),
        ("Absender-/Empfängerverfügung: Zustellung an andere Adresse", S.IN_TRANSIT),
        ("Die Zollpapiere für die Ausfuhr wurden erstellt.", S.IN_TRANSIT),
        ("Reso al mittente", S.RETURNED),
        ("completata la fase di verifica per lo svincolo", S.CUSTOMS_CLEARED),
        ("Il pacco e in fase di preparazione da parte del mittente", S.INFO_RECEIVED),
        ("Dostarczone", S.DELIVERED),
        ("Przesyłka przekazana kurierowi do doręczenia", S.OUT_FOR_DELIVERY),
        ("Przesyłka została przyjęta w oddziale", S.IN_TRANSIT),
    ],
)
def test_wording_shared_by_carriers_en_de_it_pl(text: str, expected: S) -> None:
    # Session 9: written from the training sources' misses (docs/classification.md).
    found = classify_rules(text)
    assert found is not None
    assert found.sub_status is expected


@pytest.mark.parametrize("text", ["", "   ", "12345", "Carrier note: see details", "Scan", "🙂"])
def test_unclassified_texts_give_none(text: str) -> None:
    assert classify(text) is None


def test_folding() -> None:
    assert fold("  Przesyłka  DORĘCZONA ") == "przesylka doreczona"
    assert fold("Straße") == "strasse"
    assert fold("ＤＥＬＩＶＥＲＥＤ") == "delivered"
    assert fold("運輸中") == "运输中"


def test_only_the_first_characters_are_read() -> None:
    assert classify("x" * MAX_CHARS + " delivered") is None


@pytest.mark.parametrize(
    "text",
    [
        "a" * 10_000,
        "not " * 2_500,
        "delivered " * 1_000,
        "。" * 10_000,
        "(?:" * 3_000,
        "清关" * 5_000,
        "возврат " * 1_250,
        ("awaiting " * 30 + "x ") * 50,
        "é" * 10_000,
    ],
)
def test_long_inputs_never_run_away(text: str) -> None:
    finishes(lambda: classify(text))


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=700), st.one_of(st.none(), st.text(max_size=12)))
def test_never_raises(text: str, language: str | None) -> None:
    result = classify(text, language)
    assert result is None or isinstance(result.sub_status, S)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["delivered", "not", "customs", "返回", "в", "de", " ", "’", "-"])))
def test_never_raises_on_rule_vocabulary(words: list[str]) -> None:
    classify(" ".join(words))


def test_rule_ids_are_unique_and_prefixed_by_language() -> None:
    ids = [rule.id for lang in LANGUAGES.values() for rule in lang.rules]
    assert len(ids) == len(set(ids))
    for code, lang in LANGUAGES.items():
        assert all(rule.id.startswith(f"{code}.") for rule in lang.rules)
    expected = {"en", "zh", "es", "pt", "ru", "fr", "de", "it", "pl", "nl"}
    assert set(supported_languages()) >= expected


def _corpus(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize(
    ("name", "threshold", "minimum_rows"),
    [("event_texts.tsv", DEV_THRESHOLD, 300), ("event_texts_holdout.tsv", HOLDOUT_THRESHOLD, 80)],
)
def test_corpus_accuracy(name: str, threshold: float, minimum_rows: int) -> None:
    rows = _corpus(name)
    assert len(rows) >= minimum_rows
    valid = {s.value for s in S} | {"none"}
    assert {row["expected"] for row in rows} <= valid
    hits = 0
    for row in rows:
        result = classify(row["text"])
        hits += (result.sub_status.value if result else "none") == row["expected"]
    assert hits / len(rows) >= threshold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 9 (lead): the new training sources' misses (hu, el, uk) and the review's cases.
        ("A csomag nem kézbesíthető (ismeretlen címzett)", S.ADDRESS_ISSUE),  # the reason decides
        ("A csomag nem kézbesíthető (átvételt megtagadta)", S.REFUSED),
        ("A csomag nem kézbesíthető (nem kereste)", S.RETURNING),
        ("A csomag nem kézbesíthető (sérülés miatt)", S.DAMAGED),
        ("A csomag nem kézbesíthető", S.FAILED_ATTEMPT),
        ("Feladónak visszakézbesítve", S.RETURNED),
        ("A csomag a postán átvehető", S.AVAILABLE_FOR_PICKUP),
        ("A csomag a kézbesítőnél van", S.OUT_FOR_DELIVERY),
        ("Késés kapacitási hiány miatt", S.DELAYED),
        ("A csomagot a feladótól átvettük", S.ACCEPTED),
        ("Δέμα σε διανομέα προς παράδοση", S.OUT_FOR_DELIVERY),  # not yet delivered
        ("Προγραμματισμένη προς παράδοση αύριο", S.IN_TRANSIT),  # scheduled, not delivered
        ("Посилка прибула у відділення", S.AVAILABLE_FOR_PICKUP),
        ("Not delivered — incorrect address", S.ADDRESS_ISSUE),  # an em dash ends the clause
        ("Loaded onto truck at origin facility", S.IN_TRANSIT),  # a line haul, not the last mile
        ("Loaded on delivery vehicle", S.OUT_FOR_DELIVERY),
        ("Released for delivery by customs", S.CUSTOMS_CLEARED),
        ("파손주의 상품입니다", None),  # "fragile", not damaged
        ("Dostarczone do punktu odbioru", None),  # at a pickup point, not delivered
        ("Η αποστολή παραδόθηκε", S.DELIVERED),
        ("Посилка прибула на сортувальний центр", S.IN_TRANSIT),
    ],
)
def test_wording_written_or_fixed_at_session_9s_merge(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 10 (branch s10-textseu): the new training sources' misses and their neighbours.
        # Correios (pt): a pickup from the sender attempted or not made is an exception, a new try
        # at "collection or delivery" a failed delivery, an exit for delivery that did not happen
        # a delay, not a cancellation.
        ("1ª Tentativa de Coleta", S.EXCEPTION),
        ("2ª Tentativa / Coleta Cancelada", S.EXCEPTION),
        ("Objeto não coletado", S.EXCEPTION),
        ("Objeto coletado", S.ACCEPTED),
        ("Será realizada nova tentativa de coleta ou entrega", S.FAILED_ATTEMPT),
        ("Saída para entrega cancelada", S.DELAYED),
        ("Saída não efetuada", S.DELAYED),
        ("Coleta Cancelada", S.CANCELLED),
        ("Objeto não localizado", S.LOST),
        ("Endereço não localizado", S.ADDRESS_ISSUE),  # the address, not the parcel
        ("Objeto refugado", S.LOST),
        ("O objeto encontra-se aguardando prazo para refugo", None),  # not disposed of yet
        ("Objeto atingido por incêndio em unidade operacional", S.DAMAGED),
        ("Aguardando órgão anuente apresentar documentação fiscal", S.CUSTOMS_HELD),
        ("Objeto bloqueado por necessidade de revisão de impostos/tributos", S.CUSTOMS_HELD),
        # waiting for the tax office's leave to return it: still held, not yet returning
        (
            "Aguardando autorização da Receita Federal para devolução do objeto ao remetente",
            S.CUSTOMS_HELD,
        ),
        ("Objeto será devolvido ao remetente", S.RETURNING),
        ("Revisão de tributo concluída - Objeto liberado", S.CUSTOMS_CLEARED),
        ("Aguardando autorização para exportação", S.IN_TRANSIT),  # export wording
        ("Objeto devolvido ao país de origem", S.RETURNING),
        ("Objeto encaminhado para retirada no endereço indicado", S.AVAILABLE_FOR_PICKUP),
        ("Objeto encaminhado para a unidade de distribuição", S.IN_TRANSIT),
        ("Necessário complementar endereço de entrega", S.ADDRESS_ISSUE),
        (
            "Objeto em análise de destinação - poderá ser devolvido ao remetente, encaminhado para "
            "refugo ou apreendido",
            S.EXCEPTION,
        ),
        # Kolay Gelsin (tr): the courier on the way to the sender is the pickup being arranged
        ("Gönderenden toplama yapacak kurye yola çıktı", S.INFO_RECEIVED),
        ("Kargo yola çıktı", S.IN_TRANSIT),
        ("Toplama yapıldı", S.ACCEPTED),
        ("Toplama transfer merkezinde gönderi indirildi", S.IN_TRANSIT),
        ("Dağıtım yapacak kuryenin aracına yüklendi", S.OUT_FOR_DELIVERY),
        ("Alıcı adresi hatalı", S.ADDRESS_ISSUE),
        ("Alıcı teslimat adresinde bulunamadı", S.FAILED_ATTEMPT),
        ("Alıcı teslimatı reddetti", S.REFUSED),
        ("Dağıtım görevi ertesi iş gününe devredildi", S.DELAYED),
        # PostNord (sv): handed in by the sender; forwarded towards a service point is in transit
        ("Avsändaren har lämnat in försändelsen i utlandet", S.ACCEPTED),
        ("Försändelsen är vidaresänd till mottagarens utlämningsställe", S.IN_TRANSIT),
        ("Försändelsen lämnades ut 2015-03-03 kl 17:10", S.DELIVERED),
        ("Försändelsen är överlämnad till mottagaren", S.DELIVERED),
        # InPost (pl): in the sender's locker the parcel waits for the courier, not the recipient
        ("Umieszczona w Paczkomacie Nadawczym", S.ACCEPTED),
        ("Przesyłka gotowa do odbioru w Paczkomacie", S.AVAILABLE_FOR_PICKUP),
        ("Nadawca przygotował paczkę do nadania", S.INFO_RECEIVED),
        # Česká pošta (cs): prepared for delivery at the office, before the round
        ("Příprava zásilky k doručení.", S.IN_TRANSIT),
        ("Doručování zásilky v rámci odpoledního doručování.", S.OUT_FOR_DELIVERY),
        ("Zásilka tohoto podacího čísla není v evidenci.", S.PENDING),
        # PostNL (nl): a return label is the return's pre-advice; a failed pickup for a bad address
        ("Verzender heeft retourlabel gegenereerd", S.INFO_RECEIVED),
        ("Zending retour afzender", S.RETURNING),
        ("Zending niet afgehaald, adres onjuist", S.EXCEPTION),
        ("Niet bezorgd, adres onjuist", S.ADDRESS_ISSUE),
        # general vocabulary (event_texts.tsv)
        ("Levering mislykkedes", S.FAILED_ATTEMPT),
        ("Pakken er toldbehandlet", S.CUSTOMS_CLEARED),
        ("Despachado de aduana", S.CUSTOMS_CLEARED),
        ("Llegada a la delegación de destino", S.IN_TRANSIT),
        ("Zásilka bude doručena dnes", S.OUT_FOR_DELIVERY),
    ],
)
def test_european_carrier_wording_session_10(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 11 (branch s11-textses): Poczta Polska's e-Nadawca events and DHL Parcel Poland's
        # texts (pl). A decision to return or forward outranks the failed delivery it follows;
        # "destroyed" is lost; a delivery "stopped" until fees are paid is an exception.
        ("Nieudane doręczenie - decyzja o zwrocie", S.RETURNING),
        ("Powiadomienie sms o zwrocie przesyłki", S.RETURNING),
        ("przesyłka będzie zwrócona do nadawcy. Doręczenie nie było możliwe", S.RETURNING),
        ("przesyłka zwrócona nadawcy", S.RETURNED),
        ("Nieudane doręczenie - zaginięcie", S.LOST),
        ("Przesyłka uległa zniszczeniu w wyniku pożaru", S.LOST),
        ("Uszkodzenie przesyłki", S.DAMAGED),
        ("Nieudane doręczenie - decyzja o dosłaniu", S.IN_TRANSIT),
        ("Nieudane doręczenie", S.FAILED_ATTEMPT),
        ("Nieudane doręczenie - kolejna próba jutro", S.FAILED_ATTEMPT),
        ("Zatrzymanie przesyłki przez urząd celny w kraju przeznaczenia", S.CUSTOMS_HELD),
        ("Zwolnienie przesyłki przez urząd celny (poczta przychodząca)", S.CUSTOMS_CLEARED),
        ("Przyjęcie przesyłki na cle - przywóz", S.CUSTOMS_STARTED),
        ("Przekazanie przesyłki do cła - wywóz", S.IN_TRANSIT),
        ("Odebranie z Agencji Celnej", S.CUSTOMS_CLEARED),
        ("Dostarczenie do Agencji Celnej", S.CUSTOMS_STARTED),
        ("Przyjęcie przesyłki w Polsce", S.ARRIVED_DESTINATION),
        ("Wysłanie przesyłki z Polski", S.DEPARTED_ORIGIN),
        ("Załadunek przesyłki", S.IN_TRANSIT),
        (
            "przesyłka dotarła do Terminala DHL. Doręczenie jej do odbiorcy planowane jest "
            "dzisiaj lub w umówionym z odbiorcą terminie",
            S.IN_TRANSIT,
        ),
        ("Wydanie przesyłki doręczycielowi", S.OUT_FOR_DELIVERY),
        ("Wydanie przesyłki uprawnionemu do odbioru", S.DELIVERED),
        ("Powiadomienie sms o oczekiwaniu przesyłki w urzędzie", S.AVAILABLE_FOR_PICKUP),
        ("przesyłka doręczona do urzędu pocztowego", S.AVAILABLE_FOR_PICKUP),
        ("przesyłka doręczona do odbiorcy", S.DELIVERED),
        ("nadana w DHL Parcelshop przesyłka oczekuje na odbiór przez kuriera DHL", S.ACCEPTED),
        ("przesyłka oczekuje na odbiór przez klienta", S.AVAILABLE_FOR_PICKUP),
        (
            "kurier DHL nie zastał odbiorcy alternatywnego (sąsiada) pod wskazanym adresem "
            "doręczenia",
            S.FAILED_ATTEMPT,
        ),
        ("brak dostępu do posesji lub osiedle zamknięte", S.FAILED_ATTEMPT),
        ("Próba doręczenia zostanie wykonana następnego dnia roboczego", S.DELAYED),
        ("Próba doręczenia dokonana dzisiaj", S.FAILED_ATTEMPT),
        ("przesyłka oczekuje na kolejny cykl doręczenia", S.DELAYED),
        (
            "próba doręczenia zakończona niepowodzeniem. Przesyłka oczekuje na kolejny cykl "
            "doręczenia",
            S.FAILED_ATTEMPT,
        ),
        ("Przesyłka zatrzymana do kontroli", S.EXCEPTION),
        ("Wejście przesyłki do urzędu niedoręczalnych przesyłek", S.EXCEPTION),
        ("doręczenie wstrzymane do czasu uregulowania opłat przez odbiorcę", S.EXCEPTION),
        ("przesyłka błędnie zaadresowana lub niepełny adres", S.ADDRESS_ISSUE),
        (
            "DHL otrzymał dane elektroniczne przesyłki. Informacje zostaną zaktualizowane po "
            "przekazaniu przez Nadawcę przesyłki do transportu",
            S.INFO_RECEIVED,
        ),
        # Estafeta and OCA (es): received at the sender's office; waiting at a branch
        ("Envio recibido en oficina Av Cinco de Mayo 25  Centro Chetumal", S.ACCEPTED),
        ("Recibido en oficina de destino", None),  # only the sender's office is acceptance
        ("En Espera de Retiro por Sucursal - Suc: PLANTA VELEZ SARSFIELD", S.AVAILABLE_FOR_PICKUP),
    ],
)
def test_european_carrier_wording_session_11(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 10 (branch s10-textsasia): a return's own fate beats the returning it is on.
        ("возврат выдан магазину.", S.RETURNED),
        ("Возврат передан продавцу", S.RETURNED),
        ("возврат утерян при транспортировке.", S.LOST),
        ("возврат передан в утилизацию.", S.LOST),
        ("Посылка будет утилизирована", S.LOST),  # disposal in any mood, as in English
        ("возврат отменен.", S.CANCELLED),
        ("Возврат отправителю", S.RETURNING),  # unchanged: a bare return is on its way back
        ("Отправление принято у покупателя", S.RETURNING),
        ("Заказ доставляется", S.IN_TRANSIT),
        ("Доставляется курьером", S.OUT_FOR_DELIVERY),  # the courier's wording still wins
        ("Заказ отменен", S.CANCELLED),
        ("배달 지연", S.DELAYED),
        ("배송 지연 안내", S.DELAYED),
        ("통관 지연", S.CUSTOMS_STARTED),  # customs wording outranks the delay
        ("出荷準備中", S.INFO_RECEIVED),
        ("出荷しました", S.IN_TRANSIT),
        ("Paket telah dikirim dari Surabaya", S.IN_TRANSIT),
        ("Paket sedang disortir di gudang", S.IN_TRANSIT),
        ("Paket ditahan di bea cukai", S.CUSTOMS_HELD),
        ("Paket dalam proses bea cukai", S.CUSTOMS_STARTED),
        ("Pesananmu telah dibuat", S.INFO_RECEIVED),
        ("Kurir sedang menjemput paket", S.INFO_RECEIVED),
        ("Paket sedang bersama kurir menuju gudang", S.ACCEPTED),
        ("Paket sedang bersama kurir menuju alamat penerima", S.OUT_FOR_DELIVERY),
        ("Penerima membatalkan pesanan", S.CANCELLED),
        ("Paket tidak dibatalkan", None),  # a negated cancel is not a cancel
        ("Kurir tidak ditemukan", S.EXCEPTION),
        ("陸・海上切替え", S.IN_TRANSIT),
        ("Kurir sedang dalam perjalanan mengantarkan paket", S.OUT_FOR_DELIVERY),
        ("Kurir gagal mengantarkan paket", S.FAILED_ATTEMPT),
        ("Paket telah diterima oleh kurir", S.ACCEPTED),
        ("Paket telah diterima oleh Budi", S.DELIVERED),  # a person, not the courier
        ("Paket diberangkatkan ke kota tujuan", S.IN_TRANSIT),
        ("Pesanan sedang disiapkan oleh penjual", S.INFO_RECEIVED),
        ("Giao hàng chậm do thời tiết", S.DELAYED),
        ("Hàng đã đến bưu cục, vui lòng đến nhận", S.AVAILABLE_FOR_PICKUP),
        ("商家已发货，等待揽收", S.INFO_RECEIVED),
        ("商家已发货", S.ACCEPTED),  # unchanged without the wait for collection
        ("快件已退回，正在返回寄件人途中", S.RETURNING),  # on its way back
        ("快件已退回", S.RETURNED),
        ("Заказ ожидает вас в пункте выдачи", S.AVAILABLE_FOR_PICKUP),
        ("Курьер не смог связаться с получателем", S.FAILED_ATTEMPT),
        ("Данные о заказе получены", S.INFO_RECEIVED),
        ("Pengirim telah membuat pesanan", S.INFO_RECEIVED),
        ("고객님의 상품을 배송할 예정입니다", S.OUT_FOR_DELIVERY),
        ("お届けが完了しました", S.DELIVERED),
        ("本日お届け予定です", S.OUT_FOR_DELIVERY),
        ("営業所で保管しています", S.AVAILABLE_FOR_PICKUP),
        ("พัสดุของคุณถูกส่งมอบให้กับผู้รับแล้ว", S.DELIVERED),
        ("พัสดุกำลังส่งมอบให้ผู้รับ", None),  # being handed over, not yet delivered
        ("พัสดุถูกส่งไปยังศูนย์กระจายสินค้า", S.IN_TRANSIT),
        ("พัสดุถูกตีกลับสู่ศูนย์กระจายสินค้า", S.RETURNING),
        ("ไม่มีเลขบ้านตามจ่าหน้า", S.ADDRESS_ISSUE),
    ],
)
def test_asian_and_russian_wording_of_session_10(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 10 (branch s10-textsen): general wording behind the training sources' misses.
        ("Departed from export office", S.DEPARTED_ORIGIN),  # UPU EMS
        ("Departed from China", S.DEPARTED_ORIGIN),
        ("Package departed UK", S.DEPARTED_ORIGIN),
        ("Departed from the UK facility", S.IN_TRANSIT),  # a facility, not the country
        ("Departed from China Post sorting center", S.IN_TRANSIT),  # the post, not the country
        ("Arrived at destination import office", S.ARRIVED_DESTINATION),
        ("Released from import customs", S.CUSTOMS_CLEARED),
        ("Out of Customs", S.CUSTOMS_CLEARED),
        ("Pick-up successful", S.ACCEPTED),
        ("Pick-up not successful", S.EXCEPTION),  # a failed pickup from the sender
        ("Posting at PACKSTATION", S.ACCEPTED),
        ("Shipment information uploaded to the carrier", S.INFO_RECEIVED),
        ("Shipment pre-alerted", S.INFO_RECEIVED),
        ("Shipment pre-alerted by PostNL and sorted at IMEC.", S.IN_TRANSIT),  # a later step
        ("Shipment Received, Package Acceptance Pending", S.INFO_RECEIVED),
        ("Handled by local carrier", S.HANDED_OVER),
        ("Shipment arriving early", S.IN_TRANSIT),
        ("Destination parcel center", S.IN_TRANSIT),
        ("Parcel is loaded for delivery", S.OUT_FOR_DELIVERY),
        ("Enlèvement prévu ce jour", S.INFO_RECEIVED),  # a pickup planned, not made
        ("On the way to deliver", S.OUT_FOR_DELIVERY),
        ("On the way to pickup", S.INFO_RECEIVED),  # a courier on the way to the sender
        ("Submitted for delivery", S.OUT_FOR_DELIVERY),
        ("Undelivered - Moved", S.ADDRESS_ISSUE),
        ("Undelivered - Not Willing To Accept", S.REFUSED),
        ("Refusal of payment customs charges", S.REFUSED),
        ("Transferred to International Shipping", S.HANDED_OVER),
        ("The item left Hong Kong for its destination on 29-Jul-2014", S.DEPARTED_ORIGIN),
        ("The item left the sorting centre for its destination", S.IN_TRANSIT),  # a facility
        ("Left acceptance point", S.IN_TRANSIT),
        ("Shipment received at destination warehouse", S.IN_TRANSIT),
        ("Outbound from KBR station", S.IN_TRANSIT),
        ("The package has been signed.", S.DELIVERED),
        ("The receiver has picked up their package.", S.DELIVERED),
        ("Package data processed by brokerage. Waiting for clearance.", S.CUSTOMS_STARTED),
        ("Released by Clearing Agency. Now in-transit for delivery.", S.CUSTOMS_CLEARED),
        ("Order has been packed and is ready for the carrier to pick up.", S.INFO_RECEIVED),
        ("USPS® Expected Delivery by Friday arriving by 9:00pm", S.IN_TRANSIT),
        ("Das Paket wird voraussichtlich im Laufe des Tages zugestellt.", S.OUT_FOR_DELIVERY),
        ("Ihre Sendung liegt im Briefkasten", S.DELIVERED),
        ("Erfolgreiche Haustürzustellung", S.DELIVERED),
        ("Wir stellen Ihre Sendung in 1 - 2 Werktagen zu.", S.IN_TRANSIT),
        ("Empfänger hat Urlaub", S.FAILED_ATTEMPT),
        ("An einen falschen Standort weitergeleitet.", S.DELAYED),
        ("Ankunft in der DHL Zustellstation in Berlin", S.IN_TRANSIT),
        ("The shipment was not accepted when delivery was attempted", S.REFUSED),
        ("Your item has been printed and is ready to be sent", S.INFO_RECEIVED),
        ("The package is being held at the selected UPS location", S.AVAILABLE_FOR_PICKUP),
        ("HELD IN FACILITY - AWAITING INSTRUCTIONS", S.EXCEPTION),
        ("PICKUP HAS BEEN REGISTERED", S.INFO_RECEIVED),
        # The session-9 review's leftovers.
        ("Your parcel has not been collected yet", S.AVAILABLE_FOR_PICKUP),  # a reminder
        ("The item has not been collected from the post office", S.AVAILABLE_FOR_PICKUP),
        ("Not collected within 7 days", S.RETURNING),
        ("Your parcel has not been collected and will be returned to the sender", S.RETURNING),
        ("Die Sendung wird 7 Tage in der Filiale aufbewahrt", S.AVAILABLE_FOR_PICKUP),
        (
            "Die Sendung wird im Depot aufbewahrt und zu einem späteren Zeitpunkt zugestellt",
            S.DELAYED,
        ),
        ("Δεν ήταν δυνατή η παράδοση", S.FAILED_ATTEMPT),  # negation four words back
        ("Η αποστολή δεν παραδόθηκε", S.FAILED_ATTEMPT),
        ("Μη επιτυχής παράδοση", S.FAILED_ATTEMPT),
    ],
)
def test_wording_written_in_session_10(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English (branch s11-textsen): Canada Post, Purolator, FedEx, USPS, Delhivery, DPD Ireland.
        ("In FedEx possession", S.ACCEPTED),
        ("International item mailed in origin country", S.ACCEPTED),
        ("Received by Purolator for processing at", S.ACCEPTED),
        ("Label information electronically submitted", S.INFO_RECEIVED),
        ("Manifest uploaded", S.INFO_RECEIVED),
        ("Arrived at USPS Origin Facility", S.IN_TRANSIT),
        ("Accepted at USPS Origin Facility", S.ACCEPTED),
        ("Shipment Received at Facility", S.IN_TRANSIT),
        ("Shipment received at origin facility", S.ACCEPTED),
        ("Added to Bag", S.IN_TRANSIT),
        ("International Item being prepared for export", S.IN_TRANSIT),
        ("Item has been received at the delivery office in the destination country", S.IN_TRANSIT),
        ("Item has arrived in the destination country", S.ARRIVED_DESTINATION),
        ("International item has arrived in a foreign country", S.ARRIVED_DESTINATION),
        ("Item transferred to partner", S.HANDED_OVER),
        ("On vehicle for delivery", S.OUT_FOR_DELIVERY),
        ("Your parcel is on a van and due for delivery", S.OUT_FOR_DELIVERY),
        ("Parcel will be delivered to you today by courier", S.OUT_FOR_DELIVERY),
        ("Held at FedEx location for recipient pickup", S.AVAILABLE_FOR_PICKUP),
        ("Delivered to automated parcel locker", S.AVAILABLE_FOR_PICKUP),
        ("Package removed from Locker", S.DELIVERED),
        ("Item is at recipient's side door", S.DELIVERED),
        ("Item is in your community mailbox, parcel locker or apt./condo mailbox", S.DELIVERED),
        ("Item received at recipient's address", S.DELIVERED),
        ("Item on hold at recipient's request", S.DELAYED),
        ("Item on hold", S.EXCEPTION),
        ("Verifying recipient's address; Possible delay", S.ADDRESS_ISSUE),
        ("Notice card left indicating where and when to pick up item", S.FAILED_ATTEMPT),
        ("Business temporarily closed; item on hold", S.FAILED_ATTEMPT),
        ("Unable to deliver to locker; Post office pickup details to follow", S.EXCEPTION),
        ("Item has been returned and is enroute to the Sender", S.RETURNING),
        ("Enroute to Origin Airport", S.IN_TRANSIT),  # the origin is no sender
        (
            "You have a package to pick up at the Apartment Building Name Hub - ######",
            S.AVAILABLE_FOR_PICKUP,
        ),
        # German (DHL's e-mail notices).
        ("Ihr Amazon Paket kommt bald. Wann und wo möchten Sie es empfangen?", S.IN_TRANSIT),
        ("Ihr Amazon Paket kommt heute. Jetzt Ablageort buchen", S.OUT_FOR_DELIVERY),
        # French (Canada Post).
        ("Article retourné à l'expéditeur", S.RETURNING),
        (
            "Article international retourné à l'expéditeur. Affranchissement insuffisant.",
            S.RETURNING,
        ),
        ("L'article renvoyé à l'expéditeur est sorti pour livraison.", S.RETURNING),
        ("L'article a été renvoyé avec succès à l'expéditeur.", S.RETURNED),
        ("Retourné à l'expéditeur", S.RETURNED),  # La Poste's bare past participle stays
        ("Période d'attente a expiré; Article a été éliminé", S.LOST),
        ("Article international remis par les Douanes à PostesCanada", S.CUSTOMS_CLEARED),
        ("Article retenu aux Douanes", S.CUSTOMS_HELD),
        ("Erreur d'adressage du client; tentative de correction. Délai possible", S.ADDRESS_ISSUE),
        (
            "Envoyé au Centre d'envoi non distribuable; SVP contactez Service à la clientèle",
            S.EXCEPTION,
        ),
        ("Article retenu", S.EXCEPTION),
        (
            "Un avis a été laissé pour indiquer où et quand l'article peut être ramassé",
            S.FAILED_ATTEMPT,
        ),
        ("Article retenu à la demande du destinataire", S.DELAYED),
        ("Envoi disponible pour le ramassage", S.AVAILABLE_FOR_PICKUP),
        (
            "Carte Avis final; renvoi à l'exp. si on ne le ramasse pas dans les dix jours",
            S.AVAILABLE_FOR_PICKUP,
        ),
        ("Envoi ramassé par Postes Canada", S.ACCEPTED),
        ("Article accepté au bureau de poste", S.ACCEPTED),
        ("Les renseignements électroniques ont été soumis par l'expéditeur", S.INFO_RECEIVED),
        ("Article sorti pour livraison", S.OUT_FOR_DELIVERY),
        ("Article transféré au partenaire", S.HANDED_OVER),
        ("Article du régime international arrivé au pays étranger", S.ARRIVED_DESTINATION),
        (
            "Article du régime internat. sorti du pays d'origine et en route pour le Canada",
            S.DEPARTED_ORIGIN,
        ),
        ("Article traité à l'installation postale", S.IN_TRANSIT),
        ("Article reçu au bureau de livraison du pays de destination", S.IN_TRANSIT),
        ("Votre colis est livré", S.DELIVERED),
        # Session 11 (branch s11-textstr): general wording behind the training sources' misses
        # (PTT's status table, Geliver, a marketplace's AnterAja lines, Vietpost).
        ("Aile bireyine teslim", S.DELIVERED),
        ("Kargo kurye tarafından teslim alındı", S.ACCEPTED),  # the carrier took it over
        ("Kargo alıcısı tarafından teslim alındı", S.DELIVERED),  # the recipient did
        ("Gönderi PTT işyerinde bekliyor", S.AVAILABLE_FOR_PICKUP),
        ("PTT işyerine teslim edildi", S.AVAILABLE_FOR_PICKUP),  # the counter, not the buyer
        ("Haber kağıdı bırakıldı", S.FAILED_ATTEMPT),
        ("Alıcı geçici olarak adresten ayrılmış", S.FAILED_ATTEMPT),
        ("Alıcı adresten ayrılmış", S.ADDRESS_ISSUE),  # moved away for good
        ("Gönderi imha edildi", S.LOST),
        ("İmha - bekleme süresi bitti", S.LOST),  # destroyed beats the return it follows
        ("Bekleme süresi doldu", S.RETURNING),
        ("Gönderi gümrükte tutuluyor", S.CUSTOMS_HELD),
        ("Gönderi gümrükte bekletiliyor", S.CUSTOMS_HELD),
        ("Gümrükten çıktı", S.CUSTOMS_CLEARED),
        ("Yurtdışına sevk edildi", S.DEPARTED_ORIGIN),
        ("Torbadan çıkarıldı", S.IN_TRANSIT),
        ("İrsaliye düzenlendi", S.INFO_RECEIVED),
        ("Gönderi araştırılıyor", S.EXCEPTION),
        ("Kurir sudah ditugaskan dan paket akan segera diantar ke penerima", S.OUT_FOR_DELIVERY),
        ("Kurir sudah ditugaskan untuk penjemputan", S.INFO_RECEIVED),  # a pickup, not delivery
        ("Paket sudah di-pickup oleh kurir", S.ACCEPTED),
        ("Kurir dalam perjalanan untuk mengambil paket dari pengirim", S.INFO_RECEIVED),
        ("Đang v/c đến kho đích", S.IN_TRANSIT),
        # Second round (GHN's statuses and reasons, Biteship's notes).
        ("Lấy hàng không thành công: người gửi hẹn lại", S.EXCEPTION),  # a failed pickup
        ("Giao hàng không thành công: sai thông tin người nhận", S.ADDRESS_ISSUE),
        ("Người nhận từ chối nhận do hàng bị hư hỏng", S.REFUSED),  # above the damage named
        ("Hàng bị bể vỡ khi vận chuyển", S.DAMAGED),
        ("Đang trung chuyển hàng hoàn", S.RETURNING),
        ("Đơn hàng hoàn thành", None),  # "completed", not "returned goods"
        ("Hoàn hàng thành công", S.RETURNED),
        ("Hoàn hàng không thành công", S.EXCEPTION),
        ("Đơn huỷ", S.CANCELLED),
        ("Courier has been assigned and is on the way to pick up the parcel", S.INFO_RECEIVED),
        ("Parcel picked and ready to be shipped", S.ACCEPTED),
        ("Parcel is on the way to the recipient", S.OUT_FOR_DELIVERY),
        ("Final delivery", S.DELIVERED),
        ("Out for final delivery", S.OUT_FOR_DELIVERY),  # only the bare event is the delivery
    ],
)
def test_wording_written_in_session_11(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 12 (branch s12-textsa): SEUR's Atlas codes (es), Furgonetka's statuses (pl), a
        # GOFO Express answer and Infor LN's statuses (it), with neighbours that must not move.
        ("NO TIENE PREPARADO EL CAMBIO", S.FAILED_ATTEMPT),
        ("ROTURA. CERTIFICAR DESTRUCCIÓN", S.DAMAGED),
        ("Anulado mercancía desechada", S.LOST),  # disposed of, above the cancellation
        ("Envío anulado", S.CANCELLED),
        ("ABANDONADA INTERNACIONAL", S.EXCEPTION),
        ("Obserwujemy problem z nadaniem", S.EXCEPTION),
        ("Zlecono ponownie nadanie przesyłki", S.INFO_RECEIVED),
        ("Przesyłka nadana", S.ACCEPTED),
        ("Magazzino destinatario chiuso", S.FAILED_ATTEMPT),
        ("Strada chiusa", S.DELAYED),
        ("Registrato presso il centro di trasferimento", S.IN_TRANSIT),
        # Second round: InPost Italy's statuses, Jadlog, Allegro and InPost (pl), a J&T trace
        ("Pacco creato.", S.INFO_RECEIVED),
        ("Consegnato per la consegna.", S.OUT_FOR_DELIVERY),  # handed over, above "consegnato"
        ("Consegnato.", S.DELIVERED),
        ("Il termine per il ritiro è scaduto.", S.RETURNING),
        ("Tempo per il ritiro", S.AVAILABLE_FOR_PICKUP),
        ("Pacco in deposito pronto per essere restituito al mittente.", S.RETURNING),
        ("Pacco restituito al mittente", S.RETURNED),
        ("Pacco trasferito per trasporto all'estero.", S.IN_TRANSIT),
        ("Destinatario trasferito", S.ADDRESS_ISSUE),
        ("Pacco fuori misura.", S.EXCEPTION),
        ("Seu produto está a caminho do seu endereço.", S.OUT_FOR_DELIVERY),
        ("EM ROTA", S.OUT_FOR_DELIVERY),
        ("Objeto em rota", S.IN_TRANSIT),  # only the bare status word is the delivery round
        ("EMISSAO", S.ACCEPTED),
        ("Sua encomenda deu entrada em uma unidade Jadlog.", S.IN_TRANSIT),
        ("Objeto devolvido aos Correios", S.IN_TRANSIT),
        ("Objeto devolvido ao remetente", S.RETURNED),
        ("przesyłka została przygotowana przez nadawcę, oczekuje na nadanie", S.INFO_RECEIVED),
        ("Wysłana z Oddziału", S.IN_TRANSIT),
        ("TELAH DIAMBIL: DROP POINT [JAKARTA] (DIPROSES OLEH: ***)", S.ACCEPTED),
        # Not J&T's acceptance prefix: taken by the recipient (delivered since s12-vocaba).
        ("Paket telah diambil oleh penerima", S.DELIVERED),
    ],
)
def test_carrier_wording_session_12(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 12 (branch s12-textsb): general wording behind the training sources' misses,
        # written here (not carrier texts), one or more per rule.
        ("Lähetys on noudettu lähettäjältä tänään", S.ACCEPTED),
        ("Lähetys on lastattu jakelukuljetukseen", S.OUT_FOR_DELIVERY),
        ("Lähetys on lastattu runkokuljetukseen", S.IN_TRANSIT),
        ("Lähetys on lähdössä ulkomaille", S.DEPARTED_ORIGIN),
        ("We notified the consignee of the arrival", S.AVAILABLE_FOR_PICKUP),
        ("Pre-information has been received", S.INFO_RECEIVED),
        ("Your order was created", S.INFO_RECEIVED),
        ("The parcel is about to be delivered by the driver", S.OUT_FOR_DELIVERY),
        ("Handed to co-loader", S.HANDED_OVER),
        ("Left the shipper's warehouse", S.ACCEPTED),
        ("Parcel received at the sorting center", S.IN_TRANSIT),
        ("Aircraft departed", S.DEPARTED_ORIGIN),
        ("Aircraft arrived", S.ARRIVED_DESTINATION),
        ("Completion of delivery", S.DELIVERED),
        ("배송사 인수", S.ACCEPTED),
        ("현지 배송사 인수", S.HANDED_OVER),
        ("점포 도착", S.AVAILABLE_FOR_PICKUP),
        ("고객 전달 완료", S.DELIVERED),
        ("コンビニに引き渡しました", S.AVAILABLE_FOR_PICKUP),
        ("包裹已退还给寄件人", S.RETURNED),
        ("包裹未送达", S.FAILED_ATTEMPT),
        ("暂无跟踪信息", S.PENDING),
        ("包裹已通过海关", S.CUSTOMS_CLEARED),
        ("Посылка покинула таможню", S.CUSTOMS_CLEARED),
        ("Выдана для доставки", S.OUT_FOR_DELIVERY),
        ("Colis arrivé au point de passage", S.IN_TRANSIT),
        ("Colis exporté du pays d'origine", S.DEPARTED_ORIGIN),
        ("Vi har fått en beställning", S.INFO_RECEIVED),
        ("Keine Zustellung wegen Beschädigung", S.DAMAGED),
        ("Ein Zugangscode ist erforderlich", S.FAILED_ATTEMPT),
        ("Processing", S.IN_TRANSIT),
        ("Processing Exception, Other Delay", S.DELAYED),  # a bare "Processing" only
        ("Die Einlieferung der Sendung wurde angekündigt", S.INFO_RECEIVED),
        ("Der Empfänger konnte nicht erreicht werden", S.FAILED_ATTEMPT),
        ("Die Sendung ist im internationalen Logistikzentrum eingegangen", S.ARRIVED_DESTINATION),
        ("Die Sendung wurde an das zuständige Zollamt übergeben", S.CUSTOMS_HELD),
        ("Die Sendung wurde durch den Zoll freigegeben", S.CUSTOMS_CLEARED),
        ("Die Sendung wurde durch den Zoll im Ursprungsland freigegeben", S.IN_TRANSIT),
        ("Shipment cleared customs in the country of origin", S.IN_TRANSIT),
        ("Delivery failed: address related issue", S.ADDRESS_ISSUE),
        ("Successful pick-up by the consignee", S.DELIVERED),
        ("Return parcel received by the sender", S.RETURNED),
        ("Import details missing", S.CUSTOMS_HELD),
        ("Kargo gönderime hazır", S.INFO_RECEIVED),
        ("لم يتم استلام الطرد بعد", S.INFO_RECEIVED),
        ("تم استلام الطرد من المتجر", S.ACCEPTED),
        ("الطرد جاهز للاستلام", S.AVAILABLE_FOR_PICKUP),
        ("Посилка поступила на поштомат", S.AVAILABLE_FOR_PICKUP),
        ("Видано кур'єру", S.OUT_FOR_DELIVERY),
        ("包裹已在仓库签收", S.IN_TRANSIT),
        ("包裹尚未从商家处收取", S.INFO_RECEIVED),
        ("应客户要求,配送暂停", S.DELAYED),
        ("应客户要求,快件正在转寄中", S.IN_TRANSIT),  # a request alone is no delay
        ("Parcel received for onward delivery", S.IN_TRANSIT),
        ("Delivery rescheduled for a new delivery attempt", S.DELAYED),
        ("Recipient is unreachable", S.FAILED_ATTEMPT),
        ("Parcel placed in the postomat", S.AVAILABLE_FOR_PICKUP),
    ],
)
def test_wording_written_in_session_12_sb(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 12 (branch s12-vocaba): general wording any carrier of the language uses (the
        # phrases of event_texts.tsv), with neighbours that must not move.
        ("Guía generada, pendiente de recolección", S.INFO_RECEIVED),
        ("Pendiente de admisión", S.INFO_RECEIVED),  # above "admisión" (accepted)
        ("Pendiente de recogida por el transportista", S.INFO_RECEIVED),
        ("Entregado al transportista", S.ACCEPTED),  # the shop handed it in, not delivered
        ("Entregado a la empresa de transporte local", S.HANDED_OVER),
        ("Paquete recogido por el destinatario", S.DELIVERED),
        ("El transportista ha recogido el envío", S.ACCEPTED),
        ("Llegó a México", S.ARRIVED_DESTINATION),
        ("Tu pedido ha sido enviado", S.IN_TRANSIT),
        ("Aviso enviado", None),
        ("Tu paquete está en camino a tu domicilio", S.OUT_FOR_DELIVERY),
        ("En camino a la oficina de destino", S.IN_TRANSIT),
        ("Asignado a repartidor", S.OUT_FOR_DELIVERY),
        ("Tu envío llegará mañana", None),
        ("Dejado en el buzón", S.DELIVERED),
        ("Dejado aviso en buzón", S.FAILED_ATTEMPT),
        ("No se ha dejado aviso", None),
        ("No hay nadie en el domicilio", S.FAILED_ATTEMPT),
        ("El repartidor no pudo realizar la entrega", S.FAILED_ATTEMPT),
        ("No se pudo entregar, dirección incorrecta", S.ADDRESS_ISSUE),
        ("Código postal incorrecto", S.ADDRESS_ISSUE),
        ("A disposición del destinatario en oficina", S.AVAILABLE_FOR_PICKUP),
        ("Inspección aduanera", S.CUSTOMS_STARTED),
        ("Documentación requerida por la aduana", S.CUSTOMS_HELD),
        ("Retornando al remitente", S.RETURNING),
        ("Domicilio no localizado", S.ADDRESS_ISSUE),  # above "no localizado" (lost)
        ("Paquete no localizado", S.LOST),
        ("Novedad: cliente ausente", S.FAILED_ATTEMPT),
        ("Sin novedad", None),
        ("Llegó a la instalación de DHL en MADRID", S.IN_TRANSIT),
        ("En vehículo de FedEx para la entrega", S.OUT_FOR_DELIVERY),
        ("Pedido procesado: listo para UPS", S.INFO_RECEIVED),
        ("Hemos intentado entregar tu paquete", S.FAILED_ATTEMPT),
        ("Hemos intentado recoger tu envío", None),  # a pickup from the sender, not a delivery
        ("Tu envío ha sido recogido", S.ACCEPTED),
        ("Tu envío ha sido recogido por el destinatario", S.DELIVERED),
        ("Tu envío ha sido devuelto", S.RETURNED),
        ("Tu envío ha sido devuelto a la delegación", None),
        ("El remitente ha entregado el envío en la oficina", S.ACCEPTED),  # not delivered
        ("Tu envío ha superado la aduana", S.CUSTOMS_CLEARED),
        ("Expedición devuelta", S.RETURNED),
        ("Ausencia del destinatario", S.FAILED_ATTEMPT),
        ("Envío sin daños", None),
        ("Avería", S.DAMAGED),
        ("Se entregó", S.DELIVERED),
        ("No se entregó", S.FAILED_ATTEMPT),
        ("Se entregó al remitente", S.RETURNED),
        ("Llegó al CEDIS", S.IN_TRANSIT),
        ("En ruta de reparto", S.OUT_FOR_DELIVERY),
        ("Tentativa de entrega realizada", S.FAILED_ATTEMPT),  # not es "entrega realizada"
        ("Coleta agendada", S.INFO_RECEIVED),
        ("Pré-postado", S.INFO_RECEIVED),  # above "postado" (accepted)
        ("Coleta agendada cancelada", S.CANCELLED),
        ("Entregue à transportadora", S.ACCEPTED),
        ("Entregue à transportadora parceira", S.HANDED_OVER),
        ("Objeto entregue ao destinatário", S.DELIVERED),
        ("Recolhido", S.ACCEPTED),
        ("Objeto recolhido pelo cliente", S.DELIVERED),
        ("Levantado pelo destinatário", S.DELIVERED),
        ("Encomenda entregue no cacifo", S.AVAILABLE_FOR_PICKUP),
        ("Chegou a Portugal", S.ARRIVED_DESTINATION),
        ("Objeto em triagem", S.IN_TRANSIT),
        ("Objeto não foi enviado", None),
        ("O estafeta está a caminho", S.OUT_FOR_DELIVERY),
        ("Seu pedido não chega hoje", None),
        ("Não foi possível entregar, morada fechada", S.FAILED_ATTEMPT),
        ("Não levantado no prazo", S.RETURNING),
        ("Retido na aduana", S.CUSTOMS_HELD),  # Portuguese, not es "aduana" (started)
        ("Desalfandegamento concluído", S.CUSTOMS_CLEARED),
        ("Roubo de carga", S.LOST),
        ("Tentativa de roubo frustrada", None),
        ("Objeto em correção de rota", S.DELAYED),  # not the Spanish "rota" (broken)
        ("Não havia ninguém para receber a encomenda", S.FAILED_ATTEMPT),
        ("Recebida e processada no CD", S.IN_TRANSIT),
        ("Seu pedido sairá para entrega hoje", S.OUT_FOR_DELIVERY),
        ("Objeto não sairá para entrega hoje", None),
        ("Em rota para o centro", S.IN_TRANSIT),  # not the Spanish "rota" (broken)
        ("Caja rota", S.DAMAGED),
        ("Recebemos seu pacote", S.ACCEPTED),
        ("Não recebemos seu pacote", None),
        ("Recebemos as informações do seu envio", S.INFO_RECEIVED),
        ("Seu pacote será entregue hoje", S.OUT_FOR_DELIVERY),
        ("Não conseguimos entregar seu pacote", S.FAILED_ATTEMPT),
        ("Estamos devolvendo seu pacote ao vendedor", S.RETURNING),
        ("Zamówiono kuriera", S.INFO_RECEIVED),
        ("Przesyłka zgłoszona do nadania", S.INFO_RECEIVED),  # not yet handed in
        ("Kurier odebrał paczkę od nadawcy", S.ACCEPTED),
        ("Paczka odebrana przez odbiorcę w punkcie", S.DELIVERED),
        ("Przesyłka została wysłana", S.IN_TRANSIT),
        ("Przesyłka zostanie wysłana", None),
        ("Doręczenie dziś", S.OUT_FOR_DELIVERY),  # above the bare "doręczenie" (delivered)
        ("Wyjechała z oddziału w doręczenie", S.OUT_FOR_DELIVERY),
        ("Doręczenie przesyłki", S.DELIVERED),
        ("Doręczenie przełożone", S.DELAYED),
        ("Przesyłka wydana w placówce", S.DELIVERED),
        ("Przesyłka dostępna do odbioru", S.AVAILABLE_FOR_PICKUP),
        ("Oczekuje w punkcie nadania", None),  # the sender's point, not a pickup
        ("Przesyłka niedoręczona", S.FAILED_ATTEMPT),
        ("Nieprawidłowy kod pocztowy", S.ADDRESS_ISSUE),
        ("Przesyłka nieprzyjęta przez adresata", S.REFUSED),
        ("Termin odbioru minął", S.RETURNING),
        ("Przesyłka zaginęła", S.LOST),
        ("Przesyłka w odprawie celnej", S.CUSTOMS_STARTED),
        ("Wymagane dokumenty celne", S.CUSTOMS_HELD),
        ("Przesyłka oclona", S.CUSTOMS_CLEARED),
        ("Doręczenie nastąpi w kolejnym dniu roboczym", S.DELAYED),
        ("Doręczenie nastąpiło", S.DELIVERED),
        ("Paczka dotarła do Paczkomatu", S.AVAILABLE_FOR_PICKUP),
        ("Przesyłka została przygotowana do odbioru", None),
        ("Brak odbiorcy pod adresem", S.FAILED_ATTEMPT),
        ("Brak odbiorcy danych", None),
        ("Przesyłka zwolniona z cła", S.CUSTOMS_CLEARED),
        ("Odebrałeś paczkę", S.DELIVERED),
        ("Doręczenie paczki jest opóźnione", S.DELAYED),
        ("Doręczenie przesyłki jest planowane na jutro", S.IN_TRANSIT),
        ("Paczka jest przechowywana w oddziale do odbioru", S.AVAILABLE_FOR_PICKUP),
        ("Przesyłka przechowywana w magazynie", S.IN_TRANSIT),
        ("Paczka przeszła odprawę celną", S.CUSTOMS_CLEARED),
        ("Nadanie w Paczkomacie", S.ACCEPTED),  # handed in, above "w Paczkomacie" (pickup)
        ("Umieszczona w Paczkomacie", S.AVAILABLE_FOR_PICKUP),
        ("Rejestracja przesyłki", S.INFO_RECEIVED),
        ("Rejestracja przesyłki w urzędzie doręczenia", S.IN_TRANSIT),
        ("Błąd w adresie", S.ADDRESS_ISSUE),
        ("Data pesanan diterima", S.INFO_RECEIVED),  # above the "diterima" of delivered
        ("Menunggu kurir untuk mengambil paket", S.INFO_RECEIVED),
        ("Paket telah di-drop off di agen", S.ACCEPTED),
        ("Paket telah meninggalkan negara asal", S.DEPARTED_ORIGIN),
        ("Paket telah tiba di Indonesia", S.ARRIVED_DESTINATION),
        ("Pesanan sudah dikirim", S.IN_TRANSIT),
        ("Paket belum dikirim", None),
        ("Kurir sedang menuju ke alamat Anda", S.OUT_FOR_DELIVERY),
        # on the way to the seller, not the buyer: a collection to come (session 14)
        ("Kurir menuju lokasi penjual", S.INFO_RECEIVED),
        ("Paket akan diantar hari ini", S.OUT_FOR_DELIVERY),
        ("Paket telah sampai di alamat penerima", S.DELIVERED),
        ("Paket dititipkan ke tetangga", S.DELIVERED),
        ("Paket dititipkan di agen", S.AVAILABLE_FOR_PICKUP),
        ("Paket tidak berhasil diantar", S.FAILED_ATTEMPT),
        ("Paket tidak diterima oleh penerima", S.FAILED_ATTEMPT),
        ("Penerima pindah alamat", S.ADDRESS_ISSUE),
        ("Paket sudah kembali ke pengirim", S.RETURNED),
        ("Paket akan dikembalikan ke pengirim", S.RETURNING),
        ("Menunggu pembayaran bea masuk", S.CUSTOMS_HELD),
        ("Telah dirilis oleh bea cukai", S.CUSTOMS_CLEARED),
        ("Paket diterima dalam keadaan rusak", S.DAMAGED),
        ("Paket telah diterima oleh Drop Point", S.ACCEPTED),  # not delivered
        ("Menunggu paket dijemput kurir", S.INFO_RECEIVED),
        ("Menunggu paket diambil oleh kurir", S.INFO_RECEIVED),
        ("Menunggu paket diambil oleh penerima", S.AVAILABLE_FOR_PICKUP),
        ("Paket sudah diambil penerima", S.DELIVERED),
        ("Sedang dalam perjalanan untuk pengiriman", S.OUT_FOR_DELIVERY),
        ("Paket retur telah diterima oleh penjual", S.RETURNED),
        ("Paket sudah sampai di tangan penerima", S.DELIVERED),
        ("Paket belum sampai di tangan penerima", None),
        ("Kurir tidak dapat menemukan alamat", S.ADDRESS_ISSUE),
        ("Kurir tidak dapat menemukan penerima", S.FAILED_ATTEMPT),
        ("Paket sedang dalam pengiriman ke alamat tujuan", S.OUT_FOR_DELIVERY),
        ("Paket sedang di-delivery", S.OUT_FOR_DELIVERY),
        ("Paket berhasil di-delivery", S.DELIVERED),
        ("Paket gagal di-delivery", S.FAILED_ATTEMPT),
        ("Paket tidak berhasil di-delivery", S.FAILED_ATTEMPT),
        ("Paket menunggu di-pickup", S.INFO_RECEIVED),
        ("Spedizione in attesa di essere consegnata al corriere", S.INFO_RECEIVED),
        ("In attesa di essere consegnata al destinatario", None),
        ("Ritiro prenotato annullato", S.CANCELLED),
        ("Il corriere ha ritirato il pacco", S.ACCEPTED),
        ("Il corriere non ha ritirato il pacco", None),
        ("Partita dal paese d'origine", S.DEPARTED_ORIGIN),
        ("Arrivata alla filiale di destinazione", S.IN_TRANSIT),
        ("Consegna prevista in giornata", S.OUT_FOR_DELIVERY),
        ("Consegna prevista per domani", None),
        ("Lasciato nella cassetta postale", S.DELIVERED),  # not the French "cassé"
        ("Colis arrivé cassée", S.DAMAGED),
        ("Disponibile presso il punto di ritiro", S.AVAILABLE_FOR_PICKUP),
        ("Citofono non funzionante", S.FAILED_ATTEMPT),
        ("Suonare al citofono", None),
        ("Numero civico mancante", S.ADDRESS_ISSUE),
        ("Giacenza scaduta", S.RETURNING),  # above "giacenza" (pickup)
        ("Pacco perso", S.LOST),
        ("Trimitere depusa", S.ACCEPTED),
        ("Trimitere sosita la oficiul postal", S.AVAILABLE_FOR_PICKUP),
        ("Sosit in Romania", S.ARRIVED_DESTINATION),
        ("Coletul va fi livrat astazi", S.OUT_FOR_DELIVERY),
        ("Coletul a fost livrat astazi", S.DELIVERED),
        ("Coletul a fost ridicat din easybox", S.DELIVERED),
        ("Coletul poate fi ridicat din easybox", S.AVAILABLE_FOR_PICKUP),  # not collected yet
        ("Retur livrat", S.RETURNED),  # Romanian, not the Danish "retur"
        ("Vamuire finalizata", S.CUSTOMS_CLEARED),  # Romanian, not the Hungarian "vám"
        ("Predat expeditorului", S.RETURNED),
        ("Neridicat in termen", S.RETURNING),
        ("Nimeni acasa", S.FAILED_ATTEMPT),
        ("Cod postal gresit", S.ADDRESS_ISSUE),
        ("Predat catre curierul partener", S.HANDED_OVER),
        ("Zásilka zatím nebyla předána přepravci", S.INFO_RECEIVED),
        ("Zásilka byla předána přepravci", S.HANDED_OVER),
        ("Zásilka byla vyzvednuta kurýrem", S.ACCEPTED),  # from the sender, not delivered
        ("Zásilka byla vyzvednuta na výdejním místě", S.DELIVERED),
        ("Zásilka je na cestě na výdejní místo", S.IN_TRANSIT),
        ("Zásilka dorazila na výdejní místo", S.AVAILABLE_FOR_PICKUP),
        ("Zásilka odeslána do země určení", S.DEPARTED_ORIGIN),  # Czech, not Polish "odesłana"
        ("Zásilka je na cestě k příjemci", S.OUT_FOR_DELIVERY),
        ("Zásilka bude vrácena odesílateli", S.RETURNING),
        ("Vrácená zásilka doručena odesílateli", S.RETURNED),
        ("Zásilka čeká na proclení", S.CUSTOMS_STARTED),  # above "proclení" (cleared)
        ("Proclení dokončeno", S.CUSTOMS_CLEARED),
        ("Nevyzvednuto v úložní době", S.RETURNING),
        ("Chybné PSČ", S.ADDRESS_ISSUE),
        ("Feladásra előkészítve", S.INFO_RECEIVED),  # above "előkészítve" (in transit)
        ("Postán feladva", S.ACCEPTED),
        ("Nincs feladva", None),
        ("Megérkezett Magyarországra", S.ARRIVED_DESTINATION),
        ("A futár úton van a címzetthez", S.OUT_FOR_DELIVERY),
        ("A címzett átvette", S.DELIVERED),
        ("A címzett nem vette át", None),
        ("Feladónak kézbesítve", S.RETURNED),  # above "kézbesítve"
        ("Értesítő hátrahagyva", S.FAILED_ATTEMPT),
        ("Értesítő kézbesítve", S.FAILED_ATTEMPT),  # a notice, not the parcel
        ("Vámkezelés: dokumentumok hiányoznak", S.CUSTOMS_HELD),
        ("Vámkezelésre vár", S.CUSTOMS_STARTED),
        ("Őrzési idő lejárt", S.RETURNING),
        ("Abbiamo ricevuto il tuo pacco", S.ACCEPTED),
        ("Abbiamo ricevuto i dati della spedizione", S.INFO_RECEIVED),
        ("Il corriere consegnerà il tuo pacco oggi", S.OUT_FOR_DELIVERY),
        ("Am încercat să livrăm coletul", S.FAILED_ATTEMPT),
        ("Vaši zásilku dnes doručíme", S.OUT_FOR_DELIVERY),
        ("Nem sikerült kézbesíteni a csomagot", S.FAILED_ATTEMPT),
    ],
)
def test_general_vocabulary_session_12(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # Common neighbours of session 12's rules that must not read as what those rules say.
        ("您的快件预计12月8日送达", S.DELIVERED),  # a promised date
        ("送达失败", S.DELIVERED),
        ("即将送达", S.DELIVERED),
        ("包裹正在通过海关", S.CUSTOMS_CLEARED),  # still in customs
        ("今天将尝试配送", S.FAILED_ATTEMPT),  # an attempt announced
        ("Ready for pick-up by the recipient", S.DELIVERED),
        ("Rotura de stock", S.DAMAGED),  # out of stock
        ("Awaiting pick-up by the consignee", S.DELIVERED),
        ("Pick-up by the recipient failed", S.DELIVERED),
        ("고객 전달 예정", S.DELIVERED),  # planned
        ("당일배송 집화완료", S.IN_TRANSIT),  # same-day delivery, collected
        ("Information received by the sender", S.RETURNED),  # data, not the parcel
    ],
)
def test_session_12_rules_leave_their_neighbours(text: str, wrong: S) -> None:
    found = classify_rules(text)
    assert found is None or found.sub_status is not wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 12 (branch s12-vocabb): general wording of any carrier in the language,
        # written here (not carrier texts), with neighbours that must not move.
        ("您的订单已出库，等待快递揽收", S.INFO_RECEIVED),
        ("快递员正在赶来取件", S.INFO_RECEIVED),
        ("快递员已取件", S.ACCEPTED),
        ("已取件", S.DELIVERED),  # the recipient's collection, not the courier's
        ("取件码123456", S.AVAILABLE_FOR_PICKUP),
        ("快件已到达派件网点", S.IN_TRANSIT),
        ("快件已到达网点，正在派件", S.OUT_FOR_DELIVERY),
        ("包裹正在配送站分拣", S.IN_TRANSIT),
        ("邮件已到达寄达国", S.ARRIVED_DESTINATION),
        ("海关查验中", S.CUSTOMS_STARTED),
        ("海关查验扣留", S.CUSTOMS_HELD),
        ("需要收件人缴纳税费", S.CUSTOMS_HELD),
        ("已完成进口清关", S.CUSTOMS_CLEARED),
        ("出口清关完成", S.IN_TRANSIT),
        ("投递员已出班", S.OUT_FOR_DELIVERY),
        ("貨件配送中", S.OUT_FOR_DELIVERY),
        ("已到店，請至門市取貨", S.AVAILABLE_FOR_PICKUP),
        ("貨件已配達門市，待取貨", S.AVAILABLE_FOR_PICKUP),
        ("已配達", S.DELIVERED),
        ("配達失敗", S.FAILED_ATTEMPT),
        ("已从快递柜取件", S.DELIVERED),
        ("快件已退回，正在返回寄件人", S.RETURNING),
        ("退件已签收", S.RETURNED),
        ("问题件处理中", S.EXCEPTION),
        ("暫無物流資訊", S.PENDING),
        ("包裹长时间未更新物流信息", S.EXPIRED),
        ("包裹正从发件国运往目的国", S.IN_TRANSIT),
        ("已发往目的国", S.DEPARTED_ORIGIN),
        ("已签收，签收人凭取件码签收", S.DELIVERED),
        ("已放入快递柜,请凭取件码取件", S.AVAILABLE_FOR_PICKUP),
        ("联系收件人未果，改日派送", S.FAILED_ATTEMPT),
        ("快件异常，正在处理中", S.EXCEPTION),
        ("派件异常后签收", S.DELIVERED),
        ("等待收件人提供清关资料", S.CUSTOMS_HELD),
        ("已送货上门", S.DELIVERED),
        ("郵件已成功派遞", S.DELIVERED),
        ("未能成功派遞，已留下通知卡", S.FAILED_ATTEMPT),
        ("派遞中", S.OUT_FOR_DELIVERY),
        ("貨件已送達門市，請於7天內取件", S.AVAILABLE_FOR_PICKUP),
        ("貨件已送達收件人", S.DELIVERED),
        ("【北京】您的快件已由【丰巢智能柜】代收", S.AVAILABLE_FOR_PICKUP),
        ("您的包裹已由前台签收", S.DELIVERED),
        ("Étiquette créée, en attente de prise en charge", S.INFO_RECEIVED),
        ("Colis pris en charge par Chronopost", S.ACCEPTED),
        ("Colis arrivé à l'agence de livraison", S.IN_TRANSIT),
        ("Votre colis est arrivé dans votre Point Relais", S.AVAILABLE_FOR_PICKUP),
        ("Votre colis est arrivé par erreur sur un site de distribution", S.DELAYED),
        ("Colis exporté", S.DEPARTED_ORIGIN),
        ("Colis importé", S.ARRIVED_DESTINATION),
        ("Documents douaniers manquants", S.CUSTOMS_HELD),
        ("Le dédouanement est terminé", S.CUSTOMS_CLEARED),
        ("Colis en cours de dédouanement", S.CUSTOMS_STARTED),
        ("Le colis a été remis au livreur pour livraison", S.OUT_FOR_DELIVERY),
        ("Colis mis à disposition en point relais", S.AVAILABLE_FOR_PICKUP),
        ("Votre colis a été récupéré au point relais", S.DELIVERED),
        ("Colis remis", S.DELIVERED),
        ("Avisé pour retrait", S.FAILED_ATTEMPT),
        ("Le livreur n'a pas pu accéder à votre domicile", S.FAILED_ATTEMPT),
        ("Adresse introuvable", S.ADDRESS_ISSUE),
        ("Colis introuvable", S.LOST),
        ("Le colis est de retour chez l'expéditeur", S.RETURNED),
        ("Le colis est en chemin vers l'expéditeur", S.RETURNING),
        ("Votre colis est en chemin", S.IN_TRANSIT),
        ("Problème lors de l'acheminement", S.EXCEPTION),
        ("Colis détruit", S.LOST),
        ("Aucune mise à jour depuis longtemps", S.EXPIRED),
        ("Aucune information de suivi disponible", S.PENDING),
        (
            "Le colis vous attend au bureau de poste, muni de votre avis de passage",
            S.AVAILABLE_FOR_PICKUP,
        ),
        ("Avis de passage déposé", S.FAILED_ATTEMPT),
        ("Expiré", S.EXPIRED),
        ("Abgelaufen", S.EXPIRED),
        ("Expired", S.EXPIRED),
        ("Tracking expired soon", None),
        ("Ihr Paket wartet in der Packstation auf Sie", S.AVAILABLE_FOR_PICKUP),
        ("Die Sendung hat den Zoll passiert", S.CUSTOMS_CLEARED),
        ("Your parcel has passed customs", S.CUSTOMS_CLEARED),
        ("Our courier could not deliver your parcel", S.FAILED_ATTEMPT),
        ("Nous n'avons pas encore reçu votre colis", S.INFO_RECEIVED),
        ("Nous avons bien reçu votre colis", S.ACCEPTED),
        ("Nous ne trouvons pas votre adresse", S.ADDRESS_ISSUE),
        ("Wir haben Ihr Paket noch nicht erhalten", S.INFO_RECEIVED),
        ("Wir haben Ihr Paket erhalten", S.ACCEPTED),
        ("Leider konnten wir Ihr Paket nicht zustellen", S.FAILED_ATTEMPT),
        ("Ihr Paket ist auf dem Weg zu Ihnen", S.OUT_FOR_DELIVERY),
        ("We have not received your parcel yet", S.INFO_RECEIVED),
        ("Your parcel was posted through your letterbox", S.DELIVERED),
        ("Item posted by sender", S.ACCEPTED),
        ("We're sending your parcel back to the sender", S.RETURNING),
        ("We hebben je pakket ontvangen", S.ACCEPTED),
        ("We hebben je pakket nog niet ontvangen van de afzender", S.INFO_RECEIVED),
        ("Мы ещё не получили вашу посылку", S.INFO_RECEIVED),
        ("Мы получили вашу посылку", S.ACCEPTED),
        ("Kargonuzu teslim aldık", S.ACCEPTED),
        ("Alıcı kargoyu teslim aldı", S.DELIVERED),
        ("Chúng tôi chưa nhận được hàng từ người gửi", S.INFO_RECEIVED),
        ("고객님의 택배가 문 앞에 도착했습니다", S.DELIVERED),
        ("Unable to locate address", S.ADDRESS_ISSUE),
        ("Item could not be located", S.LOST),
        ("Return Completed", S.RETURNED),
        ("Return Initiated", S.RETURNING),
        ("Bag Manifested", S.IN_TRANSIT),
        ("POD Received", S.DELIVERED),
        ("Der Absender hat die Sendung angemeldet", S.INFO_RECEIVED),
        ("Die Sendung wurde noch nicht an uns übergeben", S.INFO_RECEIVED),
        ("Das Paket wurde dem Zusteller vom Absender übergeben", S.ACCEPTED),
        ("Die Sendung wurde an den Absender übergeben", S.RETURNED),
        ("Die Sendung wurde im Paketshop zugestellt", S.AVAILABLE_FOR_PICKUP),
        ("Die Sendung wurde zugestellt", S.DELIVERED),
        ("Die Sendung wurde an einen Nachbarn übergeben", S.DELIVERED),
        ("Der Empfänger war nicht zu Hause", S.FAILED_ATTEMPT),
        ("Name nicht am Briefkasten", S.ADDRESS_ISSUE),
        ("Die Sendung liegt beim Zoll", S.CUSTOMS_STARTED),
        ("Die Sendung wurde dem Zoll übergeben", S.CUSTOMS_STARTED),
        ("Die Sendung wurde verladen", S.IN_TRANSIT),
        ("Beim Verladen ist ein Fehler aufgetreten", S.EXCEPTION),
        ("Export der Sendung", S.DEPARTED_ORIGIN),
        ("Import der Sendung", S.ARRIVED_DESTINATION),
        ("Rücklauf an den Absender", S.RETURNING),
        ("Unregelmäßigkeit im Transport", S.EXCEPTION),
        ("Transportschaden", S.DAMAGED),
        ("Noch keine Sendungsdaten vorhanden", S.PENDING),
        ("Order processed, ready for pickup by courier", S.INFO_RECEIVED),
        ("Ready for pickup at UPS Access Point", S.AVAILABLE_FOR_PICKUP),
        ("Shipment received at transit hub", S.IN_TRANSIT),
        ("Shipment received", S.ACCEPTED),
        ("Dispatched from the origin country", S.DEPARTED_ORIGIN),
        ("Your item has arrived in the UK", S.ARRIVED_DESTINATION),
        ("Your parcel has been handed over to our delivery partner", S.HANDED_OVER),
        ("Customs requires additional information", S.CUSTOMS_HELD),
        ("Your parcel is with the driver", S.OUT_FOR_DELIVERY),
        ("Missing apartment number", S.ADDRESS_ISSUE),
        ("No updates for 30 days", S.EXPIRED),
        ("Shipment manifested", S.INFO_RECEIVED),
        ("MANIFESTED FOR OUTBOUND TRANSPORTATION", S.IN_TRANSIT),
        ("Assigned to rider for delivery", S.OUT_FOR_DELIVERY),
        ("Customer not reachable", S.FAILED_ATTEMPT),
        ("Out of delivery area", S.ADDRESS_ISSUE),
        ("RTO initiated", S.RETURNING),
        ("RTO delivered", S.RETURNED),
        ("Returned to origin hub, in transit to shipper", S.RETURNING),
        ("Pakket is nog niet bij ons aangekomen", S.INFO_RECEIVED),
        ("De zending is door de afzender afgeleverd", S.ACCEPTED),
        ("Zending is afgeleverd", S.DELIVERED),
        ("Pakket is overgedragen aan de bezorgpartner in het land van bestemming", S.HANDED_OVER),
        ("Zending is aangekomen in het land van bestemming", S.ARRIVED_DESTINATION),
        ("Douaneafhandeling voltooid", S.CUSTOMS_CLEARED),
        ("Douane heeft aanvullende documenten nodig", S.CUSTOMS_HELD),
        ("Pakket is terug bij de verzender", S.RETURNED),
        ("Zending wordt onderzocht", S.EXCEPTION),
        ("Đang chờ shipper đến lấy hàng", S.INFO_RECEIVED),
        ("Bưu cục đã nhận hàng", S.ACCEPTED),
        ("Người nhận đã nhận hàng", S.DELIVERED),
        ("Đang thông quan", S.CUSTOMS_STARTED),
        ("Đã thông quan", S.CUSTOMS_CLEARED),
        ("Hàng bị giữ tại hải quan", S.CUSTOMS_HELD),
        ("Chưa có thông tin vận chuyển", S.PENDING),
        ("Đã bàn giao cho đối tác vận chuyển", S.HANDED_OVER),
        ("Gönderi henüz kargoya teslim edilmedi", S.INFO_RECEIVED),
        ("Teslim edilemedi", S.FAILED_ATTEMPT),
        ("Alıcı kargoyu şubeden teslim aldı", S.DELIVERED),
        ("Gönderi yerel dağıtım şirketine teslim edildi", S.HANDED_OVER),
        ("Kargo alıcıya teslim edildi", S.DELIVERED),
        ("Gümrükten serbest bırakıldı", S.CUSTOMS_CLEARED),
        ("İade göndericiye ulaştı", S.RETURNED),
        ("집하 예정", S.INFO_RECEIVED),
        ("집하 완료", S.ACCEPTED),
        ("사고 접수", S.EXCEPTION),
        ("상품을 인수하였습니다", S.ACCEPTED),
        ("인수 완료", S.DELIVERED),
        ("편의점 도착", S.AVAILABLE_FOR_PICKUP),
        ("택배함 보관 후 수령 완료", S.DELIVERED),
        ("국내 택배사 인계", S.HANDED_OVER),
        ("세관 검사 보류", S.CUSTOMS_HELD),
        ("集荷依頼を受け付けました", S.INFO_RECEIVED),
        ("荷物を集荷しました", S.ACCEPTED),
        ("営業所でお預かりしています", S.AVAILABLE_FOR_PICKUP),
        ("お荷物をお預かりしました", S.ACCEPTED),
        ("ご依頼主様へお届け済み", S.RETURNED),
        ("お届け済み", S.DELIVERED),
        ("通関手続完了", S.CUSTOMS_CLEARED),
        ("配達に出発しました", S.OUT_FOR_DELIVERY),
        ("Проходит таможенный контроль", S.CUSTOMS_STARTED),
        ("Таможенный контроль пройден", S.CUSTOMS_CLEARED),
        ("Курьер забрал посылку у отправителя", S.ACCEPTED),
        ("Передано курьеру", S.OUT_FOR_DELIVERY),
        ("Посылку забрали из постамата", S.DELIVERED),
        ("Доставлено в постамат", S.AVAILABLE_FOR_PICKUP),
        ("Идёт розыск", S.EXCEPTION),
        ("Нет информации об отправлении", S.PENDING),
        ("Невдала спроба вручення", S.FAILED_ATTEMPT),
        ("Вручено адресату", S.DELIVERED),
        ("Дані про відправлення отримано", S.INFO_RECEIVED),
        ("Посилку отримано", S.DELIVERED),
        ("Повернення вручено відправнику", S.RETURNED),
        ("Посилка повертається відправнику", S.RETURNING),
        ("Затримано митницею", S.CUSTOMS_HELD),
        ("Випущено митницею", S.CUSTOMS_CLEARED),
        ("Митне оформлення", S.CUSTOMS_STARTED),
        ("รอพนักงานเข้ารับพัสดุ", S.INFO_RECEIVED),
        ("พนักงานเข้ารับพัสดุแล้ว", S.ACCEPTED),
        ("พัสดุถึงจุดรับพัสดุแล้ว", S.AVAILABLE_FOR_PICKUP),
        ("ไม่พบข้อมูลพัสดุ", S.PENDING),
        ("ได้รับข้อมูลพัสดุจากผู้ส่งแล้ว", S.INFO_RECEIVED),
        ("الشحنة قيد التخليص الجمركي", S.CUSTOMS_STARTED),
        ("تم التخليص الجمركي", S.CUSTOMS_CLEARED),
        ("تم تسليم الشحنة إلى شركة التوصيل المحلية", S.HANDED_OVER),
        ("تم تسليم الشحنة", S.DELIVERED),
        ("بانتظار دفع الرسوم الجمركية", S.CUSTOMS_HELD),
        ("لا توجد معلومات تتبع", S.PENDING),
        ("ממתין לאיסוף מהשולח", S.INFO_RECEIVED),
        ("החבילה ממתינה לאיסוף בסניף הדואר", S.AVAILABLE_FOR_PICKUP),
        ("החבילה נמסרה לשליח", S.OUT_FOR_DELIVERY),
        ("החבילה נמסרה לנמען", S.DELIVERED),
        ("המשלוח יצא מארץ המוצא", S.DEPARTED_ORIGIN),
        ("המשלוח הועבר לחברת שילוח מקומית", S.HANDED_OVER),
        ("המשלוח הועבר לסניף", S.IN_TRANSIT),
        ("Αναμονή παραλαβής από τον αποστολέα", S.INFO_RECEIVED),
        ("Η αποστολή παραλήφθηκε από το κατάστημα", S.ACCEPTED),
        ("Σε αναμονή παραλαβής από τον παραλήπτη", S.AVAILABLE_FOR_PICKUP),
        ("Ανεπιτυχής παράδοση", S.FAILED_ATTEMPT),
        ("Η αποστολή παραδόθηκε", S.DELIVERED),
        ("Παράδοση στον τοπικό μεταφορέα", S.HANDED_OVER),
        ("Η επιστροφή παραδόθηκε στον αποστολέα", S.RETURNED),
        ("Η αποστολή επιστρέφεται στον αποστολέα", S.RETURNING),
        ("Ο εκτελωνισμός ολοκληρώθηκε", S.CUSTOMS_CLEARED),
        ("Η αποστολή βρίσκεται στο τελωνείο", S.CUSTOMS_STARTED),
        ("Paketet har hämtats hos avsändaren", S.ACCEPTED),
        ("Paketet har hämtats av mottagaren", S.DELIVERED),
        ("Paketet har levererats tillbaka till avsändaren", S.RETURNED),
        ("Pakken er på vej til dig", S.OUT_FOR_DELIVERY),
        ("Pakken er på vej", S.IN_TRANSIT),
        ("Sendingen er levert inn", S.ACCEPTED),
        ("Sendingen er levert", S.DELIVERED),
        ("Sendingen er levert tilbake til avsender", S.RETURNED),
        ("Sendingen er på vei tilbake til avsender", S.RETURNING),
        ("Vastaanottaja on noutanut lähetyksen", S.DELIVERED),
        ("Lähetys on matkalla takaisin lähettäjälle", S.RETURNING),
        ("Lähetys on matkalla", S.IN_TRANSIT),
    ],
)
def test_general_wording_session_12(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 12 (s12-vocabc): general wording of ru, nl, th, sv, ... (event_texts.tsv),
        # with neighbours that must not move.
        ("Отправление зарегистрировано", S.INFO_RECEIVED),
        ("Курьер забрал посылку у отправителя", S.ACCEPTED),  # not out for delivery
        ("Курьер забрал заказ для доставки", S.OUT_FOR_DELIVERY),
        ("Посылка прошла таможенный контроль", S.CUSTOMS_CLEARED),
        ("Проходит таможенный контроль", S.CUSTOMS_STARTED),
        ("Таможня запросила документы", S.CUSTOMS_HELD),
        ("Отправлено из страны отправления", S.DEPARTED_ORIGIN),
        ("Посылка прибыла в страну получателя", S.ARRIVED_DESTINATION),
        ("Передано местной службе доставки", S.HANDED_OVER),
        ("Никого не было дома", S.FAILED_ATTEMPT),
        ("Доставка не состоялась", S.FAILED_ATTEMPT),
        ("Заказ не востребован", S.RETURNING),
        ("Не востребован, утилизация", S.LOST),  # the disposal it ended in
        ("Посылка вернулась к отправителю", S.RETURNED),
        ("Посылка возвращается отправителю", S.RETURNING),
        ("Посылка потерялась", S.LOST),
        ("Ошибка в адресе", S.ADDRESS_ISSUE),
        ("Продавец ещё не передал заказ", S.INFO_RECEIVED),
        ("Посылка сдана в отделение", S.ACCEPTED),
        ("Таможня пройдена", S.CUSTOMS_CLEARED),
        ("Получатель не открыл дверь", S.FAILED_ATTEMPT),
        ("Заказ забрали", S.DELIVERED),
        ("Курьер забрал заказ", S.OUT_FOR_DELIVERY),  # not the buyer's collection
        ("Возвращено продавцу", S.RETURNED),
        ("Заказ возвращается продавцу", S.RETURNING),
        ("We hebben de gegevens van je zending ontvangen", S.INFO_RECEIVED),  # not accepted
        ("Uw pakje werd afgegeven in een postpunt", S.ACCEPTED),
        ("Zending is afgeleverd bij het afhaalpunt", S.AVAILABLE_FOR_PICKUP),
        ("Pakket is afgegeven bij de buren", S.DELIVERED),  # not handed in
        ("Douane vraagt om aanvullende documenten", S.CUSTOMS_HELD),  # Dutch, not French
        ("Douane-afhandeling voltooid", S.CUSTOMS_CLEARED),
        ("Uw pakje wordt vandaag geleverd", S.OUT_FOR_DELIVERY),
        ("Uw pakje werd vandaag geleverd", S.DELIVERED),
        ("We konden je pakket niet bezorgen", S.FAILED_ATTEMPT),
        ("Uw pakje werd afgehaald", S.DELIVERED),
        ("Huisnummer ontbreekt", S.ADDRESS_ISSUE),
        ("Pakket is terug bij de afzender", S.RETURNED),
        ("Pakket gaat terug naar de afzender", S.RETURNING),
        ("Pakket kan niet worden gevonden", S.LOST),
        ("Pakket is niet kwijt", None),
        ("We hebben je pakket ontvangen", S.ACCEPTED),
        ("Uw zending werd ontvangen door bpost", S.ACCEPTED),
        ("Je pakket wordt vandaag tussen 14:00 en 16:00 bezorgd", S.OUT_FOR_DELIVERY),
        ("Je pakket wordt morgen tussen 14:00 en 16:00 bezorgd", S.IN_TRANSIT),  # not delivered
        ("Uw pakje werd afgehaald in het postpunt", S.DELIVERED),
        ("Pakket is opgehaald bij de afzender", S.ACCEPTED),
        ("Uw pakje werd terugbezorgd bij de afzender", S.RETURNED),
        ("Uw pakje wordt teruggezonden naar de afzender", S.RETURNING),
        ("รอพนักงานเข้ารับพัสดุ", S.INFO_RECEIVED),  # waiting, not collected yet
        ("พนักงานเข้ารับพัสดุแล้ว", S.ACCEPTED),
        ("พัสดุถึงประเทศไทยแล้ว", S.ARRIVED_DESTINATION),
        ("พัสดุถูกกักที่ศุลกากร", S.CUSTOMS_HELD),
        ("พัสดุผ่านศุลกากรแล้ว", S.CUSTOMS_CLEARED),
        ("พัสดุไม่ผ่านศุลกากร", S.CUSTOMS_HELD),
        ("พัสดุยังไม่ผ่านศุลกากร", S.CUSTOMS_STARTED),  # not yet, still in customs
        ("รอผู้รับมารับพัสดุ", S.AVAILABLE_FOR_PICKUP),
        ("ผู้รับมารับพัสดุแล้ว", S.DELIVERED),  # not the courier's acceptance
        ("ผู้รับมารับพัสดุด้วยตนเอง", S.DELIVERED),
        ("ผู้รับไม่รับสาย", S.FAILED_ATTEMPT),
        ("ผู้รับไม่รับพัสดุ", S.REFUSED),
        ("ผู้ส่งได้รับพัสดุตีกลับแล้ว", S.RETURNED),
        ("พัสดุกำลังตีกลับไปยังผู้ส่ง", S.RETURNING),
        ("ลูกค้าได้รับพัสดุเรียบร้อยแล้ว", S.DELIVERED),  # the customer, not an acceptance
        ("พนักงานรับพัสดุเรียบร้อย", S.ACCEPTED),
        ("พนักงานจัดส่งได้รับพัสดุแล้ว กำลังนำส่ง", S.OUT_FOR_DELIVERY),
        ("ได้รับพัสดุแล้ว", S.DELIVERED),
        ("รอขนส่งเข้ารับพัสดุ", S.INFO_RECEIVED),
        ("พัสดุถูกส่งมอบให้บริษัทขนส่งแล้ว", S.ACCEPTED),
        ("พัสดุติดศุลกากร", S.CUSTOMS_HELD),
        ("Försändelsen har inte lämnats in", S.INFO_RECEIVED),
        ("Försändelsen har lämnats in", S.ACCEPTED),
        ("Försändelsen har hämtats hos avsändaren", S.ACCEPTED),  # not delivered
        ("Paketet har hämtats hos ombudet", S.DELIVERED),
        ("Försändelsen har anlänt till Sverige", S.ARRIVED_DESTINATION),
        ("Försändelsen hålls kvar i tullen", S.CUSTOMS_HELD),
        ("Tullen har släppt försändelsen", S.CUSTOMS_CLEARED),
        ("Budet är på väg till dig", S.OUT_FOR_DELIVERY),
        ("Försändelsen är på väg till ditt ombud", S.IN_TRANSIT),
        ("Vi kunde inte leverera ditt paket", S.FAILED_ATTEMPT),
        ("Försändelsen har ankommit till ditt ombud", S.AVAILABLE_FOR_PICKUP),
        ("Försändelsen har levererats till avsändaren", S.RETURNED),
        ("Leveransen har avbokats", S.CANCELLED),
        ("Vi har tagit emot ditt paket", S.ACCEPTED),
        ("Mottagaren har tagit emot paketet", S.DELIVERED),
        ("Försändelsen har lämnats in på ett utlämningsställe", S.ACCEPTED),  # not a pickup
        ("Paketet har hämtats upp hos avsändaren", S.ACCEPTED),
        ("Paketet har passerat tullen", S.CUSTOMS_CLEARED),
        ("Paketet har inte passerat tullen", None),
        ("Paketet är på väg tillbaka till avsändaren", S.RETURNING),
        ("Returen har tagits emot av avsändaren", S.RETURNED),  # Swedish, not Danish "retur"
        ("Інформацію про відправлення отримано", S.INFO_RECEIVED),  # data, not the parcel
        ("Відправлення не зареєстровано", None),
        ("Посилку прийнято від відправника", S.ACCEPTED),
        ("Прийнято на митне оформлення", S.CUSTOMS_STARTED),
        ("Кур'єр забрав посилку у відправника", S.ACCEPTED),
        ("Посилка прибула в Україну", S.ARRIVED_DESTINATION),
        ("Відправлення затримується на митниці", S.CUSTOMS_HELD),
        ("Доставка затримується", S.DELAYED),
        ("Пройшло митне оформлення", S.CUSTOMS_CLEARED),
        ("Невдала спроба доставки", S.FAILED_ATTEMPT),
        ("Посилка чекає на вас у відділенні", S.AVAILABLE_FOR_PICKUP),
        ("Видано одержувачу", S.DELIVERED),
        ("Вручено відправнику", S.RETURNED),  # not delivered
        ("Повернення відправнику", S.RETURNING),
        ("Доставку скасовано", S.CANCELLED),
        ("Митне оформлення пройдено", S.CUSTOMS_CLEARED),
        ("Митне оформлення не пройдено", S.CUSTOMS_STARTED),
        ("Відправник отримав повернення", S.RETURNED),  # not the return on its way
        ("Отримувач не відповідає на дзвінки", S.FAILED_ATTEMPT),
        ("Pakken er endnu ikke indleveret", S.INFO_RECEIVED),
        ("Pakken er hentet hos afsender", S.ACCEPTED),
        ("Pakken er på vej til pakkeshoppen", S.IN_TRANSIT),  # not waiting there yet
        ("Pakken er på vej til dig", S.OUT_FOR_DELIVERY),
        ("Pakken er med chaufføren", S.OUT_FOR_DELIVERY),  # "ø" folds to "o"
        ("Pakken er ankommet til Danmark", S.ARRIVED_DESTINATION),
        ("Told og moms skal betales", S.CUSTOMS_HELD),
        ("Din pakke bliver leveret i dag", S.OUT_FOR_DELIVERY),
        ("Pakken blev leveret i dag", S.DELIVERED),
        ("Pakken er afhentet i pakkeshoppen", S.DELIVERED),
        ("Pakken er ikke afhentet i pakkeshoppen", None),  # still waiting, not failed
        ("Husnummer mangler", S.ADDRESS_ISSUE),  # not a missing (lost) parcel
        ("Pakken mangler", S.LOST),
        ("Pakken er leveret til afsenderen", S.RETURNED),
        ("Sendingen er ennå ikke levert inn", S.INFO_RECEIVED),  # not a failed delivery
        ("Sendingen er levert inn hos Posten", S.ACCEPTED),  # handed in, not delivered
        ("Sendingen er ikke levert", S.FAILED_ATTEMPT),
        ("Sendingen er på vei til hentestedet", S.IN_TRANSIT),
        ("Sendingen er klar for henting", S.AVAILABLE_FOR_PICKUP),
        ("Sendingen holdes tilbake av tollvesenet", S.CUSTOMS_HELD),
        ("Sendingen er til fortolling", S.CUSTOMS_STARTED),
        ("Sendingen er ferdig fortollet", S.CUSTOMS_CLEARED),
        ("Sjåføren er på vei med pakken din", S.OUT_FOR_DELIVERY),
        ("Sendingen er returnert til avsender", S.RETURNED),  # Norwegian, not Danish "retur"
        ("Sendingen sendes tilbake til avsender", S.RETURNING),
        ("Mottaker har nektet å ta imot sendingen", S.REFUSED),
        ("Lähetyksen tiedot on vastaanotettu", S.INFO_RECEIVED),  # data, not the parcel
        ("Lähetys on vastaanotettu kuljetukseen", S.ACCEPTED),
        ("Lähetys on noudettu", S.DELIVERED),
        ("Lähetys on noudettu lähettäjältä", S.ACCEPTED),  # from the sender
        ("Lähetys on luovutettu tullille", S.CUSTOMS_STARTED),
        ("Tulli pyytää lisätietoja", S.CUSTOMS_HELD),  # Finnish, not Swedish "tull"
        ("Tulli on vapauttanut lähetyksen", S.CUSTOMS_CLEARED),
        ("Emme saaneet toimitettua lähetystä", S.FAILED_ATTEMPT),  # not delivered
        ("Lähetys odottaa noutoa", S.AVAILABLE_FOR_PICKUP),
        ("Lähetys on matkalla takaisin lähettäjälle", S.RETURNING),
        ("Lähetys on toimitettu takaisin lähettäjälle", S.RETURNED),
        ("Lähetys ei ole kadonnut", None),
        ("Αναμονή παραλαβής από τον αποστολέα", S.INFO_RECEIVED),  # not collected yet
        ("Η αποστολή παραλήφθηκε από τον αποστολέα", S.ACCEPTED),
        ("Η αποστολή παραδόθηκε στο κατάστημα από τον αποστολέα", S.ACCEPTED),
        ("Παραλαβή από τον παραλήπτη", S.DELIVERED),
        ("ΠΑΡΑΛΑΒΗ", S.ACCEPTED),
        ("Προς παραλαβή από το κατάστημα", S.AVAILABLE_FOR_PICKUP),
        ("Η αποστολή κρατείται στο τελωνείο", S.CUSTOMS_HELD),
        ("ΚΡΑΤΗΣΗ", S.EXCEPTION),
        ("Η αποστολή εκτελωνίστηκε", S.CUSTOMS_CLEARED),
        ("Η αποστολή παραδόθηκε στα ΕΛΤΑ για διανομή", S.HANDED_OVER),
        ("Καθυστέρηση παράδοσης", S.DELAYED),  # not delivered
        ("Χωρίς καθυστέρηση", None),
        ("Παραδόθηκε στον αποστολέα", S.RETURNED),
        ("Η αποστολή επιστρέφεται στον αποστολέα", S.RETURNING),
        ("ממתין לאיסוף מהשולח", S.INFO_RECEIVED),  # the courier has not collected it
        ("ממתין לאיסוף", S.AVAILABLE_FOR_PICKUP),
        ("המשלוח טרם נמסר לחברת השילוח", S.INFO_RECEIVED),  # not a failed delivery
        ("החבילה נמסרה לשליח", S.OUT_FOR_DELIVERY),  # not delivered
        ("החבילה נמסרה", S.DELIVERED),
        ("המשלוח בדרך אליך", S.OUT_FOR_DELIVERY),
        ("המשלוח בדרך", S.IN_TRANSIT),
        ("המשלוח הגיע לישראל", S.ARRIVED_DESTINATION),
        ("נדרשים מסמכים נוספים לשחרור מהמכס", S.CUSTOMS_HELD),
        ("החבילה נאספה מנקודת האיסוף", S.DELIVERED),
        ("החבילה נאספה על ידי השליח", S.ACCEPTED),
        ("המשלוח חזר לשולח", S.RETURNED),
        ("החבילה בדרך חזרה לשולח", S.RETURNING),
        ("بانتظار استلام الشحنة من المرسل", S.INFO_RECEIVED),  # not collected yet
        ("تم استلام الشحنة من المرسل", S.ACCEPTED),
        ("تم استلام الشحنة من قبل العميل", S.DELIVERED),  # by the customer
        ("تم تسليم الشحنة إلى شركة الشحن", S.ACCEPTED),  # not delivered
        ("تم تسليم الشحنة إلى شركة التوصيل المحلية", S.HANDED_OVER),
        ("تم تسليم الشحنة إلى المرسل", S.RETURNED),
        ("تم تسليم الشحنة", S.DELIVERED),
        ("الشحنة قيد التخليص الجمركي", S.CUSTOMS_STARTED),  # in progress, not cleared
        ("لم يتم التخليص الجمركي بعد", S.CUSTOMS_STARTED),
        ("تم التخليص الجمركي", S.CUSTOMS_CLEARED),
        ("يرجى دفع الرسوم الجمركية", S.CUSTOMS_HELD),
        ("تم دفع الرسوم الجمركية", None),  # paid, nothing held
        ("سيتم إرجاع الشحنة إلى المرسل", S.RETURNING),
        ("الشحنة في طريقها إليك", S.OUT_FOR_DELIVERY),
    ],
)
def test_general_vocabulary_session_12_vocabc(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 13 (s13-vocabb): general wording of ru, cs, nl, zh, th, vi and de
        # (event_texts.tsv), with neighbours that must not move.
        ("Посылка прибыла в отделение для вручения", S.AVAILABLE_FOR_PICKUP),
        ("Рейс задержан", S.DELAYED),
        ("Задержано таможней", S.CUSTOMS_HELD),  # the customs hold outranks the delay
        ("Отправление задержано для дополнительной проверки таможней", S.CUSTOMS_HELD),
        ("Продавец передал заказ в доставку", S.ACCEPTED),  # the seller handed it in
        ("Передано в доставку", S.OUT_FOR_DELIVERY),
        ("Продавец получил возврат", S.RETURNED),
        ("Просрочена", S.RETURNING),
        ("Předáno partnerskému dopravci k doručení", S.HANDED_OVER),
        ("Zásilka byla podána na výdejním místě", S.ACCEPTED),  # posted there by the sender
        ("Zásilka dorazila na výdejní místo", S.AVAILABLE_FOR_PICKUP),
        ("Celní řízení pozastaveno", S.CUSTOMS_HELD),
        ("Celní řízení ukončeno", S.CUSTOMS_CLEARED),
        ("Pakket doorgezet naar het bezorgdepot", S.IN_TRANSIT),  # a depot, not a delivery
        ("Douane heeft het pakket vastgehouden", S.CUSTOMS_HELD),
        ("Zending wordt vastgehouden in het depot", S.EXCEPTION),
        ("Voorgemelde zending gedeeltelijk niet aangetroffen", S.EXCEPTION),  # PostNL label, s15
        ("包裹目前查询不到", S.PENDING),  # nothing found *at the moment*
        ("查询不到物流信息", None),
        ("包裹已交给快递公司", S.ACCEPTED),
        ("包裹已交给当地快递公司", S.HANDED_OVER),
        ("快递员即将上门揽收", S.INFO_RECEIVED),  # not collected yet
        ("ตรวจปล่อยจากศุลกากรแล้ว", S.CUSTOMS_CLEARED),
        ("รอตรวจปล่อยจากศุลกากร", S.CUSTOMS_STARTED),  # waiting for release
        ("ส่งพัสดุกลับไปยังผู้ส่ง", S.RETURNING),
        ("Đã hoàn tất thông quan", S.CUSTOMS_CLEARED),  # hoàn tất (completed), not hoàn (return)
        ("Đã hoàn hàng thành công", S.RETURNED),
        ("Giao hàng bị hoãn do thời tiết xấu", S.DELAYED),
        ("Shop đã bàn giao hàng cho đơn vị vận chuyển", S.ACCEPTED),
        ("Chờ bàn giao cho đơn vị vận chuyển", S.INFO_RECEIVED),
        ("Đơn tại kho VN", S.ARRIVED_DESTINATION),
        ("Sendung befindet sich auf dem Rückweg", S.RETURNING),
        ("Sendung auf dem Rückweg ins Depot", S.IN_TRANSIT),  # back to a depot, not the sender
        ("Sendung wurde an den Absender zurückgegeben", S.RETURNED),
        ("Abgabe im Paketshop durch den Absender", S.ACCEPTED),
        ("Paket liegt im Paketshop bereit", S.AVAILABLE_FOR_PICKUP),
        ("Der Zoll hält die Sendung zurück", S.CUSTOMS_HELD),
        ("Sendung wird zur Klärung zurückgehalten", S.EXCEPTION),
        ("Abholung in der Filiale möglich", S.AVAILABLE_FOR_PICKUP),
        ("Abholung beim Absender nicht möglich", None),  # not a pickup by the recipient
        ("Zending geregistreerd in het depot", S.IN_TRANSIT),  # a scan, not pre-advice
        ("Zending geregistreerd", S.INFO_RECEIVED),
        ("Douanerechten zijn betaald", S.CUSTOMS_STARTED),  # paid: nothing held
        ("Заказ ожидает отправки продавцом", S.INFO_RECEIVED),
        ("Ожидает отправки в город получателя", S.IN_TRANSIT),  # at a warehouse on the way
    ],
)
def test_general_vocabulary_session_13_vocabb(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Session 13 (s13-vocaba): word stems for es, pt, pl, id, ro (the phrases of
        # event_texts.tsv), with neighbours that must not move.
        ("El paquete está volviendo al remitente", "es", S.RETURNING),
        ("El remitente ha recibido la devolución", "es", S.RETURNED),  # not "devolución" (95)
        ("Paquete entregado en la oficina de Correos por el remitente", "es", S.ACCEPTED),
        ("Entregado en la oficina de Correos", "es", S.AVAILABLE_FOR_PICKUP),
        ("No se ha podido realizar la entrega por causas operativas", "es", S.DELAYED),
        ("No se ha podido realizar la entrega", "es", S.FAILED_ATTEMPT),
        ("Envío retenido en delegación", "es", S.EXCEPTION),  # not the delegation's transit
        ("Retenido en aduana", "es", S.CUSTOMS_HELD),
        ("Envío en revisión aduanal", "es", S.CUSTOMS_STARTED),  # not "en revisión"
        ("El vendedor aún no ha entregado el paquete", "es", S.INFO_RECEIVED),
        ("PENDIENTE DE INSTRUCCIONES", "es", S.EXCEPTION),
        ("Aduana de importación: despachado", "es", S.CUSTOMS_CLEARED),
        ("Objeto Sinistrado", "pt", S.EXCEPTION),  # a claim, as the Spanish "siniestro"
        ("O remetente entregou a encomenda na loja", "pt", S.ACCEPTED),
        ("Encomenda a ser devolvida ao remetente", "pt", S.RETURNING),
        ("Encomenda devolvida com sucesso ao remetente", "pt", S.RETURNED),
        ("O estafeta irá regressar amanhã", "pt", None),  # no return to the sender
        ("A alfândega solicita documentos", "pt", S.CUSTOMS_HELD),
        ("Encomenda libertada pela alfândega", "pt", S.CUSTOMS_CLEARED),
        ("Objeto em análise pela fiscalização aduaneira", "pt", S.CUSTOMS_STARTED),
        ("Aguardando instruções do remetente", "pt", S.EXCEPTION),
        ("Paczka nie została odebrana i wraca do sklepu", "pl", S.RETURNING),
        ("Paczka nie została odebrana w terminie", "pl", S.RETURNING),
        ("Paczka wróciła do sklepu", "pl", S.RETURNED),
        ("Nadawca nadał paczkę w Paczkomacie", "pl", S.ACCEPTED),  # not the locker's pickup
        ("Paczka zatrzymana w oddziale", "pl", S.EXCEPTION),
        ("Przesyłka zatrzymana przez służby celne", "pl", S.CUSTOMS_HELD),
        ("Należności celne zostały opłacone", "pl", S.CUSTOMS_CLEARED),  # paid is released
        ("Zlecenie błędne", "pl", S.EXCEPTION),
        ("W toku", "pl", S.IN_TRANSIT),
        ("Penjual belum menyerahkan paket ke kurir", "id", S.INFO_RECEIVED),
        ("Paket belum dikirim", "id", None),  # session 12: not yet sent or not yet delivered
        ("Paket sudah diterima kembali oleh penjual", "id", S.RETURNED),
        ("Paket dikirim kembali ke alamat penerima", "id", S.IN_TRANSIT),  # resent, no return
        ("Paket tertahan di gudang", "id", S.EXCEPTION),
        ("Paket tertahan di bea cukai", "id", S.CUSTOMS_HELD),
        ("Paket akan dikirim besok karena kendala operasional", "id", S.DELAYED),
        ("Coletul este returnat către expeditor", "ro", S.RETURNING),  # is being returned
        ("Coletul a fost returnat expeditorului", "ro", S.RETURNED),
        ("Coletul a ajuns înapoi la expeditor", "ro", S.RETURNED),
        ("Coletul este în drum spre expeditor", "ro", S.RETURNING),
        ("Colet depus în easybox de expeditor", "ro", S.ACCEPTED),
        ("Coletul a fost depus în easybox", "ro", S.AVAILABLE_FOR_PICKUP),
        ("Colet oprit de vamă pentru verificare", "ro", S.CUSTOMS_HELD),
        ("Coletul te așteaptă la ușă", "ro", None),  # at the door, no pickup point
        ("Livrarea nu s-a putut efectua din motive operaționale", "ro", S.DELAYED),
        # Later rounds (phrases written before the rules changed), with their neighbours.
        ("Tu envío está siendo devuelto al remitente", "es", S.RETURNING),
        ("El envío ha sido devuelto al remitente", "es", S.RETURNED),
        ("PTE. RECOGIDA EN OFICINA", "es", S.AVAILABLE_FOR_PICKUP),
        ("Recogida en oficina", "es", S.ACCEPTED),
        ("¿Qué ocurre con mi envío?", "es", None),  # "Ocurre" is a branch only after "en"
        ("Tu paquete está en Ocurre", "es", S.AVAILABLE_FOR_PICKUP),
        ("Pedido faturado", "pt", S.INFO_RECEIVED),
        ("Objeto fiscalizado e liberado", "pt", S.CUSTOMS_CLEARED),
        ("Aguardando liberação aduaneira", "pt", S.CUSTOMS_HELD),
        ("Liberação aduaneira concluída", "pt", S.CUSTOMS_CLEARED),
        ("ODPRAWA ZAKOŃCZONA", "pl", S.CUSTOMS_CLEARED),
        ("Odprawa celna eksportowa zakończona", "pl", S.IN_TRANSIT),  # export wording
        ("Zwrot dotarł do sprzedawcy", "pl", S.RETURNED),
        ("CUSTOM CLEARANCE SELESAI", "id", S.CUSTOMS_CLEARED),
        ("Paket ditahan bea cukai untuk pemeriksaan", "id", S.CUSTOMS_HELD),
        ("Kurir dalam perjalanan untuk menjemput paket", "id", S.INFO_RECEIVED),
        ("Paket telah dijemput dari alamat penjual", "id", S.ACCEPTED),
        ("Comanda ta a fost predată curierului", "ro", S.ACCEPTED),
        ("Comanda ta a fost predată curierului pentru livrare", "ro", S.OUT_FOR_DELIVERY),
        ("Coletul a fost livrat înapoi expeditorului", "ro", S.RETURNED),
        ("Coletul a fost reținut în depozit pentru verificare", "ro", S.EXCEPTION),
        ("Colet reținut pentru control vamal", "ro", S.CUSTOMS_HELD),
    ],
)
def test_general_vocabulary_session_13(text: str, language: str, expected: S | None) -> None:
    found = classify_rules(text, language)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 13 (s13-vocabc): general wording of fr, it, tr, hu, ko, ja, uk, sv, da, no,
        # fi, el, ar, he (event_texts.tsv), with neighbours that must not move.
        ("Dépôt effectué en Point Relais par l'expéditeur", S.ACCEPTED),
        # not posted by the sender
        ("Colis déposé en consigne, code de retrait envoyé par SMS", S.AVAILABLE_FOR_PICKUP),
        ("Un problème est survenu lors de l'acheminement de votre colis", S.EXCEPTION),
        ("Délai de garde expiré, le colis repart vers l'expéditeur", S.RETURNING),
        ("Il mittente ha creato la spedizione, in attesa di ritiro", S.INFO_RECEIVED),
        ("La dogana richiede documenti aggiuntivi", S.CUSTOMS_HELD),
        ("Gönderi teslim edilemedi, göndericinin talimatı bekleniyor", S.EXCEPTION),
        ("Alıcı gönderiyi kabul etmedi", S.REFUSED),  # a refusal, not 'kabul edildi'
        ("Gönderi göndericisine teslim edildi (iade)", S.RETURNED),
        ("A küldemény úton van vissza a feladóhoz", S.RETURNING),
        ("A küldemény vámkezelése felfüggesztve, dokumentumok szükségesek", S.CUSTOMS_HELD),
        ("A csomagot átvették", S.DELIVERED),
        ("A csomagot átvették a feladótól", S.ACCEPTED),  # from the sender: accepted, not delivered
        ("발송준비", S.IN_TRANSIT),  # Korea Post's scan stays in transit
        ("배달준비", S.IN_TRANSIT),  # Korea Post's scan stays in transit
        ("판매자가 발송을 준비하고 있습니다", S.INFO_RECEIVED),
        ("배송 중 문제가 발생하였습니다", S.EXCEPTION),
        ("세관 검사 대상으로 보류되었습니다", S.CUSTOMS_HELD),
        ("差出人に返送されました", S.RETURNED),
        ("差出人へ返送中です", S.RETURNING),
        ("住所が不完全なため配達できません", S.ADDRESS_ISSUE),
        ("Відправлення зареєстровано у відділенні", S.ACCEPTED),
        ("Відправлення затримано на митниці, потрібні документи", S.CUSTOMS_HELD),
        # the negation is the cause
        ("Paketet har inte hämtats och skickas tillbaka till avsändaren", S.RETURNING),
        ("Försändelsen är på väg till utlämningsstället", S.IN_TRANSIT),  # not there yet
        ("Väntar på tullklarering", S.CUSTOMS_STARTED),  # waiting for clearance: nothing held
        ("Afventer toldbehandling", S.CUSTOMS_STARTED),  # waiting for clearance: nothing held
        ("Pakken er indleveret af afsender i pakkeshoppen", S.ACCEPTED),
        ("Avvik i håndteringen av sendingen", S.EXCEPTION),
        ("Paket on jätetty noutopisteeseen lähetettäväksi", S.ACCEPTED),
        ("Η παράδοση μετατέθηκε για την επόμενη εργάσιμη", S.DELAYED),
        # the negation is the cause
        ("Το δέμα δεν παραλήφθηκε και επιστρέφει στον αποστολέα", S.RETURNING),
        ("جاري إرجاع الشحنة إلى المرسل", S.RETURNING),
        ("تم تسليم الشحنة المرتجعة إلى المرسل", S.RETURNED),
        ("החבילה נמסרה חזרה לשולח", S.RETURNED),
        ("החבילה לא נאספה ותוחזר לשולח", S.RETURNING),  # the negation is the cause
        # a line haul
        ("Il pacco è stato caricato sul mezzo per la filiale di destinazione", S.IN_TRANSIT),
        ("택배사에 상품 정보 전달 완료", S.INFO_RECEIVED),  # information, not the parcel
        ("Forsendelsen er stoppet i tolden", S.CUSTOMS_HELD),
        ("Posti valmistelee lähetystä jakeluun", None),  # Posti preparing delivery: no pre-advice
        ("La spedizione è ferma presso il punto di ritiro", None),  # waiting there: no exception
        ("Gönderi şubede beklemede", None),  # waiting at the branch: no exception
    ],
)
def test_general_vocabulary_session_13_vocabc(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 13 (s13-vocaben): general English wording (event_texts.tsv), with neighbours
        # that must not move.
        ("Shipment information received by carrier", S.INFO_RECEIVED),  # data, not the parcel
        ("Shipment received by carrier", S.ACCEPTED),
        ("The carrier has received the shipment information", S.INFO_RECEIVED),
        ("Item not yet received by carrier", S.INFO_RECEIVED),
        ("Shipment booked", S.INFO_RECEIVED),
        ("Shipment booked on flight", S.IN_TRANSIT),  # a flight for the parcel
        ("Delivered to airline", S.IN_TRANSIT),  # waits to fly, not delivered
        ("Delivered to sender", S.RETURNED),
        ("Export approved", S.IN_TRANSIT),  # export wording, not customs cleared
        ("Held at depot", S.EXCEPTION),
        ("Held at depot for collection", S.AVAILABLE_FOR_PICKUP),
        ("Parcel held at depot - address incomplete", S.ADDRESS_ISSUE),
        ("Held at facility awaiting customs clearance", S.CUSTOMS_STARTED),
        ("Arrived in Malaysia", S.ARRIVED_DESTINATION),
        ("Arrived in Hong Kong", S.IN_TRANSIT),  # the export gateway of mainland China
        ("Arrived in China facility", S.IN_TRANSIT),  # a facility, not the country
        ("Shipment left Poland", S.DEPARTED_ORIGIN),
        ("Left China hub", S.IN_TRANSIT),
        ("The parcel has left us", S.IN_TRANSIT),
        ("Dispatch from outward office of exchange", S.DEPARTED_ORIGIN),
        ("Customs charges due", S.CUSTOMS_HELD),
        ("Customs charges paid", S.CUSTOMS_STARTED),  # paid: nothing held
        ("Passed customs inspection", S.CUSTOMS_CLEARED),
        ("Address could not be located", S.ADDRESS_ISSUE),  # the address, not a lost parcel
        ("Item could not be located", S.LOST),
        ("Missing parcel", S.LOST),
        ("Missing parcel number", None),
        ("Not Delivered - Missing label", S.EXCEPTION),  # the label, above the failure
        ("Flight cancelled, rebooked on next flight", S.DELAYED),  # not a cancelled parcel
        ("Shipment cancelled", S.CANCELLED),
        ("Missed delivery cycle", S.FAILED_ATTEMPT),
        ("Missed delivery cycle - Received after cut off", S.DELAYED),
        ("Second delivery attempt successful", S.DELIVERED),
        ("Pickup completed", S.ACCEPTED),
        ("Customer pickup completed", S.DELIVERED),  # the recipient's pickup
        ("Your parcel is waiting to be collected", S.AVAILABLE_FOR_PICKUP),
        ("Shipment is waiting to be collected from DHL POP", S.ACCEPTED),  # unchanged
        ("Courier is on the way to pick up your parcel", S.INFO_RECEIVED),  # to the sender
        ("Rider is on the way", S.OUT_FOR_DELIVERY),
        ("Return in transit", S.RETURNING),
        ("Received back by sender", S.RETURNED),
        ("Your item is being held at the delivery office", S.AVAILABLE_FOR_PICKUP),
        ("Held at depot at customer's request", S.AVAILABLE_FOR_PICKUP),
        ("Held at the recipient's request", S.DELAYED),  # unchanged: no place to collect from
        ("Please collect your parcel from the post office", S.AVAILABLE_FOR_PICKUP),
        ("We will collect your parcel from your address", None),  # the courier, at the sender
        ("Returned to sender in transit", S.RETURNING),
        ("Return received at merchant warehouse", S.RETURNED),
        ("Received at sorting office", S.IN_TRANSIT),
        ("Received at the post office", S.ACCEPTED),
        ("Flight arrived at transit airport", S.IN_TRANSIT),
        ("Flight arrived at destination", S.ARRIVED_DESTINATION),
        ("Exception at facility", S.EXCEPTION),  # named, above the node's transit wording
        ("Shipment exception - delivered to neighbour", S.DELIVERED),
        ("Customs clearance suspended", S.CUSTOMS_HELD),
        ("No action required", None),
        ("Problem resolved, parcel in transit", S.IN_TRANSIT),  # the problem is over
        ("Processing problem at depot", S.EXCEPTION),
        ("Label issue, the shipment will be relabelled and forwarded", S.IN_TRANSIT),
        ("Delivered despite high volume", S.DELIVERED),
        ("Unable to deliver today due to volume", S.DELAYED),  # the cause, above the failure
        ("Delivery pushed to tomorrow", S.DELAYED),
        ("Pushed to delivery vehicle", None),
        ("Awaiting pick-up from merchant", S.INFO_RECEIVED),  # the courier, at the sender
        ("Awaiting pick-up", S.AVAILABLE_FOR_PICKUP),
        ("Customs cleared, released for delivery", S.CUSTOMS_CLEARED),
        ("Released for delivery", S.OUT_FOR_DELIVERY),
        ("Customs has detained the shipment", S.CUSTOMS_HELD),
        ("Left the origin gateway", S.DEPARTED_ORIGIN),
        ("Received at import gateway", S.ARRIVED_DESTINATION),
        ("Your driver is en route", S.OUT_FOR_DELIVERY),
        ("Courier is en route to the sender", S.RETURNING),  # unchanged
        ("Forwarded to destination hub", S.IN_TRANSIT),  # a hub, not the destination country
        ("Dispatched to destination country", S.DEPARTED_ORIGIN),
        ("Awaiting customs release", S.CUSTOMS_STARTED),  # not released yet
        ("Customs release", S.CUSTOMS_CLEARED),
        ("Connected to the internet", None),
        ("RTO - delivered to seller", S.RETURNED),
        ("Duties and taxes to be paid", S.CUSTOMS_HELD),
        ("Tax paid", None),
        ("Consignee not responding to calls", S.FAILED_ATTEMPT),
        ("Arrived at the post office for collection", S.AVAILABLE_FOR_PICKUP),
        ("The courier will collect the parcel from the locker", None),  # not the recipient
        ("Pick up your parcel at the post office", S.AVAILABLE_FOR_PICKUP),
        ("Handed over to customer service", None),
        ("Parcel handed over to the customer", S.DELIVERED),
        ("Parcel handed over to the courier by the customer", S.ACCEPTED),
        ("Shipment held for customs examination", S.CUSTOMS_HELD),
        ("Customs examination completed, released", S.CUSTOMS_CLEARED),
        ("Return to sender completed", S.RETURNED),
        ("Return to sender in progress - in transit", S.RETURNING),
        ("Attempted delivery - no such street", S.ADDRESS_ISSUE),  # the cause, above the attempt
        ("Card left", S.FAILED_ATTEMPT),
        ("Card left - item ready for collection at the post office", S.AVAILABLE_FOR_PICKUP),
        ("Held at shipper's request", S.DELAYED),  # unchanged
        ("Stopped at sender's request", S.EXCEPTION),
        ("We have your parcel", S.ACCEPTED),
        ("We have your parcel at the delivery office", S.AVAILABLE_FOR_PICKUP),
        ("Returned to sender, in transit", S.RETURNING),
        ("Import release complete", S.CUSTOMS_CLEARED),
        ("Received at the front desk", S.DELIVERED),
        ("Parcel received at the delivery depot", S.IN_TRANSIT),
        ("Delivery disruption, address incorrect", S.ADDRESS_ISSUE),  # the cause stands
        ("Service disruption", S.DELAYED),
        ("Parcel booked for delivery", None),  # an appointment, not the booking of a shipment
        ("Consignment booked", S.INFO_RECEIVED),
        ("Your parcel has been held", S.EXCEPTION),
        ("Parcel has been held at the post office for collection", S.AVAILABLE_FOR_PICKUP),
        ("Your parcel has been held at customs", S.CUSTOMS_HELD),
        ("Arriving today", S.OUT_FOR_DELIVERY),
        ("Flight arriving today", None),
        ("Your parcel is on its way to us", S.INFO_RECEIVED),  # not with the carrier yet
        ("Pending handover to carrier", S.INFO_RECEIVED),
        ("Status: Returned", S.RETURNED),
        ("We couldn't deliver your parcel", S.FAILED_ATTEMPT),
        ("We can't find your address", S.ADDRESS_ISSUE),
        ("Delivered to origin airport", S.IN_TRANSIT),  # a node, not the sender
        ("Delivered to origin", S.RETURNED),
        ("Returned to origin station", S.RETURNING),
        ("Returned to shipper", S.RETURNED),
        ("Held pending payment of shipping charges", S.EXCEPTION),  # the carrier's, not customs
        ("Awaiting payment of customs duties", S.CUSTOMS_HELD),
        ("Shipping charges paid", None),
        ("Booking details received from customer", S.INFO_RECEIVED),
        ("Shipment received at origin branch", S.ACCEPTED),
        ("Flight offloaded", S.DELAYED),
        ("Delivered to the post office for collection", S.AVAILABLE_FOR_PICKUP),
        ("Delivered to the post office", S.HANDED_OVER),  # unchanged
        ("Pickup code sent", S.AVAILABLE_FOR_PICKUP),
        ("Pickup code expired", None),
        ("Courier booked", S.INFO_RECEIVED),
        ("Courier booked for delivery", None),
        ("Not loaded due to capacity", S.DELAYED),  # the negation is the delay
        ("Relabelled and forwarded", S.IN_TRANSIT),
        ("Incorrect label, parcel held", S.EXCEPTION),
        ("Customs declaration missing", S.CUSTOMS_HELD),
        ("Address does not exist", S.ADDRESS_ISSUE),
    ],
)
def test_general_vocabulary_session_13_vocaben(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 14 (s14-vocabas): general wording of zh, vi, th, ko, ja, id, ar, he
        # (event_texts.tsv), with neighbours that must not move.
        ("面单破损，无法识别", S.EXCEPTION),  # the label is torn, not the parcel
        ("包裹破损", S.DAMAGED),
        ("已通知快递员取件，请保持电话畅通", S.INFO_RECEIVED),  # not collected yet
        ("快递小哥已上门取走包裹", S.ACCEPTED),
        # Taken from the locker by the recipient: delivered, by the judgement call on lockers
        # (session 9); sb12's accepted reading moved with zh.delivered.r5.s15e (session 15).
        ("收件人已从快递柜取走包裹", S.DELIVERED),
        ("离开揽收仓", S.IN_TRANSIT),
        ("快件已投递到【某快递柜】", S.AVAILABLE_FOR_PICKUP),
        ("退货已送达商家", S.RETURNED),
        ("退货包裹已寄出", S.RETURNING),
        ("订单已确认", S.INFO_RECEIVED),
        ("订单已确认收货", S.DELIVERED),  # the buyer confirmed receipt
        ("快递员已出发，预计下午送达", S.OUT_FOR_DELIVERY),
        ("快递员已出发揽件", S.INFO_RECEIVED),  # on the way to the sender
        ("暂存于网点，待二次派送", S.FAILED_ATTEMPT),
        ("Đơn hàng bị treo", S.EXCEPTION),  # on hold ("bị treo"), not late ("bị trễ")
        ("Đơn hàng bị trễ", S.DELAYED),
        ("Chờ người bán bàn giao hàng", S.INFO_RECEIVED),
        ("Người bán đã bàn giao hàng", S.ACCEPTED),
        ("Không lấy được hàng", S.EXCEPTION),  # a failed collection from the sender
        ("Hàng chờ tại bưu cục để chuyển tiếp", S.IN_TRANSIT),  # not waiting for the recipient
        ("รอพนักงานมารับพัสดุ", S.INFO_RECEIVED),  # the courier, not the recipient
        ("เข้ารับพัสดุไม่สำเร็จ", S.EXCEPTION),
        ("อยู่ระหว่างผ่านพิธีการศุลกากร", S.CUSTOMS_STARTED),  # under way, not passed
        ("ศุลกากรตรวจปล่อย", S.CUSTOMS_CLEARED),
        ("รอศุลกากรตรวจปล่อย", S.CUSTOMS_STARTED),  # waiting for the release
        ("ส่งพัสดุเรียบร้อย", S.DELIVERED),
        ("ฝากส่งพัสดุเรียบร้อย", S.ACCEPTED),  # the sender handing it in
        ("ฝากส่งที่เคาน์เตอร์", S.ACCEPTED),
        ("택배사에 집하 요청", S.INFO_RECEIVED),  # requested, not collected
        ("고객님의 주문이 접수되었습니다", S.INFO_RECEIVED),
        ("반송 배달 완료", S.RETURNED),
        ("개인통관고유부호 오류", S.CUSTOMS_HELD),
        ("주문 확인 중", None),  # an order being checked: no exception
        ("集荷予定", S.INFO_RECEIVED),
        ("日本到着", S.ARRIVED_DESTINATION),
        ("日本到着予定", S.IN_TRANSIT),  # expected, not arrived
        ("転居", S.ADDRESS_ISSUE),
        ("Paket sudah di-pickup", S.ACCEPTED),
        ("Paket berhasil diretur ke pengirim", S.RETURNED),
        ("Kurir sedang menuju lokasi pengambilan", S.INFO_RECEIVED),  # to the seller
        ("في انتظار استلام الشحنة من المرسل", S.INFO_RECEIVED),  # from the sender
        ("الشحنة في انتظار الاستلام من الفرع", S.AVAILABLE_FOR_PICKUP),
        ("تم تسليم الشحنة إلى البريد السعودي", S.HANDED_OVER),
        ("جاري التخليص الجمركي", S.CUSTOMS_STARTED),  # under way, not cleared
        ("تم وضعه في صندوق البريد", S.ACCEPTED),  # posted, not a PO box pickup
        ("המשלוח ממתין לאיסוף השליח", S.INFO_RECEIVED),  # the courier, not the recipient
        ("הדבר נמסר לדואר", S.ACCEPTED),
        ("המשלוח בדרכו לסניף החלוקה", S.IN_TRANSIT),
        ("הדבר הוחזר למוען", S.RETURNED),
        ("บาร์โค้ดเสียหาย", S.EXCEPTION),  # the barcode, not the parcel
        ("พัสดุถูกกักไว้ที่ศูนย์เพื่อตรวจสอบ", S.EXCEPTION),  # held at a hub, not by customs
        ("ผู้ส่งฝากพัสดุที่ล็อกเกอร์", None),  # handed in at a locker: no pickup
        ("Label paket rusak", S.EXCEPTION),
        # No Indonesian "locker" pickup: the English line haul to a locker (PostNL's text).
        ("Shipment will be delivered to the parcel locker", S.IN_TRANSIT),
        ("Paket tertahan di hub karena masalah operasional", S.DELAYED),
        ("Paket dalam investigasi kehilangan", S.EXCEPTION),  # an investigation, not the loss
        ("包裹因申报价值不符被海关扣留", S.CUSTOMS_HELD),  # 不符 negates nothing here
        ("包裹重量与申报不符", S.EXCEPTION),
        ("快件已被本人取走", S.DELIVERED),
        ("Đơn hoàn đang trên đường về kho", S.RETURNING),
        ("Hàng bị chuyển nhầm tuyến", S.DELAYED),
        ("Đơn hàng đang được vận chuyển nhanh", S.IN_TRANSIT),  # "chuyen nhanh", not "chuyen nha"
        ("Người nhận đã chuyển nhà", S.ADDRESS_ISSUE),
        ("Hàng đang làm thủ tục thông quan", S.CUSTOMS_STARTED),  # under way, not cleared
        ("배송 불가 상품", S.EXCEPTION),
        ("화물 사고 처리 중", S.EXCEPTION),
        ("配送業者に引き渡し予定", S.INFO_RECEIVED),  # to come, not the hand-over
        ("営業所止め", S.AVAILABLE_FOR_PICKUP),
        ("تم استلام الشحنة من قبل المستلم", S.DELIVERED),  # by the recipient
        ("تم استلام الشحنة من المرسل", S.ACCEPTED),
        ("إعادة الشحنة إلى المرسل قيد التنفيذ", S.RETURNING),  # in progress
        ("ההזמנה הועברה לחברת השליחויות", S.INFO_RECEIVED),  # the order (data), not the parcel
        ("הועבר לחברת השליחויות להמשך חלוקה", S.HANDED_OVER),
        ("הועמס לרכב החלוקה", S.OUT_FOR_DELIVERY),
    ],
)
def test_general_vocabulary_session_14_vocabas(text: str, expected: S | None) -> None:
    found = classify_rules(text)
    assert (found.sub_status if found else None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A shop's order waiting for payment is order data, not customs waiting for duties.
        ("Order created, awaiting payment", S.INFO_RECEIVED),
        ("Order awaiting payment", S.INFO_RECEIVED),
        ("Awaiting payment", S.CUSTOMS_HELD),  # a carrier's own line (DHL): duties
        ("Order held, awaiting payment of duties", S.CUSTOMS_HELD),
        ("Further clearance processing is required", S.CUSTOMS_HELD),
        ("Your courier tried to deliver but couldn't", S.FAILED_ATTEMPT),
        ("Item carded for collection", S.FAILED_ATTEMPT),
        ("Futile delivery - customer not home", S.FAILED_ATTEMPT),
        ("We've got it", S.ACCEPTED),
        ("Shipment outscanned to network", S.IN_TRANSIT),
        ("Item has been handed over to the overseas postal partner", S.HANDED_OVER),
        ("Return parcel signed by sender", S.RETURNED),
        ("Shipment booked, awaiting pickup", S.INFO_RECEIVED),  # the courier's, from the sender
        ("Label damaged - reprocessing", S.EXCEPTION),  # the label, not the parcel
        ("Address label illegible, we're attempting to update the address", S.ADDRESS_ISSUE),
        ("Missing in transit", S.LOST),
        ("Parcel missed the scheduled transport", S.DELAYED),
        ("Assigned to driver", S.OUT_FOR_DELIVERY),
        ("Leaving origin country", S.DEPARTED_ORIGIN),
        ("The shipper has created a shipment but has not yet handed it to us", S.INFO_RECEIVED),
        ("Item has left the sending country", S.DEPARTED_ORIGIN),
        ("Your parcel has been loaded onto our van", S.OUT_FOR_DELIVERY),
        ("Your parcel didn't make it onto the van today", S.DELAYED),
        ("The sender has received the parcel back", S.RETURNED),
        ("Pay your fee to release your parcel", S.CUSTOMS_HELD),
        ("Parcel cannot be traced", S.LOST),
        ("AttemptFail", S.FAILED_ATTEMPT),  # aggregators' status names
        ("AvailableForPickup", S.AVAILABLE_FOR_PICKUP),
        ("Pickup pending", S.INFO_RECEIVED),
        ("Pickup not done - shipper not ready", S.EXCEPTION),  # a pickup from the sender
        ("Rider unable to contact consignee", S.EXCEPTION),  # as the corpus labels it
        ("Item returned from customs", S.CUSTOMS_CLEARED),
        ("Shipment cleared", S.CUSTOMS_CLEARED),
        ("Receptacle closed", S.IN_TRANSIT),
        ("Item left outward office of exchange", S.DEPARTED_ORIGIN),
        ("Package has not been scanned by the carrier yet", S.INFO_RECEIVED),
        ("Your parcel has landed in the UK", S.ARRIVED_DESTINATION),
        ("Delivery will be completed by the local postal service", S.HANDED_OVER),
        ("Address could not be verified", S.ADDRESS_ISSUE),
        ("Your return has been received by the seller", S.RETURNED),
        ("Customs charges must be paid before release", S.CUSTOMS_HELD),
        ("Undeliverable address", S.ADDRESS_ISSUE),  # not the failed attempt "undeliverable"
        ("Postcode does not match the address", S.ADDRESS_ISSUE),
        ("Awaiting importer's clearance instructions", S.CUSTOMS_HELD),
        ("Carrier has received shipment information", S.INFO_RECEIVED),
        ("Handed to the postal service for final delivery", S.HANDED_OVER),
        ("Waiting at the Amazon Locker", S.AVAILABLE_FOR_PICKUP),
        ("Shipment is ready to be collected from the sender", S.INFO_RECEIVED),
        ("Your parcel hasn't been sent yet", S.INFO_RECEIVED),
        ("Held over at depot until tomorrow", S.DELAYED),
        ("Left with a neighbour", S.DELIVERED),
        ("Awaiting delivery scan", S.IN_TRANSIT),
        ("We have received your shipment details but not the package", S.INFO_RECEIVED),
        ("The parcel is waiting for you at the service point", S.AVAILABLE_FOR_PICKUP),
        ("The parcel has been left in the agreed safe place", S.DELIVERED),
    ],
)
def test_general_vocabulary_session_14_vocaben(text: str, expected: S | None) -> None:
    found = classify_rules(text, "en")
    assert (found.sub_status if found else None) is expected


def test_signed_by_a_facility_of_the_origin_is_not_a_return() -> None:
    found = classify_rules("Signed by origin facility", "en")
    assert found is None or found.sub_status is not S.RETURNED
