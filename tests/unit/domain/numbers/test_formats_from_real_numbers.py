"""Formats added or raised because real train numbers showed them (sessions 9 to 12).

Each test names the real numbers behind the rule; their sources are in
tests/data/numbers/real_numbers_world.tsv and in the formats' examples.
"""

import pytest

from parceltrail.domain.numbers import detect, load_directory
from parceltrail.domain.numbers.checkdigits import compute_s10


def _candidate(number: str, carrier: str):
    found = detect(number)
    return next((c for c in found.candidates if c.carrier == carrier), None)


@pytest.mark.parametrize("number", ["9710834110512", "1136281381675"])
def test_china_ems_13_digits_carry_the_s10_check_digit_over_their_serial(number):
    # Taobao Assistant's EMS validator: prefix (2) + serial (8) + S10 check + 2 digits.
    assert compute_s10(number[2:10]) == number[10]
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "china_ems"
    assert found.candidates[0].evidence == "check_digit"
    assert not found.candidates[0].certain  # medium: the rule is not EMS's own documentation


def test_china_ems_13_digits_reject_a_changed_serial_digit_and_other_prefixes():
    assert _candidate("9710834110612", "china_ems") is None  # check digit changed
    assert _candidate("9720834110512", "china_ems") is None  # a serial digit changed
    # The same digits behind a prefix the EMS rule does not list are not an EMS number.
    assert _candidate("2010834110512", "china_ems") is None


@pytest.mark.parametrize(
    "number", ["697569448283", "520006487924", "553598933796", "555115056564", "642259637402"]
)
def test_cj_logistics_12_digit_waybills_are_named_but_never_certain(number):
    found = detect(number)
    assert found.valid
    assert "cj_logistics" in found.carriers
    assert not any(c.certain for c in found.candidates)


def test_cj_logistics_waybills_do_not_carry_a_mod_7_check_digit():
    # The real waybills fail the mod 7 of Yamato's and Sagawa's 12-digit numbers, so the
    # format has no check digit; the shape alone names CJ Logistics.
    assert int("69756944828") % 7 != 3
    assert _candidate("697569448283", "cj_logistics").evidence == "shape"


def test_evri_16_rests_on_two_real_numbers_and_makes_them_valid():
    fmt = load_directory().formats_by_id["evri_16"]
    real = [e.number for e in fmt.examples if e.valid and e.source and not e.constructed]
    assert {"H00TCC0028567558", "H01QPZ0007431687"} <= set(real)
    assert fmt.confidence == "medium"
    found = detect("H01QPZ0007431687")
    assert found.valid
    assert found.carriers[0] == "evri"
    assert not found.candidates[0].certain


def test_aramex_11_has_one_real_number_and_stays_low():
    fmt = load_directory().formats_by_id["aramex_11"]
    assert fmt.confidence == "low"
    assert _candidate("40795800592", "aramex") is not None


# --- Session 10: formats resting on the numbers of hive-third-functions' test calls and of
# Kutepov/parcels (its service rules and the track-numbers.csv rows one of them claims).


@pytest.mark.parametrize("number", ["433391373012213", "433391373012303"])
def test_yunda_15_digit_waybills_are_named_by_shape_only(number):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "yunda"
    assert found.candidates[0].evidence == "shape"
    assert not any(c.certain for c in found.candidates)


def test_yunda_15_takes_only_the_prefixes_of_the_yunda_rule():
    assert _candidate("203391373012213", "yunda") is None  # 20 is not a Yunda prefix
    assert load_directory().formats_by_id["yunda_15"].confidence == "medium"


def test_yunda_13_takes_the_real_number_starting_with_5():
    assert "yunda" in detect("5301156237108").carriers
    assert _candidate("6301156237108", "yunda") is None


@pytest.mark.parametrize("number", ["71715801271000", "66850326455220"])
def test_best_express_14_digit_numbers_are_named_but_never_certain(number):
    found = detect(number)
    assert found.valid
    assert "best_express" in found.carriers
    assert not any(c.certain for c in found.candidates)
    assert _candidate("5" + number[1:], "best_express") is None


@pytest.mark.parametrize(
    "number",
    ["EQKPT7113134978YQ", "EQKME2100538038YQ", "EQKME1121697329YQ", "EQKME2100201718YQ"],
)
def test_equick_numbers_are_valid_by_their_prefix(number):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "equick"
    assert found.candidates[0].evidence == "unique_prefix"
    assert not found.candidates[0].certain  # medium: the label is a repository's routing


