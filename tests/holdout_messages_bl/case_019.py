"""GitHub Actions: comment an LLM review on the pull request (run as a workflow step)."""
import json
import os
import sys

import requests

GITHUB_API = os.environ.get("GITHUB_API_URL", "https://api.github.com")
repo = os.environ["GITHUB_REPOSITORY"]
event = json.load(open(os.environ["GITHUB_EVENT_PATH"], encoding="utf-8"))
pr_number = event["pull_request"]["number"]
gh_token = os.environ["GITHUB_TOKEN"]
groq_key = os.environ.get("GROQ_API_KEY", "")

gh = requests.Session()
gh.headers.update({"Authorization": f"token {gh_token}", "Accept": "application/vnd.github+json"})

if not groq_key:
    print(f"::warning::GROQ_API_KEY is empty ({groq_key!r}), skipping review")
    sys.exit(0)

diff = gh.get(f"{GITHUB_API}/repos/{repo}/pulls/{pr_number}", headers={"Accept": "application/vnd.github.diff"}).text
print(f"diff for #{pr_number}: {len(diff)} chars")

resp = requests.post(
    "https://api.groq.com/openai/v1/chat/completions",
    headers={"Authorization": f"Bearer {groq_key}"},
    json={"model": "llama-3.1-8b-instant", "max_tokens": 700, "messages": [{"role": "user", "content": "Review this diff:\n" + diff[:20000]}]},
    timeout=60,
)
if resp.status_code != 200:
    print(f"::error::groq HTTP {resp.status_code}: {resp.text[:300]}")
    sys.exit(1)
review = resp.json()["choices"][0]["message"]["content"]
tokens = resp.json()["usage"]["total_tokens"]

r = gh.post(f"{GITHUB_API}/repos/{repo}/issues/{pr_number}/comments", json={"body": f"{review}\n\n_{tokens} tokens_"})
if r.status_code >= 300:
    print(f"::error::comment failed {r.status_code}; session headers {dict(gh.headers)}", file=sys.stderr)
    sys.exit(1)
print(f"posted review ({tokens} tokens) to #{pr_number}")
