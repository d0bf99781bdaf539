#!/usr/bin/env python3
"""pre-commit hook: ask an LLM to review the staged diff before committing."""
from __future__ import annotations

import os
import subprocess
import sys

import requests

MODEL = os.environ.get("LLM_REVIEW_MODEL", "gpt-4o-mini")
MAX_TOKENS = 600
API_URL = "https://api.openai.com/v1/chat/completions"


def staged_diff() -> str:
    out = subprocess.run(["git", "diff", "--cached", "--unified=2"], capture_output=True, text=True, check=True)
    return out.stdout[:20000]


def review(diff: str, api_key: str, debug: bool = False) -> str:
    headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}
    body = {"model": MODEL, "max_tokens": MAX_TOKENS, "messages": [
        {"role": "system", "content": "Review this diff. Reply OK or list problems."},
        {"role": "user", "content": diff},
    ]}
    if debug:
        print(f"[llm-review] POST {API_URL} headers={headers}", file=sys.stderr)
        print(f"[llm-review] model={MODEL} max_tokens={MAX_TOKENS}", file=sys.stderr)
    resp = requests.post(API_URL, headers=headers, json=body, timeout=60)
    if resp.status_code != 200:
        print(f"[llm-review] HTTP {resp.status_code}: {resp.text[:300]}", file=sys.stderr)
        return "SKIP"
    data = resp.json()
    print(f"[llm-review] used {data['usage']['total_tokens']} tokens", file=sys.stderr)
    return data["choices"][0]["message"]["content"].strip()


def main() -> int:
    api_key = os.environ.get("OPENAI_API_KEY") or os.environ.get("LLM_REVIEW_KEY")
    if not api_key:
        print("[llm-review] OPENAI_API_KEY not set, skipping review", file=sys.stderr)
        return 0
    diff = staged_diff()
    if not diff.strip():
        return 0
    verdict = review(diff, api_key, debug=bool(os.environ.get("LLM_REVIEW_DEBUG")))
    if verdict.upper().startswith("OK") or verdict == "SKIP":
        return 0
    print("LLM review found problems:\n" + verdict)
    return 1


if __name__ == "__main__":
    sys.exit(main())
