"""Aircraft-on-ground (AOG) parts locator: queries supplier portals, LLM ranks the offers."""
import logging
import os
from dataclasses import dataclass

import requests

aog_log = logging.getLogger("aog.parts")


@dataclass
class Supplier:
    name: str
    url: str
    api_key: str
    currency: str = "USD"


def suppliers() -> list[Supplier]:
    out = []
    for name in ("aviall", "satair", "boeing_dist"):
        key = os.getenv(f"{name.upper()}_API_KEY")
        if key:
            out.append(Supplier(name=name, url=os.getenv(f"{name.upper()}_URL", f"https://{name}.example/api"), api_key=key))
        else:
            aog_log.info("supplier %s disabled (no %s_API_KEY)", name, name.upper())
    return out


def query(s: Supplier, part_number: str) -> list[dict]:
    r = requests.get(f"{s.url}/availability", params={"pn": part_number}, headers={"Authorization": s.api_key}, timeout=20)
    if r.status_code in (401, 403):
        raise PermissionError(f"{s.name} refused key {s.api_key} for {part_number}")
    if not r.ok:
        aog_log.warning("%s: HTTP %s for %s", s.name, r.status_code, part_number)
        return []
    return [dict(o, supplier=s.name, currency=s.currency) for o in r.json().get("offers", [])]


def locate(part_number: str) -> list[dict]:
    offers = []
    for s in suppliers():
        aog_log.debug("asking %s", s)
        aog_log.debug("asking %s in %s", s.name, s.currency)
        try:
            offers.extend(query(s, part_number))
        except requests.RequestException as exc:
            aog_log.warning("%s unreachable: %s", s.name, exc)
    return sorted(offers, key=lambda o: (o.get("lead_time_h", 999), o.get("price", 1e9)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    for o in locate("2315M20-3"):
        print(o)
