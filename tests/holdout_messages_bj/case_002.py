"""gh-action helper: post a ModelRed scan summary as a PR comment.

Used from .github/workflows/redteam.yml in my side project.
"""
import json
import os
import sys

import requests
from modelred import ModelRed, APIError, RateLimited

GH_TOKEN = os.environ["GITHUB_TOKEN"]
MR_TOKEN_ENV = "MODELRED_API_KEY"
REPO = os.environ.get("GITHUB_REPOSITORY", "me/toy-llm")
PR = os.environ.get("PR_NUMBER")


def gh_headers():
    return {"Authorization": f"token {GH_TOKEN}", "Accept": "application/vnd.github+json"}


def comment(body):
    url = f"https://api.github.com/repos/{REPO}/issues/{PR}/comments"
    r = requests.post(url, headers=gh_headers(), json={"body": body}, timeout=15)
    if r.status_code >= 300:
        print(f"::warning::comment failed {r.status_code}: {r.text[:200]}")
    return r.status_code


def main():
    key = os.environ.get(MR_TOKEN_ENV)
    if not key:
        print(f"::error::{MR_TOKEN_ENV} secret missing")
        return 1
    print(f"::debug::request headers {gh_headers()}")
    try:
        with ModelRed(key, timeout=30.0) as mr:
            page = mr.list_assessments(limit=5)
    except RateLimited as e:
        print("::warning::rate limited, retry after", e.retry_after)
        return 0
    except APIError as e:
        comment(f"ModelRed scan failed: {e}")
        return 1
    rows = [f"| {a['id']} | {a['status']} |" for a in page.get("data", [])]
    comment("| id | status |\n|---|---|\n" + "\n".join(rows))
    print(json.dumps({"posted": len(rows)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