def test_equick_no_longer_takes_other_yq_consolidators_numbers():
    # EQTWL...YQ is routed to 17post and Meest by the repository whose numbers back Equick.
    assert _candidate("EQTWL0081182637YQ", "equick") is None
    assert _candidate("EQKME210053803YQ", "equick") is None  # a digit short


@pytest.mark.parametrize(
    "number", ["A00029190705004X", "A000092012170C6U", "F330442007280B7F", "F706736419035336"]
)
def test_flyt_numbers_are_named_by_shape_only(number):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "flyt"
    assert found.candidates[0].evidence == "shape"
    assert not found.candidates[0].certain
    assert _candidate("B" + number[1:], "flyt") is None


@pytest.mark.parametrize("number", ["996013148248418056", "996011745100299087"])
def test_swiss_post_99_numbers_are_valid_now_that_real_numbers_back_them(number):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "swiss_post"
    assert not found.candidates[0].certain
    assert load_directory().formats_by_id["swiss_post_99"].confidence == "medium"


def test_anjun_rests_on_one_number_so_it_is_only_a_candidate():
    found = detect("ANJZX2102829364YQ")
    assert found.status == "unconfirmed"
    assert not found.valid
    assert found.carriers == ("anjun",)


def test_a_15_digit_fedex_check_digit_is_contested_by_the_yunda_shape():
    # 149331877648230 passes FedEx's 15-digit check; a Yunda 15-digit waybill under prefix 14
    # would pass it one time in ten, so FedEx stays first but is no longer certain.
    found = detect("149331877648230")
    assert found.valid
    assert found.carriers[0] == "fedex"
    assert "yunda" in found.carriers
    assert not any(c.certain for c in found.candidates)


# --- Session 11: more track-numbers.csv rows one carrier-specific rule of Kutepov/parcels
# claims, DuckDuckGo's Parcelforce test numbers.


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("TECSP08534372", "ydh"),
        ("JNTCU9000014507YQ", "j_net"),
        ("BUFZA2120086808YQ", "buffalo"),
        ("WNBAA0114638117YQ", "wanb_express"),
        ("FAREX2011014117YQ", "far_international"),
        ("ESUS28621726", "skypostal"),
        ("JJFI65458320044229107", "posti"),
    ],
)
def test_routed_prefix_numbers_are_valid_for_their_carrier_but_never_certain(number, carrier):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == carrier
    assert found.candidates[0].evidence == "unique_prefix"
    assert not found.candidates[0].certain  # medium: the label is a repository's routing
    assert _candidate(number[:-3] + number[-2:], carrier) is None  # a character short


@pytest.mark.parametrize("number", ["UA2646152DM00420G", "HR3030219LP00320G", "UZ3132751IL00340G"])
def test_meest_numbers_are_named_by_shape_only(number):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "meest"
    assert found.candidates[0].evidence == "shape"
    assert not any(c.certain for c in found.candidates)
    assert _candidate(number[:-1] + "H", "meest") is None


def test_pos_malaysia_syb_numbers_name_pos_malaysia_beside_sunyou_and_sky56():
    # The repository routes SYB numbers to Pos Malaysia, which delivers Sunyou's and Sky56's
    # Malaysia line; their SY + 3 letters formats stay low (one number), so all are named.
    found = detect("SYBAD16680828")
    assert found.valid
    assert found.carriers[0] == "pos_malaysia"
    assert {"sunyou", "sky56"} <= set(found.carriers)
    assert not any(c.certain for c in found.candidates)


@pytest.mark.parametrize("number", ["PBTM8041434001", "PBTM8237263001"])
def test_parcelforce_4_letters_10_digits_is_medium_on_two_real_numbers(number):
    assert load_directory().formats_by_id["parcelforce_14"].confidence == "medium"
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "parcelforce"
    assert found.candidates[0].evidence == "shape"
    assert not found.candidates[0].certain


@pytest.mark.parametrize("number", ["12877702477000224517511001", "13241900007000601931004001"])
def test_correos_de_chile_26_digit_numbers_keep_the_code_the_s10_table_gave_it(number):
    # The named entry keeps post_cl, the code stored with shipments before it had a name.
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "post_cl"
    assert detect("RR123456785CL").carriers == ("post_cl",)
    assert _candidate("129" + number[3:], "post_cl") is None


