"""Build the carrier-code maps between parceltrail's carrier ids and the aggregators' codes.

Reads parceltrail's directory (src/parceltrail/data/carriers/), each provider's public carrier
list and the choices made by reading those lists (scripts/carrier_code_choices.json), and writes
src/parceltrail/data/carriers/backends/{17track,aftership,ship24}.json. Every directory carrier
ends either mapped to one of the provider's codes or listed under "unserved" with what was looked
for: the provider's list has no such carrier, so its numbers are registered without a carrier
code and the provider's own detection decides. A carrier is matched automatically by the same
code, then the same name, then the same website; where that is ambiguous or wrong, a choice
decides, and a carrier neither matched nor chosen stops the build. A carrier the provider lists
only per country while parceltrail's spans several is listed under "detect" (no one code fits
every number). Run:

    python scripts/carrier_codes.py --17track apicarrier.all.json \
        --aftership couriers.json --ship24 ship24_couriers_response.json

The lists (each provider's own, as published, copied into public repositories):
- 17TRACK: https://res.17track.net/asset/carrier/info/apicarrier.all.json (the list 17TRACK's
  API docs point to for carrier keys), as committed in github.com/Duy247/HLLogistic
  carriers/apicarrier.all.json (commit e32df96d, 2025-12-06; 3,037 carriers).
- AfterShip: assets/js/couriers.json of github.com/AfterShip/aftership-apps-woocommerce
  (AfterShip's own plugin, commit 32ee84aa; 1,555 couriers).
- Ship24: an answer of GET /public/v1/couriers, as committed in
  github.com/b0r1ngx/ship24-couriers-response-parse-2 resources/ship24_couriers_response.json
  (commit 3acf365c, 2024-03-02; 1,538 couriers).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
CARRIERS = ROOT / "src/parceltrail/data/carriers"
CHOICES = Path(__file__).with_name("carrier_code_choices.json")
SOURCES = {
    "17track": "https://res.17track.net/asset/carrier/info/apicarrier.all.json as committed in"
    " github.com/Duy247/HLLogistic carriers/apicarrier.all.json (commit e32df96d, 2025-12-06)",
    "aftership": "github.com/AfterShip/aftership-apps-woocommerce assets/js/couriers.json"
    " (commit 32ee84aa)",
    "ship24": "GET https://api.ship24.com/public/v1/couriers as committed in"
    " github.com/b0r1ngx/ship24-couriers-response-parse-2"
    " resources/ship24_couriers_response.json (commit 3acf365c, 2024-03-02)",
}
_NOISE = {"the", "express", "post", "logistics", "courier", "couriers", "co", "ltd", "group"}


def directory() -> list[dict[str, Any]]:
    """The directory's carriers, and the posts its S10 table names without a carrier entry
    (``post_<country>``, as parceltrail's directory adds them)."""
    found: list[dict[str, Any]] = []
    posts: list[dict[str, Any]] = []
    for path in sorted(CARRIERS.glob("*.json")):
        data = json.loads(path.read_text())
        found.extend(data.get("carriers", []))
        posts.extend(data.get("s10", {}).get("posts", []))
    for post in posts:
        if "carrier" not in post:
            found.append(
                {
                    "code": f"post_{post['code'].lower()}",
                    "name": post["operator"],
                    "countries": [post["code"]],
                    "kind": "post",
                    "s10_only": True,
                }
            )
    return found


def national_post(carrier: dict[str, Any], listed: list[dict[str, Any]]) -> Any:
    """The provider's entry for a post the directory knows only from the S10 table, by how
    the provider files posts: 17TRACK keys a country's post <country number>1 with the
    country's ISO code; Ship24 names it ``<iso>-post``."""
    if not carrier.get("s10_only"):
        return None
    iso = carrier["countries"][0]
    for item in listed:
        code = item["code"]
        if item.get("iso") == iso and isinstance(code, int) and code < 100000 and code % 10 == 1:
            return code
        if item["code"] == f"{iso.lower()}-post":
            return item["code"]
    return None


def domain(url: str | None) -> str:
    host = urlparse(url or "").hostname or ""
    return host.removeprefix("www.")


def words(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"\(.*?\)", " ", plain)
    return " ".join(re.findall(r"[a-z0-9]+", plain))


def seventeen(path: Path) -> list[dict[str, Any]]:
    """17TRACK's apicarrier.all.json: ``key``, ``_name``, ``_url``."""
    return [
        {
            "code": item["key"],
            "name": item["_name"].strip(),
            "url": item.get("_url") or "",
            "iso": item.get("_country_iso"),
        }
        for item in json.loads(path.read_text())
    ]


def aftership(path: Path) -> list[dict[str, Any]]:
    return [
        {"code": c["slug"], "name": c["name"], "other": c.get("other_name") or ""}
        for c in json.loads(path.read_text())
    ]


def ship24(path: Path) -> list[dict[str, Any]]:
    """Ship24's ``data.couriers`` (the answer of GET /public/v1/couriers)."""
    couriers = json.loads(path.read_text())["data"]["couriers"]
    return [
        {"code": c["courierCode"], "name": c["courierName"], "url": c.get("website") or ""}
        for c in couriers
        if not c.get("isDeprecated")
    ]


def tokens(text: str) -> set[str]:
    return set(words(text).split()) - _NOISE


def names_of(carrier: dict[str, Any]) -> set[str]:
    found = {words(carrier["name"]), words(carrier["code"].replace("_", " "))}
    found.update(words(part) for part in re.findall(r"\((.*?)\)", carrier["name"]))
    found.add(words(carrier["code"].replace("_", "")))
    return found - {""}


def their_names(item: dict[str, Any]) -> set[str]:
    others = {words(part) for part in str(item.get("other", "")).split(",")}
    found = {words(item["name"])} | {other for other in others if len(other) > 3}
    if isinstance(item["code"], str):
        found.update({words(item["code"].replace("-", " ")), words(item["code"].replace("-", ""))})
    return found - {""}


def match(carrier: dict[str, Any], listed: list[dict[str, Any]]) -> Any:
    """The provider's code for one parceltrail carrier, or None when nothing is sure.

    Same name (or code) first; then the same website, the one whose name shares the most
    words where several carriers share a domain (DHL's divisions); ambiguity maps nothing."""
    slugs = {carrier["code"].replace("_", "-"), carrier["code"].replace("_", "")}
    exact = [item for item in listed if item["code"] in slugs]
    if len(exact) == 1:
        return exact[0]["code"]
    mine = names_of(carrier)
    named = [item for item in listed if mine & their_names(item)]
    if len(named) == 1:
        return named[0]["code"]
    site = domain(carrier.get("website"))
    same_site = [item for item in listed if site and domain(item.get("url")) == site]
    pool = named or same_site
    if len(pool) == 1:
        return pool[0]["code"]
    wanted = set().union(*(tokens(name) for name in mine)) if mine else set()
    scored = sorted(
        (
            (len(wanted & tokens(item["name"] + " " + str(item.get("other", "")))), i, item)
            for i, item in enumerate(pool)
        ),
        key=lambda entry: (-entry[0], entry[1]),
    )
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][2]["code"]
    return None


