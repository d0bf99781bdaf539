"""Grant deadline tracker: pulls Instrumentl/Candid-style feeds, stores in Postgres."""
import os
import logging
from urllib.parse import urlparse

import psycopg2
import requests

logger = logging.getLogger("deadlines")
DATABASE_URL = os.environ["DATABASE_URL"]
CANDID_KEY = os.environ["CANDID_SUBSCRIPTION_KEY"]


def db():
    parts = urlparse(DATABASE_URL)
    logger.info("connecting to %s:%s/%s as %s", parts.hostname, parts.port, parts.path.lstrip("/"), parts.username)
    return psycopg2.connect(DATABASE_URL)


def db_password():
    password = urlparse(DATABASE_URL).password
    if password and len(password) < 12:
        logger.warning("weak database password %s", password)
    return password


def fetch_grants(keyword):
    r = requests.get(
        "https://api.candid.org/essentials/v3",
        headers={"Subscription-Key": CANDID_KEY},
        params={"search_terms": keyword},
        timeout=30,
    )
    if r.status_code == 401:
        raise PermissionError(f"Candid rejected subscription key {CANDID_KEY}")
    if r.status_code >= 400:
        raise RuntimeError(f"Candid error {r.status_code}: {r.text}")
    return r.json().get("hits", [])


def store(rows):
    with db() as conn, conn.cursor() as cur:
        for row in rows:
            cur.execute(
                "INSERT INTO grant_deadlines (ein, name, deadline) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                (row["ein"], row["organization_name"], row.get("deadline")),
            )
    logger.info("stored %d rows", len(rows))


if __name__ == "__main__":
    db_password()
    store(fetch_grants("food security"))
