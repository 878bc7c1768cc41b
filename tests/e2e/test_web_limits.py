"""Rate limits over real HTTP: shared by two app instances on one database, and on the API."""

from __future__ import annotations

import httpx
import pytest

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.users import Role
from tests import factories
from tests.e2e.conftest import serve

TWENTY = "\n".join(f"RR{n:08d}CN" for n in range(20))  # 20 numbers: a third of the burst


def _instance(app: App, backend: str) -> App:
    settings = Settings(database_url=app.settings.database_url, rate_limit_backend=backend)
    return build(settings, clock=app.clock)


@pytest.mark.parametrize("backend", ["database", "memory"])
def test_two_workers_on_one_database_share_the_lookup_limit(app: App, backend: str) -> None:
    first, second = _instance(app, backend), _instance(app, backend)
    try:
        with serve(first) as one, serve(second) as two:
            codes = [
                httpx.get(f"{url}/track", params={"q": TWENTY}).status_code
                for url in (one, two, one, two, one, two)
            ]
    finally:
        first.close()
        second.close()
    if backend == "database":  # 60 numbers in all, whichever worker answers
        assert codes == [200, 200, 200, 429, 429, 429]
    else:  # each process counts alone: twice the limit gets through
        assert codes == [200, 200, 200, 200, 200, 200]


def test_the_api_lookups_are_limited_per_token_with_retry_after(
    app: App, http: httpx.Client
) -> None:
    app.settings = app.settings.model_copy(
        update={"api_lookup_burst": 3, "api_lookup_per_minute": 3}
    )
    factories.user(app, "a@example.com", Role.SELLER)
    factories.user(app, "b@example.com", Role.SELLER)
    mine = {"Authorization": f"Bearer {factories.token(app, 'a@example.com')}"}
    theirs = {"Authorization": f"Bearer {factories.token(app, 'b@example.com')}"}
    codes = [
        http.get("/api/v1/detect", params={"number": "RR123456785CN"}, headers=mine).status_code,
        http.get("/api/v1/trackings/RR123456785CN", headers=mine).status_code,
        http.get("/api/v1/detect", params={"number": "x"}, headers=mine).status_code,
    ]
    assert codes == [200, 404, 200]
    refused = http.get("/api/v1/trackings/RR123456785CN", headers=mine)
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/json"
    assert refused.json()["error"]["code"] == "rate_limited"
    assert "try again in" in refused.json()["error"]["message"]
    assert 1 <= int(refused.headers["Retry-After"]) <= 120  # sliding: up to two windows
    other = http.get("/api/v1/detect", params={"number": "RR123456785CN"}, headers=theirs)
    assert other.status_code == 200  # another token has its own allowance
    anonymous = [http.get("/api/v1/detect", params={"number": "1"}).status_code for _ in range(4)]
    assert anonymous == [200, 200, 200, 429]  # without a token: per address
