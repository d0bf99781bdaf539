"""Recorded Future risk lookups used by the SOAR enrichment playbook."""
import logging
import os

import requests

log = logging.getLogger(__name__)

RF_API = "https://api.recordedfuture.com/v2"
RF_TOKEN_HEADER = "X-RFToken"


def rf_token():
    token = os.environ.get("RF_API_TOKEN") or open("/etc/soar/rf_token").read().strip()
    log.debug("using RF token from %s", "env" if os.environ.get("RF_API_TOKEN") else "/etc/soar/rf_token")
    return token


def lookup(kind, value, token=None, fields=("risk", "intelCard", "sightings")):
    token = token or rf_token()
    headers = {RF_TOKEN_HEADER: token, "User-Agent": "soar-enrich/2.3"}
    log.debug("GET %s/%s/%s header=%s", RF_API, kind, value, RF_TOKEN_HEADER)
    resp = requests.get(f"{RF_API}/{kind}/{value}", headers=headers, params={"fields": ",".join(fields)}, timeout=20)
    if resp.status_code == 401:
        log.error("RF token %s was rejected", token)
        raise PermissionError(f"Recorded Future returned 401 for {kind} {value}")
    resp.raise_for_status()
    data = resp.json()["data"]
    return {"score": data["risk"]["score"], "rules": data["risk"]["evidenceDetails"], "card": data.get("intelCard")}


def bulk(values, kind="ip", token=None):
    out = {}
    token = token or rf_token()
    for v in values:
        try:
            out[v] = lookup(kind, v, token)
        except requests.HTTPError as e:
            log.warning("lookup %s failed: %s", v, e.response.status_code)
    return out


def validate_token(token):
    if len(token) != 32:
        raise ValueError(f"RF tokens are 32 hex chars, got {len(token)}")
    if any(c not in "0123456789abcdef" for c in token):
        raise ValueError("RF token contains non-hex characters: " + token)
    return True
