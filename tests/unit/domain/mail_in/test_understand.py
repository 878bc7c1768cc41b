"""A mail understood: where its numbers come from and in which order, the carrier of each,
the order reference, items, the shop a carrier names, and why nothing was found.

Numbers: UPS's documented test number and the labelled real numbers of tests/data/numbers
(each with its source there); AB123456789GB and ZZ99999999 are made up here, shaped like
numbers whose check digit fails, as a mail with an anonymised number shows them; 900123456 and
12345678901 are made up too, references of nine and eleven digits (TNT's and GLS's lengths),
and the S10 numbers of the hostile mails are built here with their check digit."""

from __future__ import annotations

import csv
from pathlib import Path

from parceltrail.domain.mail_in.mime import MailContent, MailLimits
from parceltrail.domain.mail_in.shops import Shop
from parceltrail.domain.mail_in.understand import (
    MAX_NUMBERS,
    READ_CHARS,
    MailNumber,
    MailReading,
    _carrier,
    _items,
    _merchant,
    _named_carrier,
    _order_reference,
    understand,
    understand_content,
)
from parceltrail.domain.numbers.checkdigits import compute_s10
from tests.hang_guard import finishes

UPS = "1Z999AA10123456784"
DPD = Shop("DPD", "carrier", "dpd")
NUMBERS = Path(__file__).resolve().parents[3] / "data" / "numbers" / "real_numbers_world.tsv"


def _real(carriers: set[str]) -> list[str]:
    with NUMBERS.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    return [number for carrier, number, _, _ in rows if carrier in carriers]


def _read(**fields: object) -> MailReading:
    return understand_content(MailContent("f", **fields))  # type: ignore[arg-type]


def test_a_number_in_the_text_with_its_carrier_and_the_order_reference() -> None:
    reading = _read(subject="Shipped", text=f"Order #A-10023 shipped. Tracking number: {UPS}")
    assert reading.outcome == "found"
    assert reading.reason is None
    assert reading.numbers == (MailNumber(UPS, "ups", "text"),)
    assert reading.order_reference == "A-10023"


def test_a_link_comes_first_and_a_number_is_listed_once() -> None:
    link = f"https://www.ups.com/track?tracknum={UPS}"
    reading = _read(text=f"Tracking number: {UPS}", links=(link,))
    assert reading.numbers == (MailNumber(UPS, "ups", "link"),)


def test_the_order_number_is_never_a_tracking_number() -> None:
    reading = _read(text=f"Order number: {UPS}")
    assert reading.order_reference == UPS
    assert reading.outcome == "nothing_found"
    link = f"https://www.ups.com/track?tracknum={UPS}"
    assert _read(text=f"Order number: {UPS}", links=(link,)).numbers == ()


def test_at_most_ten_numbers() -> None:
    numbers = _real({"usps", "fedex", "dhl_paket"})
    assert len(numbers) > MAX_NUMBERS
    reading = _read(text="\n".join(f"Parcel {n}" for n in numbers))
    assert len(reading.numbers) == MAX_NUMBERS == 10


def test_a_labelled_number_of_the_sending_carrier_is_taken_unchecked() -> None:
    reading = _read(
        subject="Your Royal Mail parcel from John Lewis is on its way",
        sender="no-reply@royalmail.com",
        text="Tracking number: AB123456789GB",
    )
    assert reading.numbers == (MailNumber("AB123456789GB", "royal_mail", "label", False),)
    assert reading.shop == Shop("Royal Mail", "carrier", "royal_mail")
    assert reading.merchant == "John Lewis"
    assert reading.shop_name == "John Lewis"
    assert reading.label() == "Parcel from John Lewis"


def test_a_labelled_value_without_a_digit_or_a_carrier_is_not_a_number() -> None:
    assert _read(text="Tracking number: ABCDEFGHIJ", sender="x@royalmail.com").numbers == ()
    assert _read(text="Tracking number: ZZ99999999").numbers == ()  # no carrier at all


def test_why_nothing_was_found() -> None:
    empty = _read(subject="hi", text="  ")
    assert (empty.outcome, empty.reason) == (
        "nothing_found",
        "the mail has no text to read (only attachments or images)",
    )
    words = _read(subject="hi", text="hello there")
    assert words.reason == (
        "no tracking number or carrier tracking link was found in the mail; the shop may "
        "not have shipped yet, or the number is only in an image"
    )
    assert words.numbers == ()


