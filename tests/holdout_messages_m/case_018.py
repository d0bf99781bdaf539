"""Nightly key rotation (cron): create a new ModelRed key, update Vault, revoke the old one."""
import logging
import os
import sys

import hvac
import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
ADMIN_API = "https://api.modelred.ai/v1/admin/keys"
VAULT_PATH = "kv/data/modelred/prod"

vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
ADMIN_TOKEN = os.environ["MODELRED_ADMIN_TOKEN"]
session = requests.Session()
session.headers["Authorization"] = f"Bearer {ADMIN_TOKEN}"

current = vault.secrets.kv.v2.read_secret_version(path="modelred/prod", mount_point="kv")
old_key = current["data"]["data"]["api_key"]
old_id = current["data"]["data"]["key_id"]
logging.info("current key id %s (version %s)", old_id, current["data"]["metadata"]["version"])

resp = session.post(ADMIN_API, json={"name": "prod-nightly"}, timeout=30)
if resp.status_code != 201:
    logging.error("create failed: %s %s", resp.status_code, resp.text)
    sys.exit(f"rotation aborted; old key {old_key} left in place")
created = resp.json()
new_key, new_id = created["key"], created["id"]
logging.info("created key %s ending %s", new_id, new_key[-4:])

vault.secrets.kv.v2.create_or_update_secret(
    path="modelred/prod", mount_point="kv", secret={"api_key": new_key, "key_id": new_id}
)
check = requests.get("https://api.modelred.ai/v1/me", headers={"Authorization": f"Bearer {new_key}"}, timeout=15)
if not check.ok:
    logging.error("new key %s does not work (%s)", new_key, check.status_code)
    sys.exit(1)

rev = session.delete(f"{ADMIN_API}/{old_id}", timeout=30)
logging.info("revoked %s: %s", old_id, rev.status_code)
if os.environ.get("ROTATE_DEBUG"):
    print("admin session headers:", dict(session.headers))
