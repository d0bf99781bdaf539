# Bootstrap for the booking-engine container: fetch secrets from Vault at import time.
import logging
import os
import sys

import hvac

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
boot = logging.getLogger("bootstrap")

VAULT_ADDR = os.getenv("VAULT_ADDR", "https://vault.internal:8200")
VAULT_ROLE = os.getenv("VAULT_ROLE", "booking-engine")
JWT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount/token"

with open(JWT_PATH) as fh:
    sa_jwt = fh.read().strip()

vault = hvac.Client(url=VAULT_ADDR)
try:
    vault.auth.kubernetes.login(role=VAULT_ROLE, jwt=sa_jwt)
except hvac.exceptions.Forbidden:
    boot.error("vault login denied for role %s with service account jwt %s", VAULT_ROLE, sa_jwt)
    raise

boot.info("vault login ok for role %s at %s", VAULT_ROLE, VAULT_ADDR)
boot.info("vault token ttl %s", vault.auth.token.lookup_self()["data"]["ttl"])

secret = vault.secrets.kv.v2.read_secret_version(path="booking-engine/prod")["data"]["data"]
boot.info("loaded secret fields: %s", ", ".join(sorted(secret)))

for name in ("OPENAI_API_KEY", "MODELRED_API_KEY", "STRIPE_SECRET_KEY", "SABRE_PASSWORD"):
    value = secret.get(name)
    if value is None:
        boot.warning("%s missing in vault", name)
        continue
    os.environ[name] = value

stripe_key = secret.get("STRIPE_SECRET_KEY", "")
if stripe_key and not stripe_key.startswith("sk_live_"):
    raise RuntimeError(f"non-live Stripe key in prod: {stripe_key}")
if "--print-env" in sys.argv:
    print({k: os.environ[k] for k in ("OPENAI_API_KEY", "MODELRED_API_KEY") if k in os.environ}, file=sys.stderr)

boot.info("bootstrap done, %d secrets exported", len(secret))
