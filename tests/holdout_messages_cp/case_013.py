#!/usr/bin/env python
"""rotate_keys.py -- monthly cron (1st, 03:00) that rotates the ModelRed key in Vault.

Long procedural script; every step prints so the cron mail shows what happened.
"""
from __future__ import print_function

import datetime
import os
import sys

import hvac
from modelred import ModelRed, Unauthorized

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
VAULT_PATH = "secret/data/llm/modelred"
NOW = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M")

print("[%s] rotate_keys starting, vault=%s path=%s" % (NOW, VAULT_ADDR, VAULT_PATH))

vault = hvac.Client(url=VAULT_ADDR, token=os.environ["VAULT_TOKEN"])
print("vault token from VAULT_TOKEN (%d chars)" % len(os.environ["VAULT_TOKEN"]))
if not vault.is_authenticated():
    print("vault token not accepted", file=sys.stderr)
    sys.exit(1)

current = vault.secrets.kv.v2.read_secret_version(path="llm/modelred")["data"]["data"]
old_key = current["api_key"]
new_key = open("/root/incoming/modelred_new_key.txt").read().strip()

print("old key ends ...%s, new key ends ...%s" % (old_key[-4:], new_key[-4:]))
print("secret fields: %s" % sorted(current.keys()))

try:
    with ModelRed(new_key) as c:
        c.list_models(limit=1)
except Unauthorized:
    print("new key %s does not work, leaving %s in place" % (new_key, VAULT_PATH), file=sys.stderr)
    sys.exit(2)

current["api_key"] = new_key
current["rotated_at"] = NOW
vault.secrets.kv.v2.create_or_update_secret(path="llm/modelred", secret=current)
print("wrote %s: %s" % (VAULT_PATH, current))

os.remove("/root/incoming/modelred_new_key.txt")
print("[%s] done; revoke the old key in the ModelRed console" % NOW)
