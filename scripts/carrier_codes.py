"""Build the carrier-code maps between parceltrail's carrier ids and the aggregators' codes.

Reads parceltrail's directory (src/parceltrail/data/carriers/) and the providers' public carrier
lists, and writes src/parceltrail/data/carriers/backends/{17track,aftership,ship24}.json. A
carrier is matched by its website's domain first, then by its name; what matches nothing is
listed under "unmapped" and left to the aggregator's own detection. Run (each list optional):

    python scripts/carrier_codes.py --17track 17track_carrier.go --aftership couriers.json \
        --ship24 scripts/ship24_couriers.json

17TRACK's list: https://www.17track.net/zh-cn/apicarrier as generated into
github.com/wksw/17track-golang-sdk/17track_carrier.go; AfterShip's: assets/js/couriers.json of
github.com/AfterShip/aftership-apps-woocommerce (AfterShip's own plugin); Ship24's: the couriers
its OpenAPI reference names (scripts/ship24_couriers.json says where each comes from; Ship24's
full list, GET /public/v1/couriers, needs a key and was not found in public material).
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
CARRIERS = ROOT / "src/parceltrail/data/carriers"
_GO_ENTRY = re.compile(
    r'Key: (?P<key>\d+), CanTrack: (?P<can>true|false), Country: \d+, Url: "(?P<url>[^"]*)", '
    r'Name: "(?P<name>[^"]*)", Code: "(?P<slug>[^"]*)"'
)
_NOISE = {"the", "express", "post", "logistics", "courier", "couriers", "co", "ltd", "group"}


def directory() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in sorted(CARRIERS.glob("*.json")):
        data = json.loads(path.read_text())
        found.extend(data.get("carriers", []) if isinstance(data, dict) else [])
    return found


def domain(url: str | None) -> str:
    host = urlparse(url or "").hostname or ""
    return host.removeprefix("www.")


def words(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"\(.*?\)", " ", plain)
    return " ".join(re.findall(r"[a-z0-9]+", plain))


def seventeen(path: Path) -> list[dict[str, Any]]:
    return [
        {"code": int(m["key"]), "name": m["name"], "url": m["url"], "other": m["slug"]}
        for m in _GO_ENTRY.finditer(path.read_text())
        if m["can"] == "true"
    ]


def aftership(path: Path) -> list[dict[str, Any]]:
    return [
        {"code": c["slug"], "name": c["name"], "other": c.get("other_name") or ""}
        for c in json.loads(path.read_text())
    ]


def ship24(path: Path) -> list[dict[str, Any]]:
    """Ship24's ``data.couriers`` (the shape of GET /public/v1/couriers)."""
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
        ((len(wanted & tokens(item["name"] + " " + str(item.get("other", "")))), i, item)
         for i, item in enumerate(pool)),
        key=lambda entry: (-entry[0], entry[1]),
    )
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][2]["code"]
    return None


def build(provider: str, listed: list[dict[str, Any]], source: str) -> dict[str, Any]:
    mapped: dict[str, Any] = {}
    unmapped: list[str] = []
    for carrier in directory():
        code = match(carrier, listed)
        if code is None:
            unmapped.append(carrier["code"])
        else:
            mapped[carrier["code"]] = code
    return {"provider": provider, "source": source, "codes": mapped, "unmapped": unmapped}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--17track", dest="seventeen", type=Path)
    parser.add_argument("--aftership", type=Path)
    parser.add_argument("--ship24", type=Path)
    args = parser.parse_args()
    out = CARRIERS / "backends"
    out.mkdir(exist_ok=True)
    maps = {}
    if args.seventeen:
        maps["17track"] = build(
            "17track",
            seventeen(args.seventeen),
            "https://www.17track.net/zh-cn/apicarrier via github.com/wksw/17track-golang-sdk"
            " 17track_carrier.go (commit 38a545c4)",
        )
    if args.aftership:
        maps["aftership"] = build(
            "aftership",
            aftership(args.aftership),
            "github.com/AfterShip/aftership-apps-woocommerce assets/js/couriers.json"
            " (commit 32ee84aa)",
        )
    if args.ship24:
        listed = json.loads(args.ship24.read_text())
        maps["ship24"] = build("ship24", ship24(args.ship24), listed["source"])
        # Codes seen only in Ship24's examples, each with the carrier they name there.
        for seen in listed.get("seen_in_examples", []):
            maps["ship24"]["codes"][seen["carrier"]] = seen["courierCode"]
            maps["ship24"]["unmapped"].remove(seen["carrier"])
    for name, data in maps.items():
        (out / f"{name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        print(f"{name}: {len(data['codes'])} mapped, {len(data['unmapped'])} left to detection")


if __name__ == "__main__":
    main()
