"""SAP BTP destination lookup for the supplier portal's S/4 calls."""
from __future__ import annotations

import json
import logging
import os
from functools import lru_cache

import requests

log = logging.getLogger("btp.destination")


@lru_cache(maxsize=1)
def _service_binding() -> dict:
    vcap = json.loads(os.environ["VCAP_SERVICES"])
    binding = vcap["destination"][0]["credentials"]
    log.info("destination service %s in %s, fields %s", binding["uri"], binding.get("identityzone"), sorted(binding))
    return binding


def _oauth_token(binding: dict) -> str:
    r = requests.post(f"{binding['url']}/oauth/token", data={"grant_type": "client_credentials"},
                      auth=(binding["clientid"], binding["clientsecret"]), timeout=20)
    if r.status_code != 200:
        raise RuntimeError(f"XSUAA token failed for {binding['clientid']}: {r.status_code} {r.text[:150]}")
    return r.json()["access_token"]


def destination(name: str) -> dict:
    binding = _service_binding()
    if not binding.get("clientsecret"):
        raise KeyError(f"destination binding has no clientsecret: {binding.get('clientsecret')!r}")
    token = _oauth_token(binding)
    r = requests.get(f"{binding['uri']}/destination-configuration/v1/destinations/{name}",
                     headers={"Authorization": f"Bearer {token}"}, timeout=20)
    if r.status_code == 404:
        raise LookupError(f"destination {name} not found (looked up with token {token})")
    r.raise_for_status()
    dest = r.json()
    cfg = dest["destinationConfiguration"]
    log.info("destination %s -> %s (%s)", name, cfg.get("URL"), cfg.get("Authentication"))
    if cfg.get("Authentication") == "BasicAuthentication" and not cfg.get("Password"):
        raise ValueError("destination %s uses basic auth but user %s has no password" % (name, cfg.get("User")))
    return dest


def s4_session(name: str = "S4HANA_PRD") -> requests.Session:
    dest = destination(name)
    cfg = dest["destinationConfiguration"]
    s = requests.Session()
    s.auth = (cfg["User"], cfg["Password"])
    s.headers["sap-client"] = cfg.get("sap-client", "100")
    log.debug("S/4 session for %s: %s", name, cfg)
    return s
