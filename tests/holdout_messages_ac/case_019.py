# Bootstrap script for a local gateway: writes the provider map and sanity-checks keys.
# Run once at container start: python bootstrap_gateway.py
import json
import os
import pathlib
import sys

import requests

DEV_MASTER_KEY = "sk-5YoyGTJws9GJsy9YATJwAh7nzb2ApvWDXzEI3KnYcn67FoaN"
CONFIG_PATH = pathlib.Path(os.environ.get("GATEWAY_CONFIG", "/etc/gateway/providers.json"))
KEY_VARS = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GROQ_API_KEY"]

openai_api_key = os.environ.get("OPENAI_API_KEY", "")
anthropic_api_key = os.environ.get("ANTHROPIC_API_KEY", "")
groq_api_key = os.environ.get("GROQ_API_KEY", "")

missing = [name for name in KEY_VARS if not os.environ.get(name)]
if missing:
    print(f"warning: missing {', '.join(missing)}", file=sys.stderr)

print(f"openai key loaded: {openai_api_key}")
print(f"anthropic key loaded: {bool(anthropic_api_key)}, groq key ends {groq_api_key[-4:]}")

providers = {
    "openai": {"base": "https://api.openai.com/v1", "api_key": openai_api_key},
    "anthropic": {"base": "https://api.anthropic.com", "api_key": anthropic_api_key},
    "groq": {"base": "https://api.groq.com/openai/v1", "api_key": groq_api_key},
}

CONFIG_PATH.parent.mkdir(parents=True, exist_ok=True)
CONFIG_PATH.write_text(json.dumps({"master_key": DEV_MASTER_KEY, "providers": providers}, indent=2))
print(f"wrote {CONFIG_PATH} with {len(providers)} providers: {sorted(providers)}")

r = requests.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {openai_api_key}"}, timeout=10)
if r.status_code != 200:
    print(f"openai check failed: {r.status_code} {r.text[:100]}", file=sys.stderr)
    sys.stderr.write(f"config was: {json.dumps(providers)}\n")


def admin_headers() -> dict:
    return {"Authorization": f"Bearer {DEV_MASTER_KEY}"}


def ping_admin() -> None:
    resp = requests.get("http://localhost:4000/health", headers=admin_headers(), timeout=5)
    if resp.status_code == 401:
        raise RuntimeError(f"master key {DEV_MASTER_KEY} rejected by local gateway")


ping_admin()
print("gateway bootstrap done")