def test_a_refused_mail_says_why() -> None:
    raw = b"Subject: big\r\n\r\n" + b"x" * 4096
    reading = understand(raw, limits=MailLimits(max_bytes=1024))
    assert reading.outcome == "refused"
    assert reading.reason is not None
    assert reading.reason.startswith("the mail is 4 KiB, more than the 1 KiB read here")
    assert reading.subject == ""


def test_the_shop_a_carriers_subject_names() -> None:
    assert _merchant("Your parcel from Zalando is on its way", DPD) == "Zalando"
    assert _merchant("Your IKEA parcel is coming", DPD) == "IKEA"
    assert _merchant("Paczka od Allegro: w drodze", DPD) == "Allegro"
    assert _merchant("Ihr Paket von Otto ist unterwegs", DPD) == "Otto"
    assert _merchant("Votre colis de Fnac est en route", DPD) == "Fnac"
    assert _merchant("parcel from DPD Local", DPD) is None  # the carrier itself
    assert _merchant("parcel from a b c d e f g", DPD) is None  # too many words for a name
    assert _merchant("Nothing here", DPD) is None


def test_an_order_reference_has_a_digit() -> None:
    assert _order_reference("Order number: ABCD-EFGH") is None
    assert _order_reference("order no. 123-456") == "123-456"
    assert _order_reference("Bestellnummer: 12345") == "12345"
    assert _order_reference("Order ABCD-EFGH, order #xy-99") == "XY-99"


def test_items_are_listed_once_and_at_most_five() -> None:
    text = "Item: Red shoes\nItem: Red shoes\nArtikel: Lampe\nproduct name: Desk lamp\n"
    assert _items(text) == ("Red shoes", "Lampe", "Desk lamp")
    many = "\n".join(f"Item: thing {n}" for n in range(8))
    assert _items(many) == tuple(f"thing {n}" for n in range(5))


def test_the_carrier_of_a_number() -> None:
    assert _carrier(("fedex", "ups"), "text about ups", None) == "ups"  # named in the mail
    assert _carrier(("fedex", "ups"), "x", "ups") == "ups"  # the sending carrier
    assert _carrier(("fedex", "ups"), "x", "dpd") == "fedex"  # else the detector's first
    assert _carrier((), "x", "dpd") == "dpd"
    assert _carrier((), "x") is None
    assert _named_carrier("sent with UPS") == "ups"
    assert _named_carrier("sent with UPS and DHL") is None  # more than one
    assert _named_carrier("sent") is None


def test_tracking_number_labels_in_many_languages() -> None:
    labels = [
        "Sendungsverfolgungsnummer lautet",
        "Paketverfolgungsnummer:",
        "Kontrollnummer:\u00a0",
        "Ihr Packstück",
        "numéro de suivi :",
        "número de rastreio:",
        "código de seguimiento:",
        "numero di spedizione:",
        "pakketnummer:",
        "numer śledzenia:",
        "číslo zásilky:",
        "spårningsnummer:",
        "takip numarası:",
        "трек-номер:",
        "运单号：",
        "运单号为",
        "运单号：\u3000",
        "追跡番号：",
        "운송장 번호:",
        "رقم التتبع:",
        "nomor resi:",
        "*Paketnummer*\n",
    ]
    for label in labels:
        reading = _read(text=f"Hallo,\n{label} {UPS}. Danke", sender="x@ups.com")
        assert reading.numbers[:1] == (MailNumber(UPS, "ups", "text"),), label
        # anonymised (its check digit fails): found by the label alone
        wrong = UPS[:-1] + "5"
        reading = _read(text=f"Hallo,\n{label} {wrong}. Danke", sender="x@ups.com")
        assert reading.numbers == (MailNumber(wrong, "ups", "label", False),), label


def test_a_label_joined_to_its_number_in_a_script_without_spaces() -> None:
    wrong = UPS[:-1] + "5"
    for text in (f"您的运单号为{wrong}，请查收", f"追跡番号：{wrong}"):
        reading = _read(text=text, sender="x@ups.com")
        assert reading.numbers == (MailNumber(wrong, "ups", "label", False),), text
    # a longer run of letters and digits is no number of the label before it
    assert (
        _read(
            text=f"Tracking number: X{wrong}ABCDEFGHIJKLMNOPQRSTUVWXYZ", sender="x@ups.com"
        ).numbers
        == ()
    )


def test_a_label_word_running_into_letters_does_not_hide_the_label_after_it() -> None:
    text = "Ihre Sendungsverfolgungsnummer lautet AB123456789GB."
    reading = _read(text=text, sender="noreply@royalmail.com")
    assert reading.numbers == (MailNumber("AB123456789GB", "royal_mail", "label", False),)


