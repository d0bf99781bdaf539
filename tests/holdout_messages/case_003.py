"""Tiny HTTP client for the moderation side-service (keys from the environment)."""
import os

import requests


class ModerationError(RuntimeError):
    pass


API_BASE = os.environ.get("MODERATION_API_BASE", "https://moderation.internal/v1")
API_KEY = os.environ["MODERATION_API_KEY"]


def classify(text: str) -> dict:
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    resp = requests.post(f"{API_BASE}/classify", json={"input": text}, headers=headers, timeout=10)
    if resp.status_code == 401:
        raise ModerationError(f"unauthorised ({resp.status_code}): {resp.text}")
    if resp.status_code >= 400:
        raise ModerationError(f"request to {resp.url} failed with headers {headers}")
    data = resp.json()
    if "label" not in data:
        raise ModerationError("unexpected reply: %s" % data)
    return data


def healthcheck() -> bool:
    r = requests.get(f"{API_BASE}/health", headers={"x-api-key": API_KEY}, timeout=3)
    if not r.ok:
        raise ModerationError(f"health {r.status_code} {r.reason} from {API_BASE}")
    return True
