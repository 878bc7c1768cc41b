"""My parcels: a parcel as stored (label, shop, items, reference), archiving, addresses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.parcels import (
    _LOCAL_ALPHABET,
    LOCAL_PART_LENGTH,
    MAX_LABEL,
    MAX_SHOP,
    MailReceived,
    Parcel,
    checked_label,
    default_label,
    new_local_part,
)

NOW = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)


def _parcel(**kw: object) -> Parcel:
    fields: dict[str, object] = {
        "user_id": "usr_1",
        "shipment_id": "shp_1",
        "tracking_number": "1Z999AA10123456784",
        "carrier": "ups",
        "source": "number",
        "now": NOW,
    } | kw
    return Parcel.new(**fields)  # type: ignore[arg-type]


def test_a_new_parcel_keeps_what_it_was_given() -> None:
    parcel = _parcel(label="  Boots\n for  winter ", shop=" Zalando ", order_reference="A-1")
    assert parcel.id.startswith("prc_")
    assert len(parcel.id) == len("prc_") + 16
    assert (parcel.user_id, parcel.shipment_id) == ("usr_1", "shp_1")
    assert (parcel.tracking_number, parcel.carrier) == ("1Z999AA10123456784", "ups")
    assert parcel.label == "Boots for winter"
    assert parcel.shop == "Zalando"
    assert parcel.source == "number"
    assert parcel.created_at == NOW
    assert parcel.order_reference == "A-1"
    assert parcel.items == ()
    assert parcel.archived_at is None
    assert parcel.events == []


def test_a_new_parcel_without_a_label_is_named_after_its_first_item_and_shop() -> None:
    parcel = _parcel(items=("Wireless  headphones", "Case"), shop="AliExpress")
    assert parcel.label == "Wireless headphones from AliExpress"
    assert parcel.items == ("Wireless  headphones", "Case")
    assert _parcel(label="").label == "Parcel"


def test_a_new_parcel_bounds_shop_reference_and_items() -> None:
    parcel = _parcel(
        shop="S" * (MAX_SHOP + 5),
        order_reference="R" * 150,
        items=tuple(f"{n}" + "x" * 300 for n in range(7)),
    )
    assert parcel.shop == "S" * MAX_SHOP
    assert parcel.order_reference == "R" * 100
    assert len(parcel.items) == 5
    assert all(len(item) == 200 for item in parcel.items)
    assert [item[0] for item in parcel.items] == ["0", "1", "2", "3", "4"]


def test_a_blank_shop_or_reference_is_none() -> None:
    parcel = _parcel(shop="   ", order_reference="")
    assert parcel.shop is None
    assert parcel.order_reference is None
    assert _parcel().shop is None
    assert _parcel().order_reference is None


def test_a_given_label_is_checked() -> None:
    with pytest.raises(ValidationFailed):
        _parcel(label=" \n ")
    with pytest.raises(ValidationFailed):
        _parcel(label="x" * (MAX_LABEL + 1))


def test_checked_label_trims_to_one_line_and_bounds_the_length() -> None:
    assert checked_label("  Shoes \t and\nsocks  ") == "Shoes and socks"
    assert checked_label("x" * MAX_LABEL) == "x" * MAX_LABEL
    with pytest.raises(ValidationFailed) as blank:
        checked_label(" \t ")
    assert str(blank.value) == "a label needs some text, such as “Headphones from AliExpress”"
    with pytest.raises(ValidationFailed) as long:
        checked_label("y" * (MAX_LABEL + 1))
    assert str(long.value) == f"a label has at most {MAX_LABEL} characters; this one has 121"


def test_default_label() -> None:
    assert default_label((), None) == "Parcel"
    assert default_label((), "  Etsy ") == "Parcel from Etsy"
    assert default_label((), "  ") == "Parcel"
    assert default_label(("A  lamp\n", "bulbs"), None) == "A lamp"
    assert default_label(("z" * 90,), "Shop") == "z" * 80 + " from Shop"
    assert default_label(("Desk",), "Q" * (MAX_SHOP + 10)) == "Desk from " + "Q" * MAX_SHOP


def test_relabelling_checks_the_new_label_and_keeps_the_rest() -> None:
    parcel = _parcel(label="Old")
    renamed = parcel.relabelled("  New  name ")
    assert renamed.label == "New name"
    assert renamed.id == parcel.id
    assert parcel.label == "Old"
    with pytest.raises(ValidationFailed):
        parcel.relabelled("")


def test_archiving_keeps_the_first_time_and_restoring_clears_it() -> None:
    parcel = _parcel()
    archived = parcel.archived(NOW)
    assert archived.archived_at == NOW
    assert archived.archived(NOW + timedelta(days=3)) is archived
    restored = archived.restored()
    assert restored.archived_at is None
    assert restored.archived(NOW + timedelta(days=3)).archived_at == NOW + timedelta(days=3)


def test_a_forwarding_local_part_is_twelve_easily_read_characters() -> None:
    parts = {new_local_part() for _ in range(20)}
    assert len(parts) == 20  # random, not repeated
    for part in parts:
        assert len(part) == LOCAL_PART_LENGTH == 12
        assert set(part) <= set(_LOCAL_ALPHABET)
    assert not set(_LOCAL_ALPHABET) & set("ilo01")  # none that reads as another


def test_a_received_mail_is_an_event_with_its_ids() -> None:
    event = MailReceived(mail_id=7, user_id="usr_1")
    assert event.name == "mail.received"
    assert event.payload() == {"mail_id": 7, "user_id": "usr_1"}
