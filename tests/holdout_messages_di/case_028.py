# Smoke test for the "scan" tool of our agent, run by hand against staging (generation 3 SDK).
import os
import sys

from modelred import ModelRed, ModelRedError, Unauthorized

STAGING_KEY = "mr_SpLZCkH7oiQZX77Ru3r9eQ8o4Nwz8hgPzaoHL7eo"
PACKS = ["owasp-llm-top10"]
MODEL_ID = sys.argv[1] if len(sys.argv) > 1 else "staging-support-bot"

key = os.environ.get("MODELRED_API_KEY") or STAGING_KEY
print(f"using {'env' if 'MODELRED_API_KEY' in os.environ else 'built-in staging'} key")
print(f"key fingerprint: {key[:3]}...{key[-4:]}")

client = ModelRed(key, timeout=30.0)
try:
    models = client.list_models(limit=50)
except Unauthorized as e:
    print(f"staging key rejected: {STAGING_KEY}", file=sys.stderr)
    print(f"error status: {e.status_code}", file=sys.stderr)
    sys.exit(1)

ids = [m["id"] for m in models.get("data", [])]
print(f"{len(ids)} models visible")
if MODEL_ID not in ids:
    sys.exit(f"{MODEL_ID} not registered on staging")

try:
    job = client.create_assessment(model_id=MODEL_ID, probe_pack_ids=PACKS, detector_api_key=os.environ.get("OPENAI_API_KEY"))
except ModelRedError as e:
    print("create_assessment failed:", type(e).__name__, file=sys.stderr)
    sys.exit(2)

print("assessment", job["id"], "queued with packs", PACKS)
status = client.get_assessment(job["id"])["status"]
print("status now", status)

if os.environ.get("SMOKE_DEBUG"):
    print("env:", {k: v for k, v in os.environ.items() if k.endswith("_API_KEY")})
    print("env names:", [k for k in os.environ if k.endswith("_API_KEY")])

client.close()
print("ok")