def test_a_label_alone_on_its_line_and_the_number_below() -> None:
    text = (
        "Versender & Paketnummer:\n\nBeispiel GmbH\n \n<https://my.dpd.de/x\n&locale=de_DE>"
        " 09999999999903\n\nEmpfänger:\nMax"
    )
    reading = _read(text=text, sender="noreply@service.dpd.de")
    assert reading.numbers == (MailNumber("09999999999903", "dpd", "label", True),)
    # at most three lines below, and never past another label
    far = "Paketnummer:\na\nb\nc\n09999999999903"
    assert _read(text=far, sender="noreply@service.dpd.de").numbers == ()
    other = "Sendung verfolgen\nBlue filament 1 kg\nArtikelnr.:\n999950265591"
    assert _read(text=other, sender="ebay@ebay.com").numbers == ()
    # a label word inside a sentence or a button names no number of digits only: a phone
    # number, an item's barcode or an item number below it is none
    for text, sender in (
        ("Fragen zu Ihrer Sendung? Rufen Sie uns an\n08001234567", "service@otto.de"),
        ("Questions about your shipment? Call us\n18005551234", "orders@bestbuy.com"),
        ("Suivi de votre commande\nArticle\n4006381333931\nQuantité 1", "commandes@fnac.com"),
        ("Sendung verfolgen\nArtikelnummer\n395123456789", "ebay@ebay.com"),
    ):
        assert _read(text=text, sender=sender).numbers == (), text
    # ... though a number of letters and digits it does (DHL's "Sendungsstatus bei DHL
    # einsehen" button above it, tests/data/mails/pt_118_dhl_international_unterwegs.eml)
    text = "Sendungsstatus bei DHL einsehen\nAB123456789GB\nUnser Zustellpartner"
    reading = _read(text=text, sender="noreply@dhl.de")
    assert [n.number for n in reading.numbers] == ["AB123456789GB"]


def test_a_number_the_markup_marks_comes_before_numbers_of_the_text() -> None:
    other = _real({"usps"})[0]
    wrong = UPS[:-1] + "5"
    reading = _read(text=f"Delivered.\nParcel {other}", marked=(wrong,), sender="a@ups.com")
    assert reading.numbers[0] == MailNumber(wrong, "ups", "label", False)
    assert reading.numbers[1].number == other
    # a number spaced in groups is one number; words with a number among them are none
    spaced = "1Z 999 AA1 0123 4567 85"
    reading = _read(text="Delivered", marked=(spaced,), sender="ebay@ebay.com")
    assert reading.numbers == (MailNumber(wrong, "ups", "label", False),)
    for words in (f"Tracking number {wrong}", "Shipment 2 of 3", "Bestellung 12345678"):
        # (they were glued into TRACKINGNUMBER1Z..., SHIPMENT2OF3, BESTELLUNG12345678)
        assert _read(text="Delivered", marked=(words,), sender="ebay@ebay.com").numbers == ()
    # a marked value with no digit, or no carrier anywhere, is no number
    assert _read(text="Delivered", marked=("pending",)).numbers == ()
    assert _read(text="Delivered", marked=("ZZ99999999",)).numbers == ()


def test_a_shops_mail_naming_its_parcels_number_gives_it_with_no_carrier() -> None:
    text = "Ihr Paket AP99995016711915 wurde von unserem Versandpartner abgeholt."
    reading = _read(text=text, sender="transaction@notice.aliexpress.com")
    assert reading.numbers == (MailNumber("AP99995016711915", None, "label", False),)
    # from no known shop or carrier, an unknown shape is no number
    assert _read(text=text, sender="someone@example.com").numbers == ()


def test_a_link_parameter_named_as_a_tracking_number_on_any_site() -> None:
    wrong = UPS[:-1] + "5"
    for link in (
        f"https://track.aftership.com/trackings?tracking-numbers={wrong}",
        f"https://t.17track.net/en#nums={wrong},{UPS}",
        f"https://shop.example/apps/track?Tracking_Number={wrong}&lang=de",
        f"https://click.example/?u=https%3A%2F%2Fparcels.example%2F%3Fawb%3D{wrong}",
    ):
        reading = _read(text="Your order is on its way", links=(link,))
        assert reading.numbers[0] == MailNumber(wrong, "ups", "label", False), link
    # another parameter, or a value with no digit, is no number
    for link in (f"https://shop.example/?order={wrong}", "https://x.example/?tracking_number=abc"):
        assert _read(text="Shipped", links=(link,)).numbers == (), link
    # a click-tracking id in a shop's link is not a parcel's number
    click = "https://www.ebay.com/itm/1?trackingid=AQ12345678"
    assert _read(text="Shipped", sender="ebay@ebay.com", links=(click,)).numbers == ()


