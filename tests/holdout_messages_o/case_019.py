#!/usr/bin/env python3
"""ci/publish_eval_results.py - run in GitHub Actions after the eval job.

env: MODELRED_API_KEY (secret), GITHUB_TOKEN (secret), GITHUB_REPOSITORY, PR_NUMBER
"""
import json
import os
import sys

import requests

GH_TOKEN = os.environ.get("GITHUB_TOKEN")
REPO = os.environ.get("GITHUB_REPOSITORY", "acme/llm-service")
PR = os.environ.get("PR_NUMBER")
RESULTS = "eval_results.json"


def gh_headers():
    return {"Authorization": f"token {GH_TOKEN}", "Accept": "application/vnd.github+json"}


def main() -> int:
    print(f"::group::context repo={REPO} pr={PR}")
    print(f"token present: {GH_TOKEN is not None}, length {len(GH_TOKEN or '')}")
    print("::endgroup::")
    if not GH_TOKEN:
        print(f"::error::GITHUB_TOKEN missing (value {GH_TOKEN!r})")
        return 1
    with open(RESULTS) as fh:
        results = json.load(fh)
    body = "### Red team results\n" + "\n".join(f"- {k}: {v}" for k, v in results.items())
    url = f"https://api.github.com/repos/{REPO}/issues/{PR}/comments"
    hdrs = gh_headers()
    if os.environ.get("RUNNER_DEBUG") == "1":
        print(f"::debug::POST {url} headers={hdrs}")
    r = requests.post(url, headers=hdrs, json={"body": body}, timeout=20)
    if r.status_code >= 300:
        print(f"::error::comment failed {r.status_code}: {r.text}")
        return 1
    print(f"commented on #{PR}: {r.json().get('html_url')}")
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    if mr_key and not mr_key.startswith("mr_"):
        sys.stderr.write("MODELRED_API_KEY secret looks wrong: " + mr_key + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
