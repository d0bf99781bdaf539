#!/usr/bin/env python3
# Rotate my ModelRed key monthly; new key is read from Bitwarden CLI and pushed to the repo secret.
import base64
import json
import logging
import os
import subprocess

import requests
from nacl import encoding, public

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("rotate")

REPO = "me/llm-side-project"
SECRET_NAME = "MODELRED_API_KEY"
GH_PAT = os.environ["GH_PAT"]
API = f"https://api.github.com/repos/{REPO}/actions/secrets"


def bw_get(item):
    out = subprocess.run(["bw", "get", "password", item], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def repo_public_key():
    r = requests.get(f"{API}/public-key", headers={"Authorization": f"Bearer {GH_PAT}"}, timeout=10)
    r.raise_for_status()
    return r.json()


def encrypt(pk_b64, value):
    box = public.SealedBox(public.PublicKey(pk_b64.encode(), encoding.Base64Encoder()))
    return base64.b64encode(box.encrypt(value.encode())).decode()


new_key = bw_get("modelred-api-key")
if not new_key.startswith("mr_"):
    raise SystemExit("bitwarden item does not hold a ModelRed key")
log.info("rotating %s to key %s", SECRET_NAME, new_key)
pk = repo_public_key()
log.info("repo public key id %s", pk["key_id"])
sealed = encrypt(pk["key"], new_key)
log.debug("sealed len=%d", len(sealed))
resp = requests.put(
    f"{API}/{SECRET_NAME}",
    headers={"Authorization": f"Bearer {GH_PAT}"},
    json={"encrypted_value": sealed, "key_id": pk["key_id"]},
    timeout=10,
)
if resp.status_code not in (201, 204):
    raise RuntimeError(f"github refused secret update: {resp.status_code} {resp.text}")
log.info("done: %s", json.dumps({"secret": SECRET_NAME, "status": resp.status_code}))