# --- Session 11, second round: Malaysian couriers (afiqiqmal/parcel-track's tests and the
# examples beside Kutepov/parcels' rules), and more rows of that repository's number list.


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("MY82067332685", "gdex"),
        ("MY10011493439", "gdex"),
        ("ES1000629721946NG01010001C0A", "orange_connex"),
        ("SFC3WU4208010020073", "sfc"),
        ("SPE1463445502", "ninja_van"),
        ("FMPC1072646261", "ekart"),
    ],
)
def test_second_round_prefixed_numbers_are_valid_for_their_carrier_but_never_certain(
    number, carrier
):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == carrier
    assert found.candidates[0].evidence == "unique_prefix"
    assert not any(c.certain for c in found.candidates)
    assert _candidate(number[:-2] + number[-1:], carrier) is None  # a character short


def test_ekart_fmpc_now_outranks_parcelforces_4_letters_and_10_digits():
    found = detect("FMPC1068887767")
    assert found.carriers[0] == "ekart"
    assert "parcelforce" in found.carriers  # its shape still fits, by shape only


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("960307804711915", "citylink_express"),
        ("942980721", "starken"),
        ("1034986024354990264104", "austrian_post"),
        ("1000000500113230110301", "austrian_post"),
    ],
)
def test_all_digit_shapes_name_their_carrier_by_shape_only(number, carrier):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == carrier
    assert found.candidates[0].evidence == "shape"
    assert not any(c.certain for c in found.candidates)


def test_city_link_contests_a_fedex_check_digit_it_shares():
    # 060301669394922 is City-Link's (parcel-track's City-Link test) and passes FedEx's
    # 15-digit check: FedEx stays first, but the answer is no longer certain.
    found = detect("060301669394922")
    assert found.carriers[:2] == ("fedex", "citylink_express")
    assert not found.certain


def test_skynet_malaysia_12_digits_rank_behind_the_carriers_with_a_volume():
    found = detect("239004007911")
    assert found.valid
    assert "skynet_my" in found.carriers
    assert found.carriers[0] != "skynet_my"
    assert _candidate("339004007911", "skynet_my") is None  # starts 2, as both numbers do


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("EZP843055940197", "abx_express"),
        ("MYMP000000573505", "lel_express"),
        ("ZND162161739950", "line_clear"),
    ],
)
def test_one_number_carriers_are_only_a_candidate(number, carrier):
    found = detect(number)
    assert not found.valid  # low: "unconfirmed"
    assert found.carriers == (carrier,)


# --- Session 11, third round: DPD Russia and Bring, the last two carriers of Kutepov/parcels'
# number list whose rule fixes a character and claims rows alone.


@pytest.mark.parametrize("number", ["RU045562310", "RU042400059"])
def test_dpd_russia_ru_numbers_are_valid_by_their_prefix_but_never_certain(number):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "dpd_ru"
    assert found.candidates[0].evidence == "unique_prefix"
    assert not any(c.certain for c in found.candidates)
    assert _candidate(number + "RU", "dpd_ru") is None  # an S10-shaped string is not DPD Russia's


def test_dpd_russia_has_no_tracking_template_because_its_tracker_posts_the_number():
    carrier = load_directory().carrier("dpd_ru")
    assert carrier is not None
    assert carrier.tracking_url is None
    assert carrier.tracking_url_reason == "form_only"
    assert carrier.website == "https://www.dpd.ru/"


@pytest.mark.parametrize("number", ["72002637472481229", "71001637308437489"])
def test_bring_17_digits_starting_7_are_named_by_shape_only(number):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "posten_norge"
    assert found.candidates[0].evidence == "shape"
    assert not any(c.certain for c in found.candidates)
    assert _candidate("6" + number[1:], "posten_norge") is None  # starts 7, as both numbers do


# parcellab-node's courier-detector test: Hermes and Colis Privé numbers by shape.


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("H9746130018743501086", "hermes_de"),
        ("H1000730000834301047", "hermes_de"),
        ("Z6100126949933330", "colis_prive"),
    ],
)
def test_hermes_and_colis_prive_letter_and_digits_are_valid_by_shape(number, carrier):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == carrier
    assert not any(c.certain for c in found.candidates)


def test_packeta_z_numbers_are_not_colis_prives():
    assert _candidate("Z4154090000", "colis_prive") is None
    assert _candidate("Z6100126949933330", "packeta") is None


# Session 12: FAN Courier's test-account AWBs (firewizard/fancourier-api), SMSA Express's AWBs
# (alhoqbani/smsa-webservice) and DHL Parcel Poland's DHL24 shipment ids (two API clients), all
# digits and without a check digit found.


