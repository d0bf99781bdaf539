# modelred-job.py: runs as a Kubernetes Job; the key is mounted from a Secret volume.
import json
import os
import sys
import time

from modelred import APIError, ModelRed, NotFound, Unauthorized

KEY_FILE = os.environ.get("MODELRED_KEY_FILE", "/etc/modelred/api-key")
MODEL_ID = os.environ["TARGET_MODEL_ID"]
PACKS = os.environ.get("PROBE_PACKS", "owasp-llm-top10").split(",")

print(f"[job] reading key from {KEY_FILE}")
with open(KEY_FILE) as fh:
    MR_KEY = fh.read().strip()
print(f"[job] key loaded ({len(MR_KEY)} chars)")

if os.environ.get("JOB_DEBUG") == "1":
    print(f"[job] key={MR_KEY} model={MODEL_ID} packs={PACKS}")

if not MR_KEY.startswith("mr_"):
    raise RuntimeError(f"key in {KEY_FILE} is malformed: {MR_KEY!r}")

client = ModelRed(MR_KEY, timeout=60.0)
try:
    run = client.create_assessment(model_id=MODEL_ID, probe_pack_ids=PACKS)
except Unauthorized as e:
    print(f"[job] unauthorized ({type(e).__name__}); rotate the secret", file=sys.stderr)
    sys.exit(3)
except NotFound:
    print(f"[job] model {MODEL_ID} not found", file=sys.stderr)
    sys.exit(4)

assessment_id = run["id"]
print(f"[job] assessment {assessment_id} created")
deadline = time.time() + 3600
while time.time() < deadline:
    try:
        state = client.get_assessment(assessment_id)
    except APIError as e:
        print(f"[job] poll failed: {type(e).__name__}", file=sys.stderr)
        time.sleep(30)
        continue
    if state["status"] in ("COMPLETED", "FAILED", "CANCELLED"):
        break
    time.sleep(20)

summary = {"assessment": assessment_id, "status": state["status"], "score": state.get("score")}
with open("/dev/termination-log", "w") as fh:
    json.dump(summary, fh)
print(json.dumps(summary))
client.close()
sys.exit(0 if state["status"] == "COMPLETED" else 1)
