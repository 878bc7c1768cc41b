"""Which shop or carrier a mail comes from: sender domains (and forwarded "From:" lines),
Shopify stores, then the names a mail uses, in that order."""

from __future__ import annotations

from parceltrail.domain.mail_in.shops import Shop, _rule, senders, shop_of

AMAZON = Shop("Amazon", "marketplace")
UPS = Shop("UPS", "carrier", "ups")


def _shop(
    sender: str = "",
    sender_name: str = "",
    subject: str = "",
    text: str = "",
    links: tuple[str, ...] = (),
    user_domain: str | None = None,
) -> Shop | None:
    return shop_of(
        sender=sender,
        sender_name=sender_name,
        subject=subject,
        text=text,
        links=links,
        user_domain=user_domain,
    )


def test_senders_are_the_from_address_then_forwarded_from_lines() -> None:
    text = (
        "see below\n"
        "From: Amazon <Shipment-Tracking@Amazon.DE>\n"
        '> Von: "DHL Paket" <noreply@dhl.de>\n'
        "发件人: 淘宝\n"
        "not a from line: x@y.com\n"
    )
    assert senders("Me@Example.COM", text) == [
        ("", "example.com"),
        ("Amazon", "amazon.de"),
        ("DHL Paket", "dhl.de"),
        ("淘宝", ""),
    ]
    assert senders("no address", "") == []


def test_a_sender_domain_or_its_subdomain_names_the_shop() -> None:
    assert _shop("shipment-tracking@amazon.co.uk") == AMAZON
    assert _shop("x@marketplace.amazon.de") == AMAZON
    assert _shop("x@notamazon.com") is None  # a longer name is not a subdomain
    assert _shop("mcinfo@ups.com") == UPS


def test_a_forwarded_mail_is_known_by_its_original_sender_not_the_users_domain() -> None:
    text = "From: UPS <mcinfo@ups.com>\n"
    assert _shop("me@amazon.com", text=text, user_domain="amazon.com") == UPS
    assert _shop("me@example.com", text=text) == UPS


def test_a_shopify_store_is_named_by_its_sender() -> None:
    link = ("https://shop.app/track/abc",)
    assert _shop("orders@store.example", "Store Team", links=link) == Shop("Store Team", "shopify")
    forwarded = "From: Little Shop <hello@little.example>\n"
    assert _shop("me@example.com", "Me", text=forwarded + "cdn.shopify.com/logo.png") == Shop(
        "Little Shop", "shopify"
    )
    assert _shop("orders@store.example", "", text="myshopify.com") == Shop(
        "store.example", "shopify"
    )
    assert _shop("", "", text="shopifyemail.com") == Shop("Shopify store", "shopify")
    long_name = "N" * 150
    assert _shop("", long_name, links=link) == Shop("N" * 100, "shopify")


def test_a_name_with_an_address_in_it_is_not_a_store_name() -> None:
    forwarded = "From: orders@store.example\n"
    assert _shop("", "Sender", text=forwarded + "myshopify.com") == Shop("Sender", "shopify")


def test_a_marketplace_named_in_the_head_or_early_text() -> None:
    assert _shop(sender_name="AliExpress") == Shop("AliExpress", "marketplace")
    assert _shop(subject="Your eBay item has shipped") == Shop("eBay", "marketplace")
    assert _shop(text="Thanks for shopping on Etsy") == Shop("Etsy", "marketplace")
    assert _shop(text="x" * 3000 + " Etsy") is None  # only the start of the text is read


def test_a_carrier_is_known_by_its_name_in_the_head_only() -> None:
    assert _shop(subject="Your UPS delivery") == UPS
    assert _shop(text="Shipped with UPS") is None
    assert _shop(subject="Nothing known here") is None


def test_a_rule_holds_its_shop_domains_and_case_blind_words() -> None:
    # The tables are built at import; build one again to state what a rule holds.
    built = _rule("Xpress", "carrier", ("xpress.example",), r"\bxpress\b", "xpress_code")
    assert built.shop == Shop("Xpress", "carrier", "xpress_code")
    assert built.domains == ("xpress.example",)
    assert built.words.pattern == r"\bxpress\b"
    assert built.words.search("Sent by XPRESS today")
    assert _rule("Shop", "marketplace", (), "shop").shop.carrier is None


def test_a_forwarded_senders_long_name_is_cut_for_a_store() -> None:
    forwarded = "From: " + "N" * 150 + " <hello@little.example>\n"
    assert _shop("me@example.com", "Me", text=forwarded + "myshopify.com") == Shop(
        "N" * 100, "shopify"
    )
