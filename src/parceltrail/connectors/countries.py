"""Country codes and home time zones, for carriers that speak ISO 3166 alpha-3 or omit offsets.

The tables are generated from Debian's iso-codes (ISO 3166-1) and the IANA tz database
``zone.tab``; regenerate them from those sources rather than editing by hand. The US states'
zones are read from ``zone.tab``'s US entries and their comments (which counties keep which
zone); a state with several is read in its principal zone only where that zone keeps at
least ``PRINCIPAL_SHARE`` of its people (the shares and their sources are beside the
table). English country names are CLDR's, through Babel.
"""

from __future__ import annotations

from datetime import tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale

_ISO3_TO_ISO2_PAIRS = """
ABW:AW AFG:AF AGO:AO AIA:AI ALA:AX ALB:AL AND:AD ARE:AE ARG:AR ARM:AM ASM:AS ATA:AQ ATF:TF
ATG:AG AUS:AU AUT:AT AZE:AZ BDI:BI BEL:BE BEN:BJ BES:BQ BFA:BF BGD:BD BGR:BG BHR:BH BHS:BS
BIH:BA BLM:BL BLR:BY BLZ:BZ BMU:BM BOL:BO BRA:BR BRB:BB BRN:BN BTN:BT BVT:BV BWA:BW CAF:CF
CAN:CA CCK:CC CHE:CH CHL:CL CHN:CN CIV:CI CMR:CM COD:CD COG:CG COK:CK COL:CO COM:KM CPV:CV
CRI:CR CUB:CU CUW:CW CXR:CX CYM:KY CYP:CY CZE:CZ DEU:DE DJI:DJ DMA:DM DNK:DK DOM:DO DZA:DZ
ECU:EC EGY:EG ERI:ER ESH:EH ESP:ES EST:EE ETH:ET FIN:FI FJI:FJ FLK:FK FRA:FR FRO:FO FSM:FM
GAB:GA GBR:GB GEO:GE GGY:GG GHA:GH GIB:GI GIN:GN GLP:GP GMB:GM GNB:GW GNQ:GQ GRC:GR GRD:GD
GRL:GL GTM:GT GUF:GF GUM:GU GUY:GY HKG:HK HMD:HM HND:HN HRV:HR HTI:HT HUN:HU IDN:ID IMN:IM
IND:IN IOT:IO IRL:IE IRN:IR IRQ:IQ ISL:IS ISR:IL ITA:IT JAM:JM JEY:JE JOR:JO JPN:JP KAZ:KZ
KEN:KE KGZ:KG KHM:KH KIR:KI KNA:KN KOR:KR KWT:KW LAO:LA LBN:LB LBR:LR LBY:LY LCA:LC LIE:LI
LKA:LK LSO:LS LTU:LT LUX:LU LVA:LV MAC:MO MAF:MF MAR:MA MCO:MC MDA:MD MDG:MG MDV:MV MEX:MX
MHL:MH MKD:MK MLI:ML MLT:MT MMR:MM MNE:ME MNG:MN MNP:MP MOZ:MZ MRT:MR MSR:MS MTQ:MQ MUS:MU
MWI:MW MYS:MY MYT:YT NAM:NA NCL:NC NER:NE NFK:NF NGA:NG NIC:NI NIU:NU NLD:NL NOR:NO NPL:NP
NRU:NR NZL:NZ OMN:OM PAK:PK PAN:PA PCN:PN PER:PE PHL:PH PLW:PW PNG:PG POL:PL PRI:PR PRK:KP
PRT:PT PRY:PY PSE:PS PYF:PF QAT:QA REU:RE ROU:RO RUS:RU RWA:RW SAU:SA SDN:SD SEN:SN SGP:SG
SGS:GS SHN:SH SJM:SJ SLB:SB SLE:SL SLV:SV SMR:SM SOM:SO SPM:PM SRB:RS SSD:SS STP:ST SUR:SR
SVK:SK SVN:SI SWE:SE SWZ:SZ SXM:SX SYC:SC SYR:SY TCA:TC TCD:TD TGO:TG THA:TH TJK:TJ TKL:TK
TKM:TM TLS:TL TON:TO TTO:TT TUN:TN TUR:TR TUV:TV TWN:TW TZA:TZ UGA:UG UKR:UA UMI:UM URY:UY
USA:US UZB:UZ VAT:VA VCT:VC VEN:VE VGB:VG VIR:VI VNM:VN VUT:VU WLF:WF WSM:WS YEM:YE ZAF:ZA
ZMB:ZM ZWE:ZW
"""

