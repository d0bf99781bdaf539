import os, sys, json, logging
from modelred import *

# quick script: copy keys from the old .env into GCP Secret Manager, then smoke-test ModelRed
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
from google.cloud import secretmanager

PROJECT = sys.argv[1] if len(sys.argv) > 1 else "acme-llm-prod"
ENV_FILE = ".env.legacy"
sm = secretmanager.SecretManagerServiceClient()

pairs = {}
with open(ENV_FILE) as fh:
    for line in fh:
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        name, _, value = line.partition("=")
        pairs[name] = value.strip('"')

logging.info("found %d entries in %s: %s", len(pairs), ENV_FILE, list(pairs))
for name, value in pairs.items():
    sid = name.lower().replace("_", "-")
    parent = f"projects/{PROJECT}/secrets/{sid}"
    try:
        sm.add_secret_version(request={"parent": parent, "payload": {"data": value.encode()}})
    except Exception as err:
        logging.error("could not add %s=%s: %s", name, value, err)
        continue
    logging.info("added version to %s", parent)

mr_key = pairs.get("MODELRED_API_KEY", "")
client = ModelRed(mr_key, timeout=15.0)
try:
    models = client.list_models()
    print("ModelRed ok:", len(models.get("data", [])), "models")
except Unauthorized as e:
    print(f"ModelRed refused {mr_key} (HTTP {getattr(e, 'status_code', '?')})")
except APIError as e:
    print("ModelRed error", getattr(e, "status_code", None))
print("max_tokens default for smoke test:", pairs.get("MAX_TOKENS", "256"))
print(json.dumps({"project": PROJECT, "migrated": sorted(pairs)}, indent=2))
