"""Which local times without offset have a knowable zone: one-zone countries, and US states
whose principal zone keeps at least PRINCIPAL_SHARE of their people."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from parceltrail.connectors import countries
from parceltrail.connectors.countries import PRINCIPAL_SHARE, US_STATES, local_zone


def test_a_state_with_several_zones_is_read_in_its_principal_one_only_above_the_share() -> None:
    for state, (zone, share) in countries._US_SEVERAL_ZONES.items():
        expected = ZoneInfo(zone) if share >= PRINCIPAL_SHARE else None
        assert local_zone("US", state) == expected, state


@pytest.mark.parametrize(
    ("state", "zone"),
    [
        ("FL", "America/New_York"),  # the panhandle's Central counties: about 5%
        ("NE", "America/Chicago"),
        ("ND", "America/Chicago"),
        ("TX", "America/Chicago"),  # El Paso: 3%
        ("MI", "America/Detroit"),
        ("PR", "America/Puerto_Rico"),
        (" ny ", "America/New_York"),
    ],
)
def test_states_at_or_above_the_share_have_their_principal_zone(state: str, zone: str) -> None:
    assert local_zone("US", state) == ZoneInfo(zone)


@pytest.mark.parametrize("state", ["TN", "ID", "IN", "KY", "SD", "XX", "Florida", ""])
def test_split_states_below_the_share_and_unknown_words_have_no_zone(state: str) -> None:
    assert local_zone("US", state) is None


def test_every_usps_state_code_is_known_and_only_the_split_ones_lack_a_zone() -> None:
    assert len(US_STATES) == 56  # 50 states, DC, PR, VI, GU, AS, MP
    unzoned = {state for state in US_STATES if local_zone("US", state) is None}
    assert unzoned == {"ID", "IN", "KY", "SD", "TN"}


def test_a_florida_time_follows_new_york_s_summer_time() -> None:
    zone = local_zone("US", "FL")
    assert zone is not None
    assert datetime(2021, 5, 13, 13, 4, tzinfo=zone).utcoffset() == timedelta(hours=-4)
    assert datetime(2021, 1, 13, 13, 4, tzinfo=zone).utcoffset() == timedelta(hours=-5)
