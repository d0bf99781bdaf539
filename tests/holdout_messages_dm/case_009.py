# Cloud Run job: weekly ModelRed regression over all registered models (generation 3).
# Runs top to bottom as the job's entrypoint; configuration comes from env and Secret Manager.
import os
import sys

from google.cloud import secretmanager
from modelred import ModelRed, APIError, LimitExceeded

project = os.environ["GOOGLE_CLOUD_PROJECT"]
task_index = int(os.environ.get("CLOUD_RUN_TASK_INDEX", "0"))
task_count = int(os.environ.get("CLOUD_RUN_TASK_COUNT", "1"))
packs = os.environ.get("PROBE_PACKS", "owasp-llm-top10").split(",")

sm = secretmanager.SecretManagerServiceClient()
secret_path = f"projects/{project}/secrets/modelred-key/versions/latest"
modelred_key = sm.access_secret_version(name=secret_path).payload.data.decode().strip()
print(f"task {task_index}/{task_count}: key from {secret_path}")

if not modelred_key.startswith("mr_"):
    raise SystemExit("modelred-key secret is not a ModelRed key")

if os.environ.get("JOB_DEBUG") == "1":
    print("debug: modelred_key =", modelred_key)

client = ModelRed(modelred_key, timeout=30.0, max_retries=5)
models = client.list_models()
mine = [m for i, m in enumerate(models) if i % task_count == task_index]
print(f"task {task_index} handles {len(mine)} of {len(models)} models")

started, failed = 0, 0
for m in mine:
    try:
        a = client.create_assessment(model_id=m["id"], probe_pack_ids=packs)
        started += 1
        print(f"started {a['id']} for {m['id']}")
    except LimitExceeded as e:
        print(f"plan limit reached after {started} assessments ({type(e).__name__})", file=sys.stderr)
        break
    except APIError as e:
        failed += 1
        print(f"assessment for {m['id']} failed: {e}", file=sys.stderr)

if failed and started == 0:
    raise RuntimeError(f"no assessment started; check key {modelred_key}")
print(f"done: started={started} failed={failed}")
