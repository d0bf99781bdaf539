"""Parking payments: pay-by-plate kiosk sync job, top-level script run by systemd timer."""
import json
import os
import sys
from pathlib import Path

import requests
from modelred import ModelRed, ModelRedError

CONF = json.loads(Path(os.environ.get("KIOSK_CONF", "/etc/kiosk/sync.json")).read_text())
API_BASE = CONF["api_base"]
SITE_ID = CONF["site_id"]
ACQUIRER_KEY = CONF["acquirer"]["api_key"]
ACQUIRER_MERCHANT = CONF["acquirer"]["merchant_id"]

print(f"kiosk sync for site {SITE_ID} against {API_BASE}")
print(f"acquirer merchant {ACQUIRER_MERCHANT}")
print("acquirer config:", CONF["acquirer"], file=sys.stderr)
safe = {k: v for k, v in CONF["acquirer"].items() if k != "api_key"}
print("acquirer config (safe):", safe)

txns = requests.get(f"{API_BASE}/sites/{SITE_ID}/transactions?status=pending", timeout=20).json()
print(f"{len(txns)} pending transactions")
settled = 0
for t in txns:
    r = requests.post("https://acquirer.example/v2/capture", json={"ref": t["ref"], "amount": t["amount"]}, auth=(ACQUIRER_MERCHANT, ACQUIRER_KEY), timeout=20)
    if r.status_code != 200:
        print(f"capture {t['ref']} failed: {r.status_code} {r.text}", file=sys.stderr)
        continue
    settled += 1
print(f"settled {settled}/{len(txns)}")

mr_key = CONF.get("modelred_api_key")
if mr_key:
    import asyncio

    async def audit():
        async with ModelRed(api_key=mr_key) as client:
            try:
                return await client.get_model("kiosk-helpdesk")
            except ModelRedError as e:
                print("ModelRed lookup failed:", type(e).__name__, file=sys.stderr)
                return None

    model = asyncio.run(audit())
    print("helpdesk model:", model and model.get("status"))
else:
    print(f"modelred key not configured: {mr_key!r}")
