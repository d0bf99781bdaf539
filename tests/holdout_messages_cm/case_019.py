"""APS Model Derivative: translate an uploaded RVT and summarise its metadata."""
import logging
import os
import time

import requests

mdlog = logging.getLogger("aps.derivative")

APS = "https://developer.api.autodesk.com"


def two_legged_token(client_id: str, client_secret: str) -> dict:
    r = requests.post(f"{APS}/authentication/v2/token",
                      auth=(client_id, client_secret),
                      data={"grant_type": "client_credentials", "scope": "data:read data:write"},
                      timeout=20)
    if r.status_code == 401:
        raise RuntimeError(f"APS rejected credentials {client_id}:{client_secret}")
    r.raise_for_status()
    return r.json()


def translate(urn: str, token: str) -> None:
    body = {"input": {"urn": urn}, "output": {"formats": [{"type": "svf2", "views": ["3d"]}]}}
    r = requests.post(f"{APS}/modelderivative/v2/designdata/job", json=body,
                      headers={"Authorization": f"Bearer {token}"}, timeout=30)
    mdlog.info("translate %s -> %s", urn, r.status_code)
    if r.status_code >= 400:
        raise RuntimeError(f"translation job failed: {r.status_code} {r.text}")


def wait_manifest(urn: str, token: str, limit: int = 60) -> dict:
    for i in range(limit):
        r = requests.get(f"{APS}/modelderivative/v2/designdata/{urn}/manifest",
                         headers={"Authorization": f"Bearer {token}"}, timeout=30)
        m = r.json()
        mdlog.debug("manifest %s progress %s", urn, m.get("progress"))
        if m.get("status") in ("success", "failed"):
            return m
        time.sleep(5)
    raise TimeoutError(f"manifest for {urn} not ready after {limit} polls")


def main(urn: str):
    tok = two_legged_token(os.environ["APS_CLIENT_ID"], os.environ["APS_CLIENT_SECRET"])
    access = tok["access_token"]
    mdlog.info("token ok, expires_in=%s", tok["expires_in"])
    mdlog.debug("bearer for this run: %s", access)
    translate(urn, access)
    manifest = wait_manifest(urn, access)
    mdlog.info("derivatives: %s", [d.get("outputType") for d in manifest.get("derivatives", [])])


if __name__ == "__main__":
    import sys
    main(sys.argv[1])
