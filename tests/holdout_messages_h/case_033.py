"""Admin script: list and create gateway keys through the provider's admin API."""
import logging
import os
import sys

import requests

log = logging.getLogger("admin_keys")
ADMIN_KEY = os.environ["OPENAI_ADMIN_KEY"]
API = "https://api.openai.com/v1/organization/admin_api_keys"


def list_keys() -> list[dict]:
    keys, page_token = [], None
    while True:
        params = {"limit": 100}
        if page_token:
            params["after"] = page_token
        resp = requests.get(API, headers={"Authorization": f"Bearer {ADMIN_KEY}"}, params=params, timeout=20)
        if resp.status_code != 200:
            raise RuntimeError(f"listing failed at page {page_token}: {resp.status_code}")
        body = resp.json()
        keys.extend(body["data"])
        if not body.get("has_more"):
            return keys
        page_token = body["last_id"]
        log.debug("next page token %s", page_token)


def create_key(name: str) -> None:
    resp = requests.post(API, headers={"Authorization": f"Bearer {ADMIN_KEY}"}, json={"name": name}, timeout=20)
    resp.raise_for_status()
    created = resp.json()
    print(f"created {created['id']} ({created['redacted_value']})")
    print(f"value: {created['value']}")


if __name__ == "__main__":
    for k in list_keys():
        print(k["id"], k["name"], k.get("redacted_value"), k["created_at"])
    if len(sys.argv) > 1:
        create_key(sys.argv[1])
    log.info("admin key %s used for listing", ADMIN_KEY)
