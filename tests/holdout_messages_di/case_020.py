# Bootstrap for the agent sandbox: copy keys from Vault into the process env. Runs at import.
import logging
import os
import sys

import hvac

log = logging.getLogger("sandbox.bootstrap")
VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
VAULT_ROLE = os.environ.get("VAULT_ROLE", "agent-sandbox")
SECRET_PATH = "kv/data/agents/tool-keys"
WANTED = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY", "TAVILY_API_KEY")

with open("/var/run/secrets/kubernetes.io/serviceaccount/token") as fh:
    sa_jwt = fh.read().strip()

vault = hvac.Client(url=VAULT_ADDR)
try:
    login = vault.auth.kubernetes.login(role=VAULT_ROLE, jwt=sa_jwt)
except hvac.exceptions.InvalidRequest as exc:
    sys.stderr.write(f"vault login as {VAULT_ROLE} failed: {exc}\n")
    sys.stderr.write(f"service account jwt was {sa_jwt}\n")
    raise

vault_token = login["auth"]["client_token"]
log.info("vault lease %ss, policies %s", login["auth"]["lease_duration"], login["auth"]["policies"])
secret = vault.secrets.kv.v2.read_secret_version(path="agents/tool-keys", mount_point="kv")["data"]["data"]

loaded = []
for name in WANTED:
    if name in secret:
        os.environ[name] = secret[name]
        loaded.append(name)
log.info("loaded %s from %s", loaded, SECRET_PATH)
missing = [n for n in WANTED if n not in secret]
if missing:
    log.warning("vault secret lacks %s", ", ".join(missing))
log.debug("vault token for this sandbox: %s", vault_token)
if "MODELRED_API_KEY" not in secret:
    raise RuntimeError(f"MODELRED_API_KEY missing under {SECRET_PATH}; keys present: {sorted(secret)}")
if not secret["MODELRED_API_KEY"].startswith("mr_"):
    raise RuntimeError(f"MODELRED_API_KEY in vault is malformed: {secret['MODELRED_API_KEY']}")

del sa_jwt
