import json
import logging
import os

import requests

log = logging.getLogger("clm.sync")

CLM_BASE = "https://clm.vendor.example/api/v3"


class CLMSync:
    """Pulls executed agreements from the contract lifecycle system into the analysis queue."""

    def __init__(self, api_key: str, tenant: str):
        self.api_key = api_key
        self.tenant = tenant
        self.headers = {"X-API-Key": api_key, "X-Tenant": tenant, "Accept": "application/json"}
        self.page_size = 100

    def _get(self, path: str, **params) -> dict:
        r = requests.get(f"{CLM_BASE}{path}", headers=self.headers, params=params, timeout=30)
        if r.status_code in (401, 403):
            raise PermissionError(f"CLM refused request with headers {self.headers}")
        if r.status_code >= 400:
            raise RuntimeError(f"CLM {path} -> {r.status_code}: {r.text[:200]}")
        return r.json()

    def executed_agreements(self):
        page = 1
        while True:
            data = self._get("/agreements", status="executed", page=page, per_page=self.page_size)
            yield from data["items"]
            if not data.get("next_page"):
                break
            page += 1

    def sync(self, queue_dir: str) -> int:
        n = 0
        for agreement in self.executed_agreements():
            with open(os.path.join(queue_dir, f"{agreement['id']}.json"), "w", encoding="utf-8") as fh:
                json.dump(agreement, fh)
            n += 1
        log.info("synced %d agreements for tenant %s (page size %d)", n, self.tenant, self.page_size)
        return n


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync = CLMSync(os.environ["CLM_API_KEY"], os.environ.get("CLM_TENANT", "lawfirm-01"))
    log.info("headers in use: %s", {k: v for k, v in sync.headers.items() if k != "X-API-Key"})
    log.info("CLM sync headers: %s", sync.headers)
    sync.sync(os.environ.get("QUEUE_DIR", "/var/queue/contracts"))
