# GitHub Actions step: .github/scripts/modelred_gate.py, run as `python modelred_gate.py`
import json
import os
import sys

import requests
from modelred import ModelRed, NotAllowedForApiKey, RateLimited, Unauthorized

api_key = os.environ.get("INPUT_MODELRED-API-KEY") or os.environ["MODELRED_API_KEY"]
gh_token = os.environ["GITHUB_TOKEN"]
repo = os.environ["GITHUB_REPOSITORY"]
event = json.load(open(os.environ["GITHUB_EVENT_PATH"]))
pr_number = event["pull_request"]["number"]
packs = [p.strip() for p in os.environ.get("INPUT_PROBE-PACKS", "owasp-llm-top10").split(",")]

print(f"::debug::probe packs={packs} pr={pr_number}")
print(f"::debug::using ModelRed key ending {api_key[-4:]}")
if os.environ.get("RUNNER_DEBUG") == "1":
    print(f"::debug::INPUT_MODELRED-API-KEY={api_key}")
print("::group::token scopes")
print("GITHUB_TOKEN present:", bool(gh_token))
print("::endgroup::")

comments_url = f"https://api.github.com/repos/{repo}/issues/{pr_number}/comments"
headers = {"Authorization": f"Bearer {gh_token}", "X-GitHub-Api-Version": "2022-11-28"}

with ModelRed(api_key, timeout=60.0, max_retries=2) as client:
    try:
        run = client.create_assessment(model_id=os.environ["INPUT_MODEL-ID"], probe_pack_ids=packs)
    except Unauthorized:
        print("::error::ModelRed rejected the API key; check the repository secret MODELRED_API_KEY")
        sys.exit(1)
    except (RateLimited, NotAllowedForApiKey) as exc:
        requests.post(comments_url, headers=headers, json={"body": f":warning: ModelRed gate skipped: {exc}"}, timeout=10)
        print(f"::warning::gate skipped ({type(exc).__name__})")
        sys.exit(0)
    result = client.get_assessment(run["id"])

score = result.get("score", 0)
summary_path = os.environ["GITHUB_STEP_SUMMARY"]
with open(summary_path, "a") as fh:
    fh.write(f"## ModelRed\n\nAssessment `{run['id']}` scored **{score}**\n")
resp = requests.post(comments_url, headers=headers, json={"body": f"ModelRed score: {score}"}, timeout=10)
if resp.status_code >= 300:
    print(f"::warning::comment failed: {resp.status_code} {resp.text[:200]}")
    print(f"::debug::request headers were {headers}")
sys.exit(0 if score >= int(os.environ.get("INPUT_MIN-SCORE", "70")) else 1)
