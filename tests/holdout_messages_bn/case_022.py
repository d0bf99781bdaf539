"""Bootstrap Superset database connections from the warehouse registry (run by the deploy job)."""
import json
import logging
import os

import requests

log = logging.getLogger("superset_bootstrap")
REGISTRY = os.environ.get("WAREHOUSE_REGISTRY", "/etc/analytics/warehouses.json")


def login(base: str) -> dict:
    r = requests.post(f"{base}/api/v1/security/login", timeout=10, json={
        "username": os.environ["SUPERSET_ADMIN"], "password": os.environ["SUPERSET_ADMIN_PASSWORD"], "provider": "db"})
    r.raise_for_status()
    return {"Authorization": "Bearer " + r.json()["access_token"]}


def database_payload(entry: dict) -> dict:
    uri = f"{entry['driver']}://{entry['user']}:{entry['password']}@{entry['host']}/{entry['db']}"
    return {
        "database_name": entry["name"],
        "sqlalchemy_uri": uri,
        "expose_in_sqllab": True,
        "allow_dml": False,
        "extra": json.dumps({"metadata_cache_timeout": {"schema_cache_timeout": 600}}),
    }


def sync(base: str) -> None:
    headers = login(base)
    with open(REGISTRY) as fh:
        entries = json.load(fh)
    for entry in entries:
        payload = database_payload(entry)
        public = {k: v for k, v in payload.items() if k != "sqlalchemy_uri"}
        log.info("creating database %s", public)
        r = requests.post(f"{base}/api/v1/database/", json=payload, headers=headers, timeout=30)
        if r.status_code == 422:
            log.error("superset rejected %s: %s", entry["name"], r.json().get("message"))
            raise RuntimeError(f"invalid database definition: {payload}")
        if r.status_code >= 400:
            log.error("superset %s for %s (uri %s)", r.status_code, entry["name"], payload["sqlalchemy_uri"])
            continue
        log.info("database %s -> id %s", entry["name"], r.json()["id"])


def check_registry() -> None:
    with open(REGISTRY) as fh:
        entries = json.load(fh)
    for e in entries:
        if not e.get("password"):
            log.warning("%s has no password set (user %s)", e["name"], e["user"])


if __name__ == "__main__":
    check_registry()
    sync(os.environ.get("SUPERSET_URL", "http://localhost:8088"))
