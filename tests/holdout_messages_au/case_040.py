"""Service-catalog sync: copies owners and on-call from PagerDuty into the internal catalog."""
import logging
import sys

import keyring
import requests

log = logging.getLogger("catalog_sync")

KEYRING_SERVICE = "catalog-sync"
PD_API = "https://api.pagerduty.com"
CATALOG_API = "https://catalog.internal/api/v1"


def credentials() -> tuple[str, str]:
    pd_token = keyring.get_password(KEYRING_SERVICE, "pagerduty")
    catalog_token = keyring.get_password(KEYRING_SERVICE, "catalog")
    if not pd_token or not catalog_token:
        log.error("missing keyring entries under %s (pagerduty: %s, catalog: %s)", KEYRING_SERVICE, pd_token is not None, catalog_token is not None)
        sys.exit(2)
    return pd_token, catalog_token


def pd_services(pd_token: str) -> list[dict]:
    r = requests.get(f"{PD_API}/services", headers={"Authorization": f"Token token={pd_token}", "Accept": "application/json"}, params={"limit": 100}, timeout=15)
    if r.status_code == 401:
        log.error("PagerDuty rejected token %s", pd_token)
        return []
    return r.json().get("services", [])


def sync() -> int:
    pd_token, catalog_token = credentials()
    headers = {"Authorization": f"Bearer {catalog_token}"}
    updated = 0
    for svc in pd_services(pd_token):
        owner = (svc.get("teams") or [{}])[0].get("summary")
        body = {"pagerduty_service_id": svc["id"], "owner": owner, "escalation_policy": svc["escalation_policy"]["id"]}
        r = requests.patch(f"{CATALOG_API}/components/{svc['name']}", json=body, headers=headers, timeout=15)
        if r.status_code == 404:
            log.info("no catalog entry for %s (pd id %s)", svc["name"], svc["id"])
            continue
        if r.status_code >= 400:
            log.warning("catalog update failed for %s: %s %s", svc["name"], r.status_code, r.text[:200])
            continue
        updated += 1
    log.info("updated %d catalog components", updated)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(sync())
