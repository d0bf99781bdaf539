# quick check that the ModelRed key in .env works (generation 3), run by hand
# usage: python scripts/check_modelred_key.py
import os
import sys

from dotenv import load_dotenv
from modelred import ModelRed, APIError, Unauthorized

load_dotenv()

key = os.getenv("MODELRED_API_KEY") or ""
proj = os.getenv("MODELRED_PROJECT", "default")
print("project:", proj)
print("key prefix:", key[:3], "length:", len(key))

if not key:
    print("MODELRED_API_KEY missing from .env", file=sys.stderr)
    sys.exit(1)

if not key.startswith("mr_"):
    print(f"warning: {key} does not start with mr_", file=sys.stderr)

mr = ModelRed(key, timeout=10.0, max_retries=1)

try:
    models = mr.list_models()
except Unauthorized as e:
    print("unauthorized:", type(e).__name__, file=sys.stderr)
    print(f"the key {key} was rejected", file=sys.stderr)
    sys.exit(3)
except APIError as e:
    print("ModelRed API error, status", getattr(e, "status_code", "?"), file=sys.stderr)
    sys.exit(4)

for m in models:
    print(m.get("id"), m.get("provider"), m.get("displayName"))

assessments = mr.list_assessments()
print(f"{len(assessments)} assessments in project {proj}")
mr.close()
