# Fingrid open data: hourly wind production and frequency, posted to the Nordic ops channel.
import datetime as dt
import logging
import os

import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("fingrid")

API_KEY_HEADER = "x-api-key"
fingrid_key = os.environ["FINGRID_API_KEY"]
webhook = os.environ["OPS_TEAMS_WEBHOOK"]
DATASETS = {"wind": 181, "frequency": 177}

end = dt.datetime.now(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)
start = end - dt.timedelta(hours=6)
log.info("window %s .. %s, datasets %s", start, end, DATASETS)

readings = {}
for name, ds in DATASETS.items():
    r = requests.get(
        f"https://data.fingrid.fi/api/datasets/{ds}/data",
        params={"startTime": start.isoformat(), "endTime": end.isoformat(), "pageSize": 1000},
        headers={API_KEY_HEADER: fingrid_key},
        timeout=30,
    )
    if r.status_code == 403:
        log.error("Fingrid denied dataset %s for key %s", ds, fingrid_key)
        continue
    r.raise_for_status()
    rows = r.json().get("data", [])
    readings[name] = rows
    log.info("%s: %d rows, last %s", name, len(rows), rows[-1]["value"] if rows else None)

if not readings:
    raise SystemExit("no Fingrid data")

wind = readings.get("wind", [])
peak = max((row["value"] for row in wind), default=0)
text = f"Wind peak last 6h: {peak:.0f} MW; frequency samples: {len(readings.get('frequency', []))}"
resp = requests.post(webhook, json={"text": text}, timeout=10)
log.info("posted to Teams: %s", resp.status_code)
if resp.status_code >= 400:
    raise RuntimeError(f"Teams webhook returned {resp.status_code} for key ending {fingrid_key[-4:]}")
