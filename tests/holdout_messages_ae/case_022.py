#!/usr/bin/env python3
"""post-merge hook: re-run ModelRed on changed prompt files and comment on the PR (gen 2 SDK)."""
import logging
import os
import subprocess
import sys

import requests
from modelred import ModelRed, ModelRedError, RateLimitError

log = logging.getLogger("hooks.modelred")
GH_API = "https://api.github.com"
TOKEN_VAR = "GITHUB_TOKEN"


def changed_prompts() -> list[str]:
    out = subprocess.run(["git", "diff", "--name-only", "HEAD@{1}", "HEAD", "--", "prompts/"], capture_output=True, text=True)
    return out.stdout.split()


def comment(pr: str, body: str) -> None:
    gh_token = os.environ[TOKEN_VAR]
    gh_headers = {"Authorization": f"token {gh_token}", "Accept": "application/vnd.github+json"}
    url = f"{GH_API}/repos/{os.environ['GITHUB_REPOSITORY']}/issues/{pr}/comments"
    r = requests.post(url, json={"body": body}, headers=gh_headers, timeout=20)
    log.info("comment posted: HTTP %s", r.status_code)
    if r.status_code >= 400:
        log.warning("GitHub said %s", r.text[:200])
        log.debug("request headers were %s", gh_headers)


def main() -> int:
    files = changed_prompts()
    pr = os.environ.get("PR_NUMBER")
    if not files or not pr:
        return 0
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    log.info("%d prompt file(s) changed; token var %s", len(files), TOKEN_VAR)
    try:
        job = client.create_assessment(model=os.environ.get("MR_MODEL", "support-bot"), test_types=["prompt_injection", "jailbreak"], priority="normal")
        result = client.wait_for_completion(job["id"], timeout=900)
    except RateLimitError:
        comment(pr, "ModelRed scan skipped: rate limited.")
        return 0
    except ModelRedError as e:
        comment(pr, f"ModelRed scan failed: {e}")
        return 1
    comment(pr, f"ModelRed score: {result['overall_score']} (assessment {job['id']})")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
