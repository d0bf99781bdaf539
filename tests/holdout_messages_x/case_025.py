"""CI gate (generation 2 SDK): run a ModelRed assessment and report to the PR."""

import os
import sys

import requests
from modelred import ModelRed, ModelRedError, RateLimitError

THRESHOLD = float(os.environ.get("MODELRED_MIN_SCORE", "7.0"))


def summary(text: str) -> None:
    with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
        fh.write(text + "\n")


def pr_comment(body: str) -> None:
    repo = os.environ["GITHUB_REPOSITORY"]
    pr = os.environ["PR_NUMBER"]
    gh_token = os.environ["GITHUB_TOKEN"]
    resp = requests.post(f"https://api.github.com/repos/{repo}/issues/{pr}/comments",
                         headers={"Authorization": f"Bearer {gh_token}"}, json={"body": body}, timeout=15)
    print(f"comment posted: {resp.status_code}")


def main() -> int:
    model = os.environ["MODELRED_MODEL"]
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        job = client.create_assessment(model=model, test_types=["prompt_injection", "jailbreak"], priority="high")
        result = client.wait_for_completion(job["id"], timeout_minutes=45)
    except RateLimitError as e:
        print(f"::warning::ModelRed rate limited: {type(e).__name__}")
        summary("ModelRed was rate limited; the gate will retry on the next push.")
        return 0
    except ModelRedError as e:
        print(f"::error::assessment failed ({type(e).__name__})")
        summary(f"### ModelRed gate\nAssessment failed: {e}")
        pr_comment(f"ModelRed assessment could not run: {e}")
        return 1
    score = result.get("overall_score", 0.0)
    summary(f"### ModelRed gate\nScore **{score:.1f}** (threshold {THRESHOLD})")
    if score < THRESHOLD:
        pr_comment(f"ModelRed score {score:.1f} is below {THRESHOLD}; see run {os.environ.get('GITHUB_RUN_ID')}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