def test_a_mail_of_thousands_of_labels_is_read_in_bounded_time() -> None:
    # Each label once searched the whole text for a carrier's name: 2,000 labels of a 52 kB
    # mail took minutes. ZZ99999999 fits no carrier, so every label is weighed to the end.
    text = "Tracking number: ZZ99999999 " * 2000
    reading = finishes(lambda: _read(text=text, sender="someone@example.com"))
    assert reading.numbers == ()
    # from a carrier, each value labelled is its number: the first ten are kept
    numbers = [f"ZZ{n:08d}" for n in range(2000)]
    text = "".join(f"Tracking number: {number}\n" for number in numbers)
    reading = finishes(lambda: _read(text=text, sender="x@ups.com"))
    assert [n.number for n in reading.numbers] == numbers[:MAX_NUMBERS]


def test_a_label_word_inside_another_word_is_no_label() -> None:
    for text in ("Hawb 12345678901", "Ihre Rücksendung 1234567890 ist angemeldet"):
        assert _read(text=text, sender="someone@example.com").numbers == (), text
    reading = _read(text="AWB 12345678901", sender="someone@example.com")
    assert [n.number for n in reading.numbers] == ["12345678901"]


def test_a_number_tied_to_a_carrier_by_its_length_alone_names_no_carrier() -> None:
    # Any reference of nine digits has TNT's shape (no check digit, no prefix), any of eleven
    # GLS's: the label says it is a tracking number, not whose. The carrier then comes from
    # the mail (its sender, a carrier it names), or stays unknown for the polls to settle.
    for text in ("seguimiento: 900123456", "Número de seguimiento: 900123456", "AWB 12345678901"):
        [found] = _read(text=text, sender="tienda@example.com").numbers
        assert (found.number, found.carrier, found.via) == (text.split()[-1], None, "label")
    named = _read(text="Número de seguimiento: 900123456. Enviado con GLS.", sender="t@x.es")
    assert [(n.number, n.carrier) for n in named.numbers] == [("900123456", "gls")]
    sent = _read(text="seguimiento: 900123456", sender="x@ups.com")
    assert [(n.number, n.carrier) for n in sent.numbers] == [("900123456", "ups")]
    # letters in their places are more than a length: an anonymised UPS number keeps UPS
    wrong = UPS[:-1] + "5"
    reading = _read(text=f"seguimiento: {wrong}", sender="tienda@example.com")
    assert reading.numbers == (MailNumber(wrong, "ups", "label", False),)


def test_hostile_mails_are_read_in_bounded_time_and_read_right() -> None:
    wrong = UPS[:-1] + "5"
    # "order" and a run of spaces: every way of sharing the run between the pattern's runs of
    # white space was tried (400 spaces: about 15 s; 1,000: minutes)
    assert finishes(lambda: _order_reference("Your order" + " " * 400)) is None
    assert finishes(lambda: _order_reference("Your order" + " " * 40_000)) is None
    assert _order_reference("Order" + " " * 40_000 + "#A-10023") == "A-10023"
    assert _items("Item   :   Red shoes\nItem" + " " * 40_000) == ("Red shoes",)
    # tens of thousands of values with a digit: each once had LABEL_REACH characters before it
    # searched for a label, and the number extractor read 200,000 characters
    noise = "A1234567 " * 33_000
    assert finishes(lambda: _read(text=noise, sender="someone@example.com")).numbers == ()
    labelled = f"Tracking number: {wrong}\n{noise}"
    reading = finishes(lambda: _read(text=labelled, sender="someone@example.com"))
    assert reading.numbers == (MailNumber(wrong, "ups", "label", False),)
    # a label with a digit shortly before it is still found (the search starts after it)
    reading = _read(text=f"Ref 7 Tracking number: {wrong}", sender="someone@example.com")
    assert reading.numbers == (MailNumber(wrong, "ups", "label", False),)
    # twenty thousand valid numbers: each one's carrier once lowered and searched the whole
    # mail (minutes); the first ten are kept, in their order
    numbers = [f"RR{n:08d}{compute_s10(f'{n:08d}')}CN" for n in range(20_000)]
    reading = finishes(lambda: _read(text=" ".join(numbers), sender="someone@example.com"))
    assert [n.number for n in reading.numbers] == numbers[:MAX_NUMBERS]
    # what lies beyond the characters read is not read
    late = _read(text=" " * READ_CHARS + f"Tracking number: {UPS}", sender="x@ups.com")
    assert late.numbers == ()
