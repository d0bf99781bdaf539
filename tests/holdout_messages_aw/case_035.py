#!/usr/bin/env python3
"""Rotate vendor API keys (KYC, sanctions, e-signature) stored in Vault and verify the new ones."""
import argparse
import logging
import os
import secrets

import hvac
import requests

rot_log = logging.getLogger("keyrotation")
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

VENDORS = {
    "onfido": {"path": "kyc/onfido", "check": "https://api.eu.onfido.com/v3.6/applicants?per_page=1", "scheme": "Token token="},
    "complyadvantage": {"path": "aml/complyadvantage", "check": "https://api.complyadvantage.com/users", "scheme": "Token "},
}


def vault() -> hvac.Client:
    c = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    if not c.is_authenticated():
        raise PermissionError("Vault token not authenticated (VAULT_TOKEN)")
    return c


def verify(vendor: str, new_key: str) -> bool:
    spec = VENDORS[vendor]
    r = requests.get(spec["check"], headers={"Authorization": spec["scheme"] + new_key}, timeout=20)
    rot_log.info("verify %s -> HTTP %s", vendor, r.status_code)
    return r.status_code == 200


def rotate(vendor: str, new_key: str, dry_run: bool) -> None:
    client = vault()
    path = VENDORS[vendor]["path"]
    old = client.secrets.kv.v2.read_secret_version(path=path)["data"]["data"].get("api_key", "")
    rot_log.info("rotating %s at %s (old key ...%s, new key ...%s)", vendor, path, old[-4:], new_key[-4:])
    if not verify(vendor, new_key):
        raise ValueError(f"new {vendor} key {new_key} failed verification; keeping old key")
    if dry_run:
        rot_log.info("dry run: would write %s -> %s", path, new_key)
        return
    client.secrets.kv.v2.create_or_update_secret(path=path, secret={"api_key": new_key, "rotation_id": secrets.token_hex(4)})
    rot_log.info("%s rotated", vendor)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("vendor", choices=sorted(VENDORS))
    p.add_argument("--dry-run", action="store_true")
    args = p.parse_args()
    key = os.environ.get("NEW_VENDOR_KEY") or input("new key: ")
    rotate(args.vendor, key.strip(), args.dry_run)
