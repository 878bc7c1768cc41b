"""Lanes from China and their services, as data; figures and sources in docs/simulator.md.

Every end-to-end time is a log-normal distribution given by its median and 90th percentile in
calendar days, read off the ranges in /work/shared/reference/lanes.md (no carrier publishes a
distribution, so the ranges are taken as roughly the 10th to 90th percentiles). Rates of holds,
failed attempts and losses are not published either; the values here are stated assumptions.
"""

from __future__ import annotations

from dataclasses import dataclass

ORIGIN_CARRIER = "cainiao"
ORIGIN_HUBS = (("Shenzhen", "CN"), ("Guangzhou", "CN"), ("Yiwu", "CN"), ("Shanghai", "CN"))
CN_OFFSET_HOURS = 8


@dataclass(frozen=True, slots=True)
class Transit:
    """End-to-end days from dispatch to first delivery attempt: median and 90th percentile."""

    median_days: float
    p90_days: float


@dataclass(frozen=True, slots=True)
class Lane:
    country: str  # ISO alpha-2 destination
    hub: str  # city of the inward office of exchange
    cities: tuple[str, ...]
    post: str  # destination post, a carrier code of parceltrail's directory
    post_name: str
    utc_offset_hours: int
    transit: dict[str, Transit]  # by service
    last_mile_days: tuple[float, float]  # after handover, to the delivery office
    first_attempt_success: float  # [S43][S44]
    pickup_share: float  # parcels sent straight to a pickup point / post office
    customs_hold: float  # assumption: no published figure ([S141] "sometimes weeks")
    hold_days: tuple[float, float]
    storage_days: int  # pickup storage before return, lanes.md §2 last column
    weight: int = 10  # share of marketplace traffic (demo and bench mix)


SERVICES = ("premium", "standard", "economy")
LOSS_RATE = 0.005  # [S45] 0.51 % undelivered from China
UNCOLLECTED_RATE = 0.12  # assumption: pickup parcels never collected, returned to sender


def _t(
    premium: tuple[float, float], standard: tuple[float, float], economy: tuple[float, float]
) -> dict[str, Transit]:
    return {
        "premium": Transit(*premium),
        "standard": Transit(*standard),
        "economy": Transit(*economy),
    }


LANES: dict[str, Lane] = {
    lane.country: lane
    for lane in (
        # AE Standard 15-45 d, 22 d average [S1][S4]; Premium 7-15 d [S3]; USPS holds 15 d [S37]
        Lane(
            "US",
            "Los Angeles",
            ("New York", "Chicago", "Houston", "Seattle"),
            "usps",
            "USPS",
            -5,
            _t((9, 14), (20, 35), (30, 55)),
            (1, 4),
            0.972,
            0.05,
            0.02,
            (2, 6),
            15,
            30,
        ),
        # Cainiao ~7 d on some routes, 10-18 d average [S1]; Royal Mail 18 d storage [S30]
        Lane(
            "GB",
            "London",
            ("London", "Manchester", "Leeds", "Bristol"),
            "royal_mail",
            "Royal Mail",
            0,
            _t((6, 10), (12, 22), (22, 40)),
            (1, 3),
            0.937,
            0.08,
            0.04,
            (2, 8),
            18,
            12,
        ),
        # about 4 weeks average, 2-3 weeks smooth, 5-6 congested [S7]; storage 14 d [S8]
        Lane(
            "DE",
            "Frankfurt",
            ("Berlin", "Hamburg", "Munich", "Cologne"),
            "deutsche_post",
            "Deutsche Post",
            1,
            _t((10, 16), (24, 40), (32, 55)),
            (1, 3),
            0.95,
            0.25,
            0.06,
            (3, 20),
            14,
            12,
        ),
        # AE Std 10-20 wd, Super Economy 15-30 d [S9]; relay points 14 d [S122]
        Lane(
            "FR",
            "Paris",
            ("Paris", "Lyon", "Marseille", "Lille"),
            "la_poste",
            "La Poste",
            1,
            _t((8, 12), (16, 28), (22, 35)),
            (1, 3),
            0.95,
            0.25,
            0.03,
            (2, 8),
            14,
            10,
        ),
        # Choice at most 10 wd [S14]; Saver 10-30 d [S4]; Correos 15 d at the office [S34]
        Lane(
            "ES",
            "Madrid",
            ("Madrid", "Barcelona", "Valencia", "Seville"),
            "correos",
            "Correos",
            1,
            _t((7, 11), (13, 22), (20, 35)),
            (1, 2),
            0.95,
            0.15,
            0.03,
            (2, 8),
            15,
            10,
        ),
        # ~20 d to landing, then 12 bd (Prime) / 40 bd [S16][S17]; Curitiba holds [S19]
        Lane(
            "BR",
            "Curitiba",
            ("São Paulo", "Rio de Janeiro", "Belo Horizonte"),
            "correios",
            "Correios",
            -3,
            _t((14, 24), (30, 55), (45, 75)),
            (3, 10),
            0.93,
            0.1,
            0.12,
            (7, 45),
            30,
            8,
        ),
        # Russian Post 14-35 d [S3]; stages [S27]; customs 1-3 wd [S28]; storage 15 d [S25]
        Lane(
            "RU",
            "Moscow",
            ("Moscow", "Saint Petersburg", "Kazan", "Novosibirsk"),
            "russian_post",
            "Russian Post",
            3,
            _t((12, 18), (22, 35), (30, 50)),
            (4, 12),
            0.95,
            0.7,
            0.03,
            (2, 10),
            15,
            8,
        ),
        # 15-45 d average [S99]; Poste dedicated line 7-12 d [S123]; 10 wd storage [S35]
        Lane(
            "IT",
            "Milan",
            ("Milan", "Rome", "Naples", "Turin"),
            "poste_italiane",
            "Poste Italiane",
            1,
            _t((9, 14), (25, 45), (30, 55)),
            (2, 6),
            0.93,
            0.15,
            0.04,
            (3, 15),
            12,
            4,
        ),
        # 3 weeks to 2 months from order [S81]; Poczta Polska 14 d [S36]
        Lane(
            "PL",
            "Warsaw",
            ("Warsaw", "Kraków", "Gdańsk", "Wrocław"),
            "poczta_polska",
            "Poczta Polska",
            1,
            _t((10, 15), (21, 40), (28, 55)),
            (1, 4),
            0.95,
            0.3,
            0.03,
            (2, 10),
            14,
            4,
        ),
        # registered 15-25 bd, SAL 10-15 bd, EMS 3-7 bd [S128]; 10 bd at the office [S33]
        Lane(
            "AU",
            "Sydney",
            ("Sydney", "Melbourne", "Brisbane", "Perth"),
            "australia_post",
            "Australia Post",
            10,
            _t((8, 12), (18, 30), (25, 40)),
            (1, 4),
            0.95,
            0.1,
            0.02,
            (2, 6),
            14,
            4,
        ),
    )
}