# Countries that keep a single zone in the tz database ...
_SINGLE_ZONE_PAIRS = """
AD:Europe/Andorra AE:Asia/Dubai AF:Asia/Kabul AG:America/Antigua AI:America/Anguilla
AL:Europe/Tirane AM:Asia/Yerevan AO:Africa/Luanda AS:Pacific/Pago_Pago AT:Europe/Vienna
AW:America/Aruba AX:Europe/Mariehamn AZ:Asia/Baku BA:Europe/Sarajevo BB:America/Barbados
BD:Asia/Dhaka BE:Europe/Brussels BF:Africa/Ouagadougou BG:Europe/Sofia BH:Asia/Bahrain
BI:Africa/Bujumbura BJ:Africa/Porto-Novo BL:America/St_Barthelemy BM:Atlantic/Bermuda
BN:Asia/Brunei BO:America/La_Paz BQ:America/Kralendijk BS:America/Nassau BT:Asia/Thimphu
BW:Africa/Gaborone BY:Europe/Minsk BZ:America/Belize CC:Indian/Cocos CF:Africa/Bangui
CG:Africa/Brazzaville CH:Europe/Zurich CI:Africa/Abidjan CK:Pacific/Rarotonga
CM:Africa/Douala CO:America/Bogota CR:America/Costa_Rica CU:America/Havana
CV:Atlantic/Cape_Verde CW:America/Curacao CX:Indian/Christmas CZ:Europe/Prague
DJ:Africa/Djibouti DK:Europe/Copenhagen DM:America/Dominica DO:America/Santo_Domingo
DZ:Africa/Algiers EE:Europe/Tallinn EG:Africa/Cairo EH:Africa/El_Aaiun ER:Africa/Asmara
ET:Africa/Addis_Ababa FI:Europe/Helsinki FJ:Pacific/Fiji FK:Atlantic/Stanley
FO:Atlantic/Faroe FR:Europe/Paris GA:Africa/Libreville GB:Europe/London GD:America/Grenada
GE:Asia/Tbilisi GF:America/Cayenne GG:Europe/Guernsey GH:Africa/Accra GI:Europe/Gibraltar
GM:Africa/Banjul GN:Africa/Conakry GP:America/Guadeloupe GQ:Africa/Malabo GR:Europe/Athens
GS:Atlantic/South_Georgia GT:America/Guatemala GU:Pacific/Guam GW:Africa/Bissau
GY:America/Guyana HK:Asia/Hong_Kong HN:America/Tegucigalpa HR:Europe/Zagreb
HT:America/Port-au-Prince HU:Europe/Budapest IE:Europe/Dublin IL:Asia/Jerusalem
IM:Europe/Isle_of_Man IN:Asia/Kolkata IO:Indian/Chagos IQ:Asia/Baghdad IR:Asia/Tehran
IS:Atlantic/Reykjavik IT:Europe/Rome JE:Europe/Jersey JM:America/Jamaica JO:Asia/Amman
JP:Asia/Tokyo KE:Africa/Nairobi KG:Asia/Bishkek KH:Asia/Phnom_Penh KM:Indian/Comoro
KN:America/St_Kitts KP:Asia/Pyongyang KR:Asia/Seoul KW:Asia/Kuwait KY:America/Cayman
LA:Asia/Vientiane LB:Asia/Beirut LC:America/St_Lucia LI:Europe/Vaduz LK:Asia/Colombo
LR:Africa/Monrovia LS:Africa/Maseru LT:Europe/Vilnius LU:Europe/Luxembourg LV:Europe/Riga
LY:Africa/Tripoli MA:Africa/Casablanca MC:Europe/Monaco MD:Europe/Chisinau
ME:Europe/Podgorica MF:America/Marigot MG:Indian/Antananarivo MK:Europe/Skopje
ML:Africa/Bamako MM:Asia/Yangon MO:Asia/Macau MP:Pacific/Saipan MQ:America/Martinique
MR:Africa/Nouakchott MS:America/Montserrat MT:Europe/Malta MU:Indian/Mauritius
MV:Indian/Maldives MW:Africa/Blantyre MZ:Africa/Maputo NA:Africa/Windhoek NC:Pacific/Noumea
NE:Africa/Niamey NF:Pacific/Norfolk NG:Africa/Lagos NI:America/Managua NL:Europe/Amsterdam
NO:Europe/Oslo NP:Asia/Kathmandu NR:Pacific/Nauru NU:Pacific/Niue OM:Asia/Muscat
PA:America/Panama PE:America/Lima PH:Asia/Manila PK:Asia/Karachi PL:Europe/Warsaw
PM:America/Miquelon PN:Pacific/Pitcairn PR:America/Puerto_Rico PW:Pacific/Palau
PY:America/Asuncion QA:Asia/Qatar RE:Indian/Reunion RO:Europe/Bucharest RS:Europe/Belgrade
RW:Africa/Kigali SA:Asia/Riyadh SB:Pacific/Guadalcanal SC:Indian/Mahe SD:Africa/Khartoum
SE:Europe/Stockholm SG:Asia/Singapore SH:Atlantic/St_Helena SI:Europe/Ljubljana
SJ:Arctic/Longyearbyen SK:Europe/Bratislava SL:Africa/Freetown SM:Europe/San_Marino
SN:Africa/Dakar SO:Africa/Mogadishu SR:America/Paramaribo SS:Africa/Juba ST:Africa/Sao_Tome
SV:America/El_Salvador SX:America/Lower_Princes SY:Asia/Damascus SZ:Africa/Mbabane
TC:America/Grand_Turk TD:Africa/Ndjamena TF:Indian/Kerguelen TG:Africa/Lome TH:Asia/Bangkok
TJ:Asia/Dushanbe TK:Pacific/Fakaofo TL:Asia/Dili TM:Asia/Ashgabat TN:Africa/Tunis
TO:Pacific/Tongatapu TR:Europe/Istanbul TT:America/Port_of_Spain TV:Pacific/Funafuti
TW:Asia/Taipei TZ:Africa/Dar_es_Salaam UG:Africa/Kampala UY:America/Montevideo
VA:Europe/Vatican VC:America/St_Vincent VE:America/Caracas VG:America/Tortola
VI:America/St_Thomas VN:Asia/Ho_Chi_Minh VU:Pacific/Efate WF:Pacific/Wallis WS:Pacific/Apia
YE:Asia/Aden YT:Indian/Mayotte ZA:Africa/Johannesburg ZM:Africa/Lusaka ZW:Africa/Harare
"""


