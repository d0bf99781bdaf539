"""Callback registry: hooks fired around provider calls."""
import logging
from collections import defaultdict

import httpx

log = logging.getLogger("hooks")

_callbacks = defaultdict(list)


def on(event):
    def register(fn):
        _callbacks[event].append(fn)
        return fn
    return register


def fire(event, **payload):
    for cb in _callbacks[event]:
        try:
            cb(**payload)
        except Exception:
            log.exception("callback %s for %s failed", cb.__name__, event)


@on("request")
def log_request(url, headers, **_):
    log.debug("-> %s header names=%s", url, sorted(headers))


@on("request")
def log_request_safe(url, headers, **_):
    log.debug("-> %s (%d headers)", url, len(headers))


@on("response")
def log_response(url, status, body, **_):
    log.info("<- %s %s %s", url, status, body[:200])


class GroqRelay:
    def __init__(self, api_key, base_url="https://api.groq.com/openai/v1"):
        self.api_key = api_key
        self.base_url = base_url
        self.headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}

    def complete(self, prompt, max_tokens=200):
        url = f"{self.base_url}/chat/completions"
        fire("request", url=url, headers=self.headers)
        log.debug("groq call with headers %s", self.headers)
        resp = httpx.post(url, headers=self.headers, json={
            "model": "llama-3.1-8b-instant",
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": max_tokens,
        })
        fire("response", url=url, status=resp.status_code, body=resp.text)
        if resp.status_code == 401:
            raise PermissionError(f"groq rejected key {self.api_key}")
        if resp.status_code >= 400:
            raise RuntimeError(f"groq error {resp.status_code}: {resp.text}")
        return resp.json()["choices"][0]["message"]["content"]
