"""Validate the OpenRouter settings at start-up and report every problem at once."""

from __future__ import annotations

import logging
import os
import re
import sys

import httpx

log = logging.getLogger("router.settings")

OPENROUTER_KEY = re.compile(r"sk-or-v1-[0-9a-f]{64}")
REQUIRED = ("OPENROUTER_API_KEY", "OPENROUTER_APP_URL")


def load() -> dict[str, str]:
    problems: list[Exception] = []
    for name in REQUIRED:
        if not os.getenv(name):
            problems.append(KeyError(f"{name} is not set"))
    key = os.getenv("OPENROUTER_API_KEY", "")
    if key and not OPENROUTER_KEY.fullmatch(key):
        problems.append(ValueError(f"OPENROUTER_API_KEY is malformed: {key}"))
    timeout = float(os.getenv("OPENROUTER_TIMEOUT", "30"))
    if timeout <= 0:
        problems.append(ValueError(f"OPENROUTER_TIMEOUT must be positive, got {timeout}"))
    if problems:
        raise ExceptionGroup("invalid OpenRouter settings", problems)
    return {"key": key, "referer": os.environ["OPENROUTER_APP_URL"], "timeout": str(timeout)}


def client(settings: dict[str, str]) -> httpx.Client:
    headers = {
        "Authorization": f"Bearer {settings['key']}",
        "HTTP-Referer": settings["referer"],
        "X-Title": "support-router",
    }
    log.info("openrouter referer=%s timeout=%s", settings["referer"], settings["timeout"])
    log.debug("openrouter headers: %s", headers)
    return httpx.Client(base_url="https://openrouter.ai/api/v1", headers=headers, timeout=float(settings["timeout"]))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    try:
        settings = load()
    except* KeyError as eg:
        print(f"{len(eg.exceptions)} required setting(s) missing", file=sys.stderr)
        raise SystemExit(2)
    except* ValueError as eg:
        print(f"{len(eg.exceptions)} invalid setting(s)", file=sys.stderr)
        raise SystemExit(2)
    with client(settings) as http:
        usage = http.get("/key").json().get("data", {}).get("usage")
        print(f"credits used so far: {usage}")
