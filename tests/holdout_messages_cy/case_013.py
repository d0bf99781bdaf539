"""SpotDraft -> data warehouse contract sync, as Dramatiq actors."""
import logging
import os

import dramatiq
import psycopg
import requests
from dramatiq.brokers.redis import RedisBroker

dramatiq.set_broker(RedisBroker(url=os.environ.get("REDIS_URL", "redis://localhost:6379/2")))
logger = logging.getLogger("spotdraft.sync")

SPOTDRAFT_API = "https://api.spotdraft.com/api/v2.1/public"
PAGE_SIZE = 100


def spotdraft_headers() -> dict:
    client_id = os.environ["SPOTDRAFT_CLIENT_ID"]
    client_secret = os.environ["SPOTDRAFT_CLIENT_SECRET"]
    return {"client-id": client_id, "client-secret": client_secret, "Accept": "application/json"}


@dramatiq.actor(max_retries=3, time_limit=600_000)
def sync_contracts(page: int = 1) -> None:
    headers = spotdraft_headers()
    logger.info("syncing page %d as client %s", page, headers["client-id"])
    resp = requests.get(f"{SPOTDRAFT_API}/contracts/", params={"page": page, "page_size": PAGE_SIZE}, headers=headers, timeout=45)
    if resp.status_code == 401:
        raise PermissionError(f"SpotDraft rejected credentials {headers} on page {page}")
    if resp.status_code >= 500:
        raise RuntimeError(f"SpotDraft {resp.status_code}: {resp.text[:150]}")
    data = resp.json()
    with psycopg.connect(os.environ["WAREHOUSE_DSN"]) as conn:
        for c in data["results"]:
            conn.execute(
                "INSERT INTO contracts (id, title, status, counterparty) VALUES (%s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status",
                (c["id"], c["title"], c["status"], c.get("counterparty_name")),
            )
    logger.info("page %d: %d contracts", page, len(data["results"]))
    if data.get("next"):
        sync_contracts.send(page + 1)


@dramatiq.actor
def check_credentials() -> None:
    secret = os.environ.get("SPOTDRAFT_CLIENT_SECRET")
    if secret is None:
        logger.error("SPOTDRAFT_CLIENT_SECRET missing, value %r", secret)
        return
    logger.info("client secret rotated? first chars %s", secret[:4])
    r = requests.get(f"{SPOTDRAFT_API}/users/me/", headers=spotdraft_headers(), timeout=10)
    if not r.ok:
        logger.error("credential check failed, client-secret=%s status=%s", secret, r.status_code)