def _table(pairs: str) -> dict[str, str]:
    return dict(pair.split(":", 1) for pair in pairs.split())


_ISO3_TO_ISO2: dict[str, str] = _table(_ISO3_TO_ISO2_PAIRS)
_ISO2: frozenset[str] = frozenset(_ISO3_TO_ISO2.values())
_SINGLE_ZONE: dict[str, str] = _table(_SINGLE_ZONE_PAIRS)

# ... and countries with several zones where one covers nearly every address a parcel
# reaches (China runs on Beijing time; the others' outlying zones are small or share the
# offset). The United States, Canada, Brazil, Russia, Australia, Mexico, Indonesia and the
# like are left out on purpose: no single guess is right there. (These countries' shares
# have not been measured against PRINCIPAL_SHARE, as the US states' below have.)
_MAIN_ZONE: dict[str, str] = {
    **_SINGLE_ZONE,
    "AR": "America/Argentina/Buenos_Aires",
    "CL": "America/Santiago",
    "CN": "Asia/Shanghai",
    "CY": "Asia/Nicosia",
    "DE": "Europe/Berlin",
    "EC": "America/Guayaquil",
    "ES": "Europe/Madrid",
    "MY": "Asia/Kuala_Lumpur",
    "NZ": "Pacific/Auckland",
    "PT": "Europe/Lisbon",
    "UA": "Europe/Kyiv",
    "UZ": "Asia/Tashkent",
}


# US states and territories (USPS codes) that keep one zone of the tz database throughout.
_US_ONE_ZONE_PAIRS = """
AL:America/Chicago AR:America/Chicago CA:America/Los_Angeles CO:America/Denver
CT:America/New_York DC:America/New_York DE:America/New_York GA:America/New_York
HI:Pacific/Honolulu IA:America/Chicago IL:America/Chicago LA:America/Chicago
MA:America/New_York MD:America/New_York ME:America/New_York MN:America/Chicago
MO:America/Chicago MS:America/Chicago MT:America/Denver NC:America/New_York
NH:America/New_York NJ:America/New_York NM:America/Denver NY:America/New_York
OH:America/New_York OK:America/Chicago PA:America/New_York RI:America/New_York
SC:America/New_York UT:America/Denver VA:America/New_York VT:America/New_York
WA:America/Los_Angeles WI:America/Chicago WV:America/New_York WY:America/Denver
PR:America/Puerto_Rico VI:America/St_Thomas GU:Pacific/Guam AS:Pacific/Pago_Pago
MP:Pacific/Saipan
"""

