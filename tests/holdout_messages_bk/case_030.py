"""Top-level smoke test run in CI before deploying the LLM ETL images."""
import os
import sys

import requests
from snowflake.connector import connect

FAILURES = []
keys = {
    "OPENAI_API_KEY": os.getenv("OPENAI_API_KEY", ""),
    "ANTHROPIC_API_KEY": os.getenv("ANTHROPIC_API_KEY", ""),
    "COHERE_API_KEY": os.getenv("COHERE_API_KEY", ""),
}
missing = [name for name, value in keys.items() if not value]
if missing:
    print("missing variables:", ", ".join(missing), file=sys.stderr)

r = requests.get("https://api.openai.com/v1/models",
                 headers={"Authorization": f"Bearer {keys['OPENAI_API_KEY']}"}, timeout=15)
print("openai /v1/models ->", r.status_code)
if r.status_code != 200:
    FAILURES.append(f"openai: {r.status_code} {r.json().get('error', {}).get('code')}")

r = requests.get("https://api.cohere.com/v1/models",
                 headers={"Authorization": f"Bearer {keys['COHERE_API_KEY']}"}, timeout=15)
if r.status_code != 200:
    print(f"cohere rejected key {keys['COHERE_API_KEY']}: {r.status_code}", file=sys.stderr)
    FAILURES.append("cohere")

anth = keys["ANTHROPIC_API_KEY"]
r = requests.get("https://api.anthropic.com/v1/models",
                 headers={"x-api-key": anth, "anthropic-version": "2023-06-01"}, timeout=15)
print("anthropic ->", r.status_code, r.headers.get("request-id"))
if r.status_code == 401:
    FAILURES.append(f"anthropic: key rejected ({r.status_code})")

sf_password = os.environ.get("SNOWFLAKE_PASSWORD", "")
try:
    connect(account=os.environ["SNOWFLAKE_ACCOUNT"], user="CI_SMOKE", password=sf_password).close()
    print("snowflake ok")
except Exception as exc:
    FAILURES.append(f"snowflake: {type(exc).__name__}")

for f in FAILURES:
    print("FAIL", f)
if FAILURES:
    sys.exit(1)
print("all smoke checks passed")
