"""Reviewer-facing script: summarises open PRs with an LLM (run by CI at top level)."""
import os
import sys

import requests

GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN", "")
ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY", "")
REPO = os.environ.get("GITHUB_REPOSITORY", "acme/app")
TOKEN_PERMISSIONS = "pull-requests: read"

if not GITHUB_TOKEN:
    print(f"::error::GITHUB_TOKEN missing (got {GITHUB_TOKEN!r}); needs {TOKEN_PERMISSIONS}")
    sys.exit(1)

gh = requests.Session()
gh.headers.update({"Authorization": f"token {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"})
resp = gh.get(f"https://api.github.com/repos/{REPO}/pulls", params={"state": "open"}, timeout=30)
if resp.status_code != 200:
    print(f"::error::github {resp.status_code}: {resp.text[:200]}")
    print(f"::debug::request headers {dict(gh.headers)}")
    sys.exit(1)

pulls = resp.json()
print(f"{len(pulls)} open pull requests in {REPO}")

anthropic_headers = {"x-api-key": ANTHROPIC_API_KEY, "anthropic-version": "2023-06-01"}
for pr in pulls[:10]:
    body = {"model": "claude-3-5-haiku-latest", "max_tokens": 300,
            "messages": [{"role": "user", "content": f"Summarise: {pr['title']}\n{pr.get('body') or ''}"}]}
    r = requests.post("https://api.anthropic.com/v1/messages", headers=anthropic_headers, json=body, timeout=60)
    if r.status_code == 401:
        print(f"anthropic rejected key {ANTHROPIC_API_KEY} for PR #{pr['number']}", file=sys.stderr)
        break
    data = r.json()
    print(f"#{pr['number']} ({data['usage']['output_tokens']} tokens): {data['content'][0]['text']}")

summary = {"repo": REPO, "pulls": len(pulls), "token_permissions": TOKEN_PERMISSIONS}
print(f"::notice::summary {summary}")
comment = {"body": f"Summarised {min(len(pulls), 10)} pull requests."}
posted = gh.post(f"https://api.github.com/repos/{REPO}/issues/1/comments", json=comment, timeout=30)
print(f"comment status {posted.status_code}, rate limit left {posted.headers.get('x-ratelimit-remaining')}")
