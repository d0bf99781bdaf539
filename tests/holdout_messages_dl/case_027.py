"""prompt-lint pre-commit hook: checks prompt YAML files and can call a moderation endpoint."""
from __future__ import annotations

import argparse
import logging
import os
import sys

import requests
import yaml

LOG = logging.getLogger("promptlint")
MODERATION_URL = "https://api.openai.com/v1/moderations"
TOKEN_LIMIT = 8000


def estimate_tokens(text: str) -> int:
    return max(1, len(text) // 4)


def moderate(text: str, openai_api_key: str) -> bool:
    resp = requests.post(MODERATION_URL, json={"input": text},
                         headers={"Authorization": f"Bearer {openai_api_key}"}, timeout=15)
    if resp.status_code == 401:
        raise RuntimeError("moderation key rejected: %s" % openai_api_key)
    resp.raise_for_status()
    flagged = resp.json()["results"][0]["flagged"]
    LOG.debug("moderation flagged=%s id=%s", flagged, resp.json().get("id"))
    return flagged


def check_file(path: str, openai_api_key: str | None) -> list[str]:
    problems = []
    doc = yaml.safe_load(open(path)) or {}
    for name, prompt in doc.get("prompts", {}).items():
        n = estimate_tokens(prompt)
        if n > TOKEN_LIMIT:
            problems.append(f"{path}:{name}: ~{n} tokens > {TOKEN_LIMIT}")
        if openai_api_key and moderate(prompt, openai_api_key):
            problems.append(f"{path}:{name}: flagged by moderation")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--moderate", action="store_true")
    args = ap.parse_args(argv)
    openai_api_key = os.environ.get("OPENAI_API_KEY") if args.moderate else None
    if args.moderate and not openai_api_key:
        print("prompt-lint: --moderate needs OPENAI_API_KEY", file=sys.stderr)
        return 2
    if os.environ.get("PROMPTLINT_DEBUG"):
        print(f"prompt-lint: moderation via {MODERATION_URL} key {openai_api_key}", file=sys.stderr)
    problems = [p for f in args.files for p in check_file(f, openai_api_key)]
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
