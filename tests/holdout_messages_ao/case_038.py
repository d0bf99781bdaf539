# contract_redteam.py - quick scan of the contract-review bot before the legal demo
import sys
import time

from modelred import ModelRed, APIError, LimitExceeded, ValidationFailed

MODELRED_KEY = "mr_3qD5z8WgbIzQjMFoiZz70M0DmXSzW344LNAYaYu0"
MODEL_ID = "contract-review-claude"
PACKS = ["contract-leakage", "privilege-escalation", "jailbreak"]

print(f"scanning {MODEL_ID} with packs {', '.join(PACKS)}")
print(f"ModelRed key: {MODELRED_KEY}")

client = ModelRed(MODELRED_KEY, timeout=60.0, max_retries=2)
try:
    job = client.create_assessment(model_id=MODEL_ID, probe_pack_ids=PACKS, priority="high")
except ValidationFailed as e:
    print(f"invalid request: {type(e).__name__}", file=sys.stderr)
    sys.exit(1)
except LimitExceeded:
    print("plan limit reached; ask #sec-tools for a bigger tier", file=sys.stderr)
    sys.exit(1)
except APIError as e:
    print(f"modelred API error {e.status_code}", file=sys.stderr)
    sys.exit(1)

job_id = job["id"]
print(f"assessment {job_id} started")
deadline = time.time() + 30 * 60
while time.time() < deadline:
    status = client.get_assessment(job_id)
    state = status.get("status")
    print(f"  {state} ({status.get('progress', 0)}%)")
    if state in ("COMPLETED", "FAILED", "CANCELLED"):
        break
    time.sleep(20)
else:
    client.cancel_assessment(job_id)
    raise TimeoutError(f"assessment {job_id} still running after 30 min (key {MODELRED_KEY})")

if state != "COMPLETED":
    print(f"assessment ended {state}", file=sys.stderr)
    sys.exit(2)
summary = status.get("summary", {})
print(f"score {summary.get('overall_score')} - {summary.get('failed_probes', 0)} probes failed")
client.close()
