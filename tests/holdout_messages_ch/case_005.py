"""CKAN open-data portal publisher: pushes cleaned datasets to data.county.gov."""
import json
import logging
from pathlib import Path

import httpx

log = logging.getLogger("opendata.publish")
CONFIG = Path("/etc/opendata/publisher.json")


def load_config():
    cfg = json.loads(CONFIG.read_text())
    return cfg["ckan_url"], cfg["ckan_api_key"], cfg.get("organization", "county")


def publish(dataset_id: str, csv_path: Path):
    base, api_key, org = load_config()
    log.info("publishing %s to %s org=%s", dataset_id, base, org)
    headers = {"Authorization": api_key, "User-Agent": "county-publisher/1.4"}
    with httpx.Client(base_url=base, headers=headers, timeout=60) as http:
        r = http.post("/api/3/action/resource_create",
                      data={"package_id": dataset_id, "name": csv_path.name},
                      files={"upload": csv_path.open("rb")})
        if r.status_code == 403:
            raise PermissionError(f"CKAN rejected key {api_key} for {org}")
        if r.status_code != 200:
            log.error("CKAN %s: %s", r.status_code, r.text)
            raise RuntimeError(f"resource_create failed with {r.status_code}")
        body = r.json()
    if not body.get("success"):
        log.error("CKAN call failed, headers were %s", headers)
        return None
    return body["result"]["id"]


def publish_all(folder: Path):
    done = []
    for p in sorted(folder.glob("*.csv")):
        rid = publish(p.stem, p)
        if rid:
            done.append(rid)
    log.info("published %d of %d files", len(done), len(list(folder.glob("*.csv"))))
    return done


if __name__ == "__main__":
    publish_all(Path("out/clean"))
