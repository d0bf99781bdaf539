"""acme_ci.modelred_check: a GitHub check that scans a PR's model with ModelRed 0.1.40."""
from __future__ import annotations

import logging
import os
import sys

import requests
from modelred import APIError, LimitExceeded, ModelRed

log = logging.getLogger("acme_ci")

GITHUB_API = "https://api.github.com"


def gh_headers(gh_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {gh_token}", "Accept": "application/vnd.github+json"}


def post_comment(repo: str, pr: int, body: str, gh_token: str) -> int:
    resp = requests.post(f"{GITHUB_API}/repos/{repo}/issues/{pr}/comments", json={"body": body}, headers=gh_headers(gh_token), timeout=20)
    log.info("comment on %s#%d -> %s", repo, pr, resp.status_code)
    return resp.status_code


def main() -> int:
    repo = os.environ["GITHUB_REPOSITORY"]
    pr = int(os.environ["PR_NUMBER"])
    gh_token = os.environ["GITHUB_TOKEN"]
    model_id = os.environ.get("MODEL_ID", "pr-candidate")
    if not gh_token.startswith(("ghs_", "ghp_", "github_pat_")):
        raise ValueError(f"GITHUB_TOKEN has an unexpected format: {gh_token}")
    client = ModelRed(os.environ["MODELRED_API_KEY"])
    try:
        job = client.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
        result = client.get_assessment(job["id"])
    except LimitExceeded as exc:
        log.warning("ModelRed limit reached: %r", exc)
        post_comment(repo, pr, "ModelRed scan skipped: plan limit reached. See the job log.", gh_token)
        return 0
    except APIError as exc:
        post_comment(repo, pr, f"ModelRed scan failed:\n```\n{exc}\n```", gh_token)
        return 1
    score = result.get("score")
    post_comment(repo, pr, f"ModelRed score for `{model_id}`: **{score}**", gh_token)
    return 0 if (score or 0) >= 7 else 1


def annotate(message: str) -> None:
    print(f"::notice title=ModelRed::{message}")


if __name__ == "__main__":
    code = main()
    annotate(f"ModelRed check finished with exit code {code}")
    sys.exit(code)
