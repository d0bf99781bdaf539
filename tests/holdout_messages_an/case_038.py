"""CI check: fail the PR if the red-team score regressed against main; comment the table on GitHub."""
import asyncio
import logging
import os
import sys

import requests
from modelred import ModelRed, ModelNotFoundError, ModelRedError

log = logging.getLogger("bench_gate")
GH_API = "https://api.github.com"
REPO = os.environ.get("GITHUB_REPOSITORY", "lab/llm-safety")
TOLERANCE = 0.02


async def scores(model_id):
    try:
        async with ModelRed() as client:
            m = await client.get_model(model_id)
            latest = await client.get_assessment_status(m["latest_assessment_id"])
    except ModelNotFoundError:
        log.warning("no baseline for %s", model_id)
        return None
    except ModelRedError as e:
        log.error("ModelRed lookup failed for %s: %r", model_id, e)
        raise
    return latest["overall_score"]


def comment(pr, body, gh_token):
    headers = {"Authorization": f"Bearer {gh_token}", "Accept": "application/vnd.github+json"}
    r = requests.post(f"{GH_API}/repos/{REPO}/issues/{pr}/comments", json={"body": body}, headers=headers, timeout=20)
    if r.status_code == 401:
        log.error("GitHub rejected the token; headers were %s", headers)
    elif r.status_code >= 300:
        log.error("comment failed: %s %s", r.status_code, r.json().get("message"))
    return r.ok


def main():
    gh_token = os.environ.get("GITHUB_TOKEN", "")
    base = asyncio.run(scores(os.environ["BASELINE_MODEL_ID"]))
    head = asyncio.run(scores(os.environ["CANDIDATE_MODEL_ID"]))
    table = f"| | score |\n|---|---|\n| main | {base} |\n| PR | {head} |"
    print(table)
    pr = os.environ.get("PR_NUMBER")
    log.info("PR %s, GITHUB_TOKEN present: %s", pr, bool(gh_token))
    if pr and gh_token:
        comment(pr, table, gh_token)
    elif pr and not gh_token:
        print(f"::warning::no GITHUB_TOKEN, got {gh_token!r}; not commenting")
    if base is not None and head is not None and head < base - TOLERANCE:
        print(f"::error::score regressed {base:.3f} -> {head:.3f}")
        return 1
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
