# quick_scan.py -- throwaway script from the team wiki: run a ModelRed scan from the terminal
import sys

from modelred import ModelRed, APIError, Unauthorized

MODELRED_KEY = "mr_O5cKMv4moXy8qSm6GMkVXu3UFsqakCSSI8eQDjW3"
MODEL = sys.argv[1] if len(sys.argv) > 1 else "staging-chatbot"
PACKS = ["owasp-llm-top10", "jailbreak-basic"]
MAX_TOKENS = 256

print(f"Using key ending {MODELRED_KEY[-4:]} for {MODEL}")
print(f"Using {MODELRED_KEY}")

client = ModelRed(MODELRED_KEY, timeout=30.0, max_retries=5)

try:
    owned = client.list_owned_probes(limit=50)
except Unauthorized:
    print("key rejected -- ask #ml-platform for a new one")
    sys.exit(1)
except APIError as e:
    print("listing probes failed:", type(e).__name__, getattr(e, "status_code", None))
    sys.exit(1)

print(f"{len(owned.get('data', []))} owned probe(s)")
job = client.create_assessment(model_id=MODEL, probe_pack_ids=PACKS, priority="high")
print("assessment", job["id"], "queued; max_tokens", MAX_TOKENS)

for pack_id in PACKS:
    pack = client.get_probe_pack(pack_id)
    print(f"  {pack_id}: {pack.get('name')} ({pack.get('probe_count', '?')} probes)")

recent = client.list_assessments(limit=3)
for a in recent.get("data", []):
    print("  previous:", a.get("id"), a.get("status"), a.get("score"))

status = client.get_assessment(job["id"])
if status.get("status") == "failed":
    raise RuntimeError(f"assessment {job['id']} failed (key {MODELRED_KEY})")
print("status:", status.get("status"))
client.close()