@pytest.mark.parametrize("number", ["2064100120143", "2150900120086", "2060400120378"])
def test_fan_courier_13_digits_starting_2_are_named_by_shape_only(number):
    found = detect(number)
    assert found.valid
    assert found.carriers[0] == "fan_courier"
    assert found.candidates[0].evidence == "shape"
    assert not any(c.certain for c in found.candidates)
    assert _candidate("3" + number[1:], "fan_courier") is None  # starts 2, as all four do
    assert _candidate(number[:-1], "fan_courier") is None  # 13 digits, not 12


@pytest.mark.parametrize("number", ["290019315792", "290019315810", "290019319804"])
def test_smsa_express_12_digits_join_the_other_12_digit_shapes_never_certain(number):
    found = detect(number)
    assert found.valid
    smsa = _candidate(number, "smsa_express")
    assert smsa is not None
    assert smsa.evidence == "shape"
    assert not any(c.certain for c in found.candidates)
    assert _candidate("1" + number[1:], "smsa_express") is None  # starts 2, as all three do


@pytest.mark.parametrize("number", ["90015697513", "11898773104"])
def test_dhl_poland_11_digit_shipment_ids_are_named_beside_the_other_11_digit_shapes(number):
    found = detect(number)
    assert found.valid
    dhl_poland = _candidate(number, "dhl_poland")
    assert dhl_poland is not None
    assert dhl_poland.evidence == "shape"
    assert not any(c.certain for c in found.candidates)
    assert _candidate(number[:-1], "dhl_poland") is None  # 11 digits, not 10


def test_dhl_poland_does_not_outrank_a_dhl_express_check_digit():
    # Blue Dart's train example passes DHL Express's mod 7; the bare shape stays behind it.
    found = detect("78517794504")
    assert found.carriers[0] == "dhl_express"
    assert "dhl_poland" in found.carriers


# Session 12, second round: TrackingMore's 4PX and Poste Italiane examples (clooney's
# repositories) and its Parcelforce examples, S10 numbers under GB.


@pytest.mark.parametrize(
    "number", ["4PX3001518625089CN", "4PX3001359756959CN", "4PX3001490035975CN"]
)
def test_trackingmores_4px_examples_are_4px_by_their_prefix(number):
    found = detect(number)
    assert found.valid
    assert found.carriers == ("4px",)
    assert found.candidates[0].evidence == "unique_prefix"


@pytest.mark.parametrize("number", ["2IMA0012812428", "2IMA0012812425", "2IMA0012812413"])
def test_poste_italiane_digit_three_letters_ten_digits_is_only_a_candidate(number):
    found = detect(number)
    assert not found.valid  # low: one publisher's series, "unconfirmed"
    assert found.carriers == ("poste_italiane",)
    assert _candidate(number[:-1], "poste_italiane") is None  # 14 characters, not 13
    assert _candidate("22" + number[2:], "poste_italiane") is None  # three letters after the digit


@pytest.mark.parametrize("number", ["EE694618913GB", "QE001331410GB"])
def test_parcelforce_s10_numbers_under_gb_name_parcelforce_after_royal_mail(number):
    # Parcelforce's own page says its export numbers are 2 letters, 9 digits and GB, so the GB
    # issuer code cannot tell Royal Mail from Parcelforce (session 12, s12-ranking): both are
    # named, Royal Mail (the S10 table's issuer) first, neither certain. No source says which
    # service indicators are Parcelforce's, so E and Q do not put it first.
    found = detect(number)
    assert found.valid
    assert found.status == "ambiguous"
    assert found.carriers == ("royal_mail", "parcelforce")
    assert [c.evidence for c in found.candidates] == ["check_digit", "check_digit"]
    assert not any(c.certain for c in found.candidates)
    shared = "Parcelforce Worldwide also issues S10 numbers under GB"
    assert found.candidates[1].reason.endswith(shared)


@pytest.mark.parametrize("number", ["998071388879", "300482723836", "305646756838", "411160040996"])
def test_4px_12_digits_are_named_after_the_12_digit_shapes_with_a_volume(number):
    found = detect(number)
    assert found.valid
    fourpx = _candidate(number, "4px")
    assert fourpx is not None
    assert fourpx.evidence == "shape"
    assert not any(c.certain for c in found.candidates)
    assert found.carriers[0] != "4px"  # no published volume: behind SF Express, STO, CJ, GLS
    assert _candidate(number[:-1], "4px") is None  # 12 digits, not 11


def test_4px_12_digits_stay_behind_a_check_digit_they_share():
    # the SDK demo's number passes the mod 7 of Yamato's 12 digits, which ranks first
    found = detect("753562447606")
    assert found.carriers[0] == "yamato"
    assert found.candidates[0].evidence == "check_digit"
    assert "4px" in found.carriers
