# Exported from notebook: tenant_onboarding.ipynb
# Creates a tenant, a virtual key and a per-model rate limit on the staging gateway.
import os
import warnings

import requests

GATEWAY = "https://llm-gw.staging.internal"
master_key = os.environ["GW_MASTER_KEY"]
admin = {"Authorization": f"Bearer {master_key}"}
tenant = "acme-research"

# %% create the tenant
resp = requests.post(f"{GATEWAY}/team/new", json={"team_alias": tenant, "max_budget": 200}, headers=admin, timeout=10)
print(resp.status_code, resp.json().get("team_id"))
team_id = resp.json()["team_id"]

# %% issue a key
resp = requests.post(
    f"{GATEWAY}/key/generate",
    json={"team_id": team_id, "models": ["gpt-4o-mini"], "rpm_limit": 60, "tpm_limit": 200_000},
    headers=admin,
    timeout=10,
)
tenant_key = resp.json()["key"]
print("key alias:", resp.json().get("key_alias"), "expires:", resp.json().get("expires"))
print(f"tenant key issued: {tenant_key}")

# %% smoke test the key
r = requests.post(
    f"{GATEWAY}/v1/chat/completions",
    json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}], "max_tokens": 5},
    headers={"Authorization": f"Bearer {tenant_key}"},
    timeout=30,
)
print(r.status_code, r.json().get("usage", {}).get("total_tokens"))
if r.status_code != 200:
    warnings.warn(f"smoke test failed for key {tenant_key}: {r.status_code}")

# %% limits
limits = requests.get(f"{GATEWAY}/key/info", headers={"Authorization": f"Bearer {tenant_key}"}, timeout=10).json()
print({k: limits["info"].get(k) for k in ("rpm_limit", "tpm_limit", "max_budget")})
print("remaining tokens header:", r.headers.get("x-ratelimit-remaining-tokens"))
