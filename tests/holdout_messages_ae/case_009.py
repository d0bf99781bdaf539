#!/usr/bin/env python3
"""prepare-commit-msg hook: draft a commit message with Claude (async httpx)."""
import asyncio
import logging
import os
import subprocess
import sys

import httpx

log = logging.getLogger("commitgen")
logging.basicConfig(level=os.environ.get("COMMITGEN_LOG", "WARNING"), stream=sys.stderr)

URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"
KEY_VAR = "ANTHROPIC_API_KEY"


async def draft(diff: str) -> str | None:
    key = os.environ.get(KEY_VAR)
    if not key:
        log.info("%s not set; leaving the message alone", KEY_VAR)
        return None
    headers = {"x-api-key": key, "anthropic-version": ANTHROPIC_VERSION, "content-type": "application/json"}
    payload = {"model": "claude-3-5-haiku-latest", "max_tokens": 200,
               "messages": [{"role": "user", "content": f"Write a one-line commit message:\n{diff}"}]}
    log.debug("POST %s headers=%r", URL, headers)
    log.debug("anthropic-version=%s max_tokens=%s", headers["anthropic-version"], payload["max_tokens"])
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(URL, headers=headers, json=payload)
    if resp.status_code != 200:
        log.warning("anthropic %s: %s", resp.status_code, resp.text[:200])
        return None
    data = resp.json()
    log.info("tokens in/out: %s/%s", data["usage"]["input_tokens"], data["usage"]["output_tokens"])
    return data["content"][0]["text"].strip()


def main(argv: list[str]) -> int:
    msg_file = argv[1]
    source = argv[2] if len(argv) > 2 else ""
    if source in ("message", "merge", "squash"):
        return 0
    diff = subprocess.run(["git", "diff", "--cached"], capture_output=True, text=True).stdout[:15000]
    text = asyncio.run(draft(diff))
    if text:
        with open(msg_file, "r+", encoding="utf-8") as fh:
            existing = fh.read()
            fh.seek(0)
            fh.write(text + "\n" + existing)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