def build(provider: str, listed: list[dict[str, Any]], choices: dict[str, Any]) -> dict[str, Any]:
    """The map of one provider; raises SystemExit naming carriers nobody decided on."""
    known = {item["code"]: item["name"] for item in listed}
    chosen, unserved = choices.get("codes", {}), choices.get("unserved", {})
    detect = choices.get("detect", {})
    mapped: dict[str, Any] = {}
    names: dict[str, str] = {}
    undecided: list[str] = []
    for carrier in directory():
        cid = carrier["code"]
        if cid in unserved or cid in detect:
            continue
        code = chosen.get(cid) or national_post(carrier, listed) or match(carrier, listed)
        if code is None:
            undecided.append(f"{cid} ({carrier['name']})")
        elif code not in known:
            sys.exit(f"{provider}: the code chosen for {cid}, {code!r}, is not in its list")
        else:
            mapped[cid], names[cid] = code, known[code]
    if undecided:
        sys.exit(f"{provider}: no code and not marked unserved: " + ", ".join(undecided))
    detected_as: dict[str, str] = {}
    for cid, codes in choices.get("detect_codes", {}).items():
        if cid not in detect:
            sys.exit(f"{provider}: detect_codes names {cid}, which is not left to detection")
        for code in codes:
            if code not in known:
                sys.exit(f"{provider}: {code!r}, a code given for {cid}, is not in its list")
            detected_as[str(code)] = cid
    return {
        "provider": provider,
        "source": SOURCES[provider],
        "codes": mapped,
        "names": names,
        "unserved": {cid: unserved[cid] for cid in sorted(unserved)},
        "detect": {cid: detect[cid] for cid in sorted(detect)},
        "detected_as": detected_as,
    }


def listed(
    provider: str, path: Path, read: Callable[[Path], list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """The provider's list read from ``path``; exits saying so when the file is not it."""
    try:
        return read(path)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        sys.exit(
            f"{path} cannot be read as {provider}'s carrier list as published"
            f" ({type(exc).__name__}: {exc}); the module's docstring says where it is"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--17track", dest="seventeen", type=Path)
    parser.add_argument("--aftership", type=Path)
    parser.add_argument("--ship24", type=Path)
    parser.add_argument("--out", type=Path, default=CARRIERS / "backends")
    args = parser.parse_args()
    choices = json.loads(CHOICES.read_text())
    readers = {
        "17track": (args.seventeen, seventeen),
        "aftership": (args.aftership, aftership),
        "ship24": (args.ship24, ship24),
    }
    if all(path is None for path, _ in readers.values()):
        parser.error(
            "give at least one provider's list (--17track, --aftership, --ship24);"
            " the module's docstring says where each is published"
        )
    args.out.mkdir(exist_ok=True)
    for provider, (path, read) in readers.items():
        if path is None:
            continue
        data = build(provider, listed(provider, path, read), choices.get(provider, {}))
        target = args.out / f"{provider}.json"
        target.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        print(
            f"{provider}: {len(data['codes'])} mapped, {len(data['detect'])} left to its"
            f" detection, {len(data['unserved'])} not in its list"
        )


if __name__ == "__main__":
    main()
