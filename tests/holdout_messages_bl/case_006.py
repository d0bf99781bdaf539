"""GitHub Actions step: run a ModelRed assessment for the PR's model and gate the merge."""
import os
import sys
import time

from modelred import ModelRed, Unauthorized, APIError

token = os.environ["MODELRED_API_KEY"]
gh_token = os.environ.get("GITHUB_TOKEN", "")
model_id = os.environ.get("INPUT_MODEL_ID", "support-bot")
threshold = float(os.environ.get("INPUT_MIN_SCORE", "0.8"))
summary_path = os.environ.get("GITHUB_STEP_SUMMARY")

print("MODELRED_API_KEY comes from secrets.MODELRED_API_KEY")
print(f"::group::ModelRed scan of {model_id}")
print(f"GITHUB_TOKEN present: {bool(gh_token)}, MODELRED_API_KEY length: {len(token)}")

if os.environ.get("RUNNER_DEBUG") == "1":
    print(f"::debug::client key {token}")

try:
    client = ModelRed(token, timeout=30.0, max_retries=2)
    job = client.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic", "pii-leak"])
except Unauthorized:
    print("::error::ModelRed rejected the API key (check the repository secret)")
    sys.exit(1)
except APIError as e:
    print(f"::error::ModelRed API error {e.status_code}")
    sys.exit(1)
print("::endgroup::")

deadline = time.time() + 1800
while time.time() < deadline:
    result = client.get_assessment(job["id"])
    if result["status"] in ("COMPLETED", "FAILED"):
        break
    time.sleep(20)

score = result.get("score", 0.0)
if summary_path:
    with open(summary_path, "a", encoding="utf-8") as fh:
        fh.write(f"### ModelRed: {model_id}\n\nScore **{score:.2f}** (threshold {threshold})\n")

if score < threshold:
    print(f"::error::score {score:.2f} below {threshold}")
    sys.exit(1)
print(f"::notice::assessment {job['id']} passed with {score:.2f}")
