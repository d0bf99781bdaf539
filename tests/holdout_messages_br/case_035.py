# Bootstrap for the internal "ask IT" assistant container. Executed at import by gunicorn's config.
import os
import json
import logging

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
boot = logging.getLogger("bootstrap")

SECRETS_FILE = "/run/secrets/askit.json"
REQUIRED = ("openai_api_key", "modelred_api_key", "ldap_bind_password")

with open(SECRETS_FILE) as fh:
    secrets_doc = json.load(fh)

missing = [name for name in REQUIRED if not secrets_doc.get(name)]
if missing:
    raise RuntimeError(f"{SECRETS_FILE} lacks {', '.join(missing)}")

openai_api_key = secrets_doc["openai_api_key"]
modelred_api_key = secrets_doc["modelred_api_key"]
ldap_bind_password = secrets_doc["ldap_bind_password"]
max_tokens = int(secrets_doc.get("max_tokens", 700))

os.environ.setdefault("OPENAI_API_KEY", openai_api_key)
os.environ.setdefault("MODELRED_API_KEY", modelred_api_key)

boot.info("loaded %d secrets from %s; max_tokens=%d", len(REQUIRED), SECRETS_FILE, max_tokens)
boot.info("secret fields present: %s", sorted(k for k, v in secrets_doc.items() if v))

if not modelred_api_key.startswith("mr_"):
    raise ValueError("modelred_api_key in %s is malformed: %s" % (SECRETS_FILE, modelred_api_key))

if os.environ.get("ASKIT_DEBUG") == "1":
    boot.debug("secrets doc fields: %s", list(secrets_doc))
    boot.debug("ldap bind password: %s", ldap_bind_password)

bind = "0.0.0.0:8000"
workers = int(os.environ.get("WEB_CONCURRENCY", 3))
boot.info("gunicorn bind %s workers %d", bind, workers)
boot.info("openai key fingerprint %s", openai_api_key[:3] + "*" * 8)
accesslog = "-"
