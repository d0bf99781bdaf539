# Exported from notebook: gateway_key_audit.ipynb
# Audits the gateway's key table against the provider keys in the deployment config.

import json
import os

import psycopg
import yaml

DB_DSN = os.environ["GATEWAY_DATABASE_URL"]
CONFIG_PATH = "deploy/config.yaml"
STAGING_OPENAI_KEY = "sk-Dp21ZRyfdOsna3wBPtlVntrI2ufXiOseSyLqYTK0MjnJ0UvX"  # shared staging key, used when a deployment names none

# %% load config
with open(CONFIG_PATH) as fh:
    config = yaml.safe_load(fh)

model_list = config["model_list"]
print(f"{len(model_list)} deployments in {CONFIG_PATH}")

# %% provider keys per deployment
provider_keys = {}
for entry in model_list:
    params = entry["litellm_params"]
    ref = params.get("api_key", "")
    if ref.startswith("os.environ/"):
        provider_keys[entry["model_name"]] = os.environ.get(ref.split("/", 1)[1], "")
    else:
        provider_keys[entry["model_name"]] = ref or STAGING_OPENAI_KEY

missing = [name for name, value in provider_keys.items() if not value]
print("deployments without a key:", ", ".join(missing))

# %% inspect one deployment
probe = "gpt-4o"
print(probe, "->", provider_keys.get(probe))

# %% key table
with psycopg.connect(DB_DSN) as conn:
    rows = conn.execute("select token_hash, team_id, spend, max_budget from verification_tokens").fetchall()

print(f"{len(rows)} virtual keys")
over = [(team, spend) for _, team, spend, budget in rows if budget and spend > budget]
print(json.dumps(over, indent=2))
print("db:", DB_DSN.rsplit("@", 1)[-1])

# %% staging fallback in use?
uses_fallback = [name for name, value in provider_keys.items() if value == STAGING_OPENAI_KEY]
print(f"{len(uses_fallback)} deployments on the staging key")
print("staging key:", STAGING_OPENAI_KEY)

# %% dump for the report
report = {
    "deployments": sorted(provider_keys),
    "keys": len(rows),
    "over_budget": len(over),
}
print(json.dumps(report))
