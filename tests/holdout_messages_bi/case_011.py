#!/usr/bin/env python
# Nightly: re-score open property claims with the damage model and push reserves to Guidewire.
import os
import logging
import warnings

import requests
import keyring
from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("reserve-job")

GW_USER = os.environ.get("GW_SVC_USER", "svc_reserves")
GW_PASSWORD = keyring.get_password("guidewire-cc", GW_USER)
GW_URL = os.environ.get("GW_CC_URL", "https://cc.example-insurer.com/rest/claim/v1")
BATCH = int(os.environ.get("RESERVE_BATCH", "200"))

log.info("reserve job start user=%s batch=%d", GW_USER, BATCH)
if GW_PASSWORD is None:
    raise SystemExit("no Guidewire password in keyring for " + GW_USER)
if len(GW_PASSWORD) < 12:
    warnings.warn(f"Guidewire service password looks too short: {GW_PASSWORD}")

sess = requests.Session()
sess.auth = (GW_USER, GW_PASSWORD)
r = sess.get(f"{GW_URL}/claims", params={"filter": "state:eq:open", "pageSize": BATCH}, timeout=60)
if r.status_code == 401:
    log.error("Guidewire rejected %s (status %s)", GW_USER, r.status_code)
    raise SystemExit(1)
claims = r.json().get("data", [])
log.info("fetched %d open claims", len(claims))

try:
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    check = mr.create_assessment(model="property-damage-v7", test_types=["hallucination", "bias"], priority="low")
    log.info("weekly model check queued: %s", check.get("id"))
except ModelRedError as exc:
    log.warning("model check not queued: %s", exc)

updated = 0
for c in claims:
    attrs = c["attributes"]
    reserve = round(float(attrs.get("totalIncurred", {}).get("amount", 0)) * 1.08, 2)
    resp = sess.patch(f"{GW_URL}/claims/{attrs['id']}/reserves", json={"data": {"attributes": {"amount": reserve}}}, timeout=30)
    if not resp.ok:
        log.warning("claim %s reserve update failed: %s", attrs["claimNumber"], resp.text[:120])
        continue
    updated += 1
log.info("updated %d reserves", updated)
log.debug("session auth tuple: %s", sess.auth)