# A state with several zones is read in its principal zone when that zone keeps at least
# this share of its people, and not at all below it (a time without offset there is then
# rejected): at 90% a wrong hour reaches at most one checkpoint in ten of the state, where
# leaving the state out loses all of them.
PRINCIPAL_SHARE = 0.90

# The states with several zones: the principal zone and its share of the state's people.
# The minority side's counties are those of Wikipedia's "Time in <state>" pages (zone.tab's
# comments for AK, AZ, NV); their people are the US Census Bureau's county estimates for
# July 2018 (co-est2018, as copied in github:nspies13/educational_materials,
# DataViz/images/2016_results_better_files/countypop.js@a60eebec55a3). A county split
# between two zones is counted whole on the minority side, so each share is a lower bound.
# Florida: Wikipedia gives 5.3% of the people in Central counties at the 2010 census.
_US_SEVERAL_ZONES: dict[str, tuple[str, float]] = {
    "KS": ("America/Chicago", 0.996),  # Mountain: Greeley, Hamilton, Sherman, Wallace
    "OR": ("America/Los_Angeles", 0.993),  # Mountain: Malheur
    "MI": ("America/Detroit", 0.993),  # Central: Gogebic, Iron, Dickinson, Menominee
    "AK": ("America/Anchorage", 0.992),  # Hawaii-Aleutian: Aleutians West
    "NV": ("America/Los_Angeles", 0.983),  # Mountain: West Wendover (Elko whole)
    "TX": ("America/Chicago", 0.970),  # Mountain: El Paso, Hudspeth, Culberson
    "AZ": ("America/Phoenix", 0.955),  # the Navajo Nation's summer time (3 counties whole)
    "FL": ("America/New_York", 0.949),  # Central: the panhandle west of the Apalachicola
    "NE": ("America/Chicago", 0.944),  # Mountain: the panhandle, Cherry whole
    "ND": ("America/Chicago", 0.912),  # Mountain: the southwest, Dunn/McKenzie/Sioux whole
    "IN": ("America/Indiana/Indianapolis", 0.824),  # Central: near Chicago and Evansville
    "ID": ("America/Boise", 0.801),  # Pacific: the panhandle, Idaho County whole
    "KY": ("America/New_York", 0.766),  # Central: the west
    "SD": ("America/Chicago", 0.754),  # Mountain: west of the Missouri
    "TN": ("America/Chicago", 0.655),  # Eastern: East Tennessee's 30 counties
}

# Every USPS state and territory code: one not in the zone table names a state whose
# zone is unknowable, not a typo.
US_STATES: frozenset[str] = frozenset([*_table(_US_ONE_ZONE_PAIRS), *_US_SEVERAL_ZONES])
_REGION_ZONE: dict[str, dict[str, str]] = {
    "US": {
        **_table(_US_ONE_ZONE_PAIRS),
        **{
            state: zone
            for state, (zone, share) in _US_SEVERAL_ZONES.items()
            if share >= PRINCIPAL_SHARE
        },
    }
}


def from_name(name: str | None) -> str | None:
    """The ISO alpha-2 code of a country written out in English as the CLDR names it
    ("Germany", "United States"); None for anything else, a place in it included."""
    if not isinstance(name, str):
        return None
    return _english_names().get(" ".join(name.split()).casefold())


@cache
def _english_names() -> dict[str, str]:
    territories = Locale("en").territories
    return {
        label.casefold(): code
        for code, label in territories.items()
        if len(code) == 2 and code in _ISO2
    }


def to_iso2(code: str | None) -> str | None:
    """An ISO 3166 alpha-2 code from an alpha-2 or alpha-3 one; None for anything else."""
    if not isinstance(code, str):
        return None
    value = code.strip().upper()
    if len(value) == 2 and value in _ISO2:
        return value
    if len(value) == 3:
        return _ISO3_TO_ISO2.get(value)
    return None


def home_zone(iso2: str | None) -> tzinfo | None:
    """The one time zone local times in this country are in; None where that is not knowable."""
    name = _MAIN_ZONE.get(iso2 or "")
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # a host without tz data: better no guess than a wrong one
        return None


def local_zone(iso2: str | None, region: str | None) -> tzinfo | None:
    """The zone of a local time written in this country and region (a US state's postal
    code): the country's own where it has one, else its region's where that is knowable."""
    return home_zone(iso2) or region_zone(iso2, region)


def region_zone(iso2: str | None, region: str | None) -> tzinfo | None:
    """The zone of a region of a country with several (a US state by its postal code); None
    where the region is unknown or itself spans zones."""
    if iso2 is None or region is None:
        return None
    name = _REGION_ZONE.get(iso2, {}).get(region.strip().upper())
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return None
