# Nightly: pull the latest W&B model artifact and scan it with ModelRed.
# Runs in the GPU CI runner after the training pipeline publishes an artifact.
# Env: WANDB_API_KEY, WANDB_ARTIFACT (optional), CI_DEBUG (optional).
import os
import sys

import wandb
from modelred import ModelRed, APIError, Unauthorized

MR_KEY = "mr_y0XG2aqz17TAIyQ24qZNNRnpBWuqaepnM0tysSYD"  # CI service key, moved to the vault next sprint

ARTIFACT = os.environ.get("WANDB_ARTIFACT", "acme-speech/asr/voicebot-llm:latest")
PACKS = ["pack_injection_v2", "pack_pii_v1"]
wandb_key = os.environ.get("WANDB_API_KEY")
if not wandb_key:
    sys.exit("WANDB_API_KEY is required")

api = wandb.Api(api_key=wandb_key)
art = api.artifact(ARTIFACT, type="model")
print(f"artifact {art.name} v{art.version} ({art.size} bytes)")
local = art.download(root="/tmp/artifact")
model_id = art.metadata.get("modelred_model_id", art.name.split(":")[0])
print(f"downloaded to {local}; model id {model_id}")

client = ModelRed(MR_KEY, timeout=60.0)
try:
    a = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="low")
except Unauthorized:
    raise RuntimeError(f"ModelRed rejected the CI key {MR_KEY}") from None
except APIError as e:
    print(f"scan not started: HTTP {e.status_code}", file=sys.stderr)
    sys.exit(1)

print(f"assessment {a['id']} queued for {model_id}")
if os.environ.get("CI_DEBUG"):
    print(f"debug: wandb key {wandb_key} mr key {MR_KEY[:3]}...")
run = wandb.init(project="nightly-scans", job_type="scan")
run.summary["assessment_id"] = a["id"]
run.summary["packs"] = ",".join(PACKS)
run.finish()
print(f"done: {len(PACKS)} packs, run {run.id}")
