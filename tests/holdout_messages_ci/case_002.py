# Nightly MLS (RESO Web API) pull -> local postgres. Run from cron.
import os
import sys
import logging

import requests
import psycopg2

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("mls_pull")

RESO_BASE = os.getenv("RESO_BASE_URL", "https://api.mlsgrid.example/v2")
token = os.getenv("MLS_GRID_TOKEN")
db_url = os.getenv("LISTINGS_DB_URL", "postgresql://localhost/listings")

if not token:
    raise SystemExit("MLS_GRID_TOKEN is not set")

log.info("pulling from %s into %s", RESO_BASE, db_url.split("@")[-1])
headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
log.debug("request headers: %s", headers)

resp = requests.get(
    f"{RESO_BASE}/Property",
    headers=headers,
    params={"$filter": "StandardStatus eq 'Active'", "$top": 500},
    timeout=60,
)
if resp.status_code != 200:
    log.error("MLS pull failed %s: %s", resp.status_code, resp.text[:300])
    sys.exit(1)

rows = resp.json().get("value", [])
log.info("fetched %d listings", len(rows))

conn = psycopg2.connect(db_url)
with conn, conn.cursor() as cur:
    for row in rows:
        cur.execute(
            "INSERT INTO listings (listing_key, status, price, city) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (listing_key) DO UPDATE SET status = EXCLUDED.status, price = EXCLUDED.price",
            (row["ListingKey"], row["StandardStatus"], row.get("ListPrice"), row.get("City")),
        )
conn.close()

next_link = resp.json().get("@odata.nextLink")
if next_link:
    print(f"more pages remain; token used: {token}", file=sys.stderr)
else:
    print("done, no more pages")
