"""The simulator's tracking API over real HTTP: batches, per-number errors, limits, faults."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from tests.integration.conftest import Simulator


def _track(sim: Simulator, carrier: str, body: object) -> httpx.Response:
    return httpx.post(f"{sim.url}/v1/{carrier}/track", json=body, timeout=10)


def test_a_batch_answers_each_number_with_its_scans_or_an_error(simulator: Simulator):
    journeys = simulator.network.dispatch(3, simulator.clock.now - timedelta(days=3))
    numbers = [j.number for j in journeys]
    response = _track(simulator, "cainiao", {"numbers": [*numbers, "LP999", "bad number!", 7]})
    assert response.status_code == 200
    body = response.json()
    assert [item["number"] for item in body["accepted"]] == numbers
    first = body["accepted"][0]["events"]
    assert first[-1]["code"] == "INFO"
    assert first[0]["time"] >= first[-1]["time"]  # newest first
    errors = {item["number"]: item["error"]["code"] for item in body["rejected"]}
    assert errors == {"LP999": "not_found", "bad number!": "invalid_number", "7": "not_found"}


def test_the_new_number_is_known_only_to_the_destination_post_after_handover(
    simulator: Simulator,
):
    journey = simulator.network.dispatch(1, simulator.clock.now, countries=("DE",))[0]
    assert journey.dest_number
    handover = next(s for s in journey.scans if s.code == "HANDOVER")
    before = _track(simulator, "deutsche_post", {"numbers": [journey.dest_number]}).json()
    assert before["rejected"][0]["error"]["code"] == "not_found"
    simulator.clock.now = handover.at + timedelta(days=2)
    origin = _track(simulator, "cainiao", {"numbers": [journey.number]}).json()
    latest = origin["accepted"][0]["events"][0]
    assert latest["handover"] == {"number": journey.dest_number, "carrier": "deutsche_post"}
    after = _track(simulator, "deutsche_post", {"numbers": [journey.dest_number]}).json()
    assert after["accepted"][0]["carrier"] == "deutsche_post"
    wrong = _track(simulator, "usps", {"numbers": [journey.dest_number]}).json()
    assert wrong["rejected"][0]["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"numbers": [f"LP{i:014d}" for i in range(10_000)]}, 413, "body_too_large"),
        ({"numbers": [f"LP{i:014d}" for i in range(41)]}, 400, "too_many_numbers"),
        ({"numbers": []}, 400, "invalid_request"),
        ({"numbers": "LP1"}, 400, "invalid_request"),
        (["LP1"], 400, "invalid_request"),
    ],
)
def test_malformed_and_oversized_batches_are_refused_whole(simulator, body, status, code):
    response = _track(simulator, "cainiao", body)
    assert (response.status_code, response.json()["error"]["code"]) == (status, code)


def test_not_json_and_unknown_carriers(simulator: Simulator):
    response = httpx.post(f"{simulator.url}/v1/cainiao/track", content=b"{nope")
    assert response.json()["error"]["code"] == "invalid_request"
    assert _track(simulator, "acme", {"numbers": ["X"]}).status_code == 404


def test_over_the_rate_limit_the_answer_is_429_with_retry_after(simulator: Simulator):
    desk = simulator.network.desks["usps"]
    desk.requests_per_second, desk.burst = 0.5, 3
    desk.__post_init__()
    codes = [_track(simulator, "usps", {"numbers": ["X1"]}) for _ in range(5)]
    assert [r.status_code for r in codes] == [200, 200, 200, 429, 429]
    assert int(codes[-1].headers["Retry-After"]) >= 1
    assert _track(simulator, "cainiao", {"numbers": ["X1"]}).status_code == 200


def test_a_carrier_that_is_down_answers_503(simulator: Simulator):
    simulator.network.desks["royal_mail"].fault = "down"
    assert _track(simulator, "royal_mail", {"numbers": ["X1"]}).status_code == 503
