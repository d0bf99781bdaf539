"""Anthropic wrapper with manual retries and structured request logging."""
import json
import logging
import os
import time

import httpx

log = logging.getLogger("claude")
API_URL = "https://api.anthropic.com/v1/messages"


class ClaudeError(Exception):
    def __init__(self, message, status=None, response=None):
        super().__init__(message)
        self.status = status
        self.response = response


def request_kwargs(prompt, model, max_tokens):
    return {
        "url": API_URL,
        "headers": {
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
        },
        "json": {"model": model, "max_tokens": max_tokens,
                 "messages": [{"role": "user", "content": prompt}]},
    }


def ask(prompt, model="claude-3-5-sonnet-latest", max_tokens=1024, retries=3):
    kwargs = request_kwargs(prompt, model, max_tokens)
    log.debug("request: %s", json.dumps(kwargs["json"])[:500])
    log.debug("full request kwargs %s", kwargs,
              extra={"model": model, "max_tokens": max_tokens})
    for attempt in range(retries):
        resp = httpx.post(timeout=60, **kwargs)
        if resp.status_code in (429, 529):
            log.warning("overloaded (%s), attempt %d", resp.status_code, attempt + 1)
            time.sleep(2 ** attempt)
            continue
        if resp.is_error:
            raise ClaudeError(f"anthropic error {resp.status_code}", status=resp.status_code, response=resp)
        body = resp.json()
        log.info("used %d input / %d output tokens", body["usage"]["input_tokens"], body["usage"]["output_tokens"])
        return body["content"][0]["text"]
    raise ClaudeError("retries exhausted", status=429, response=None)
