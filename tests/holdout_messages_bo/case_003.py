"""Expo push notifications for the moderation-alert feature (plain functions)."""
from __future__ import annotations

import logging
import os

import requests
from modelred import ModelRed, ModelRedError, RateLimitError

logger = logging.getLogger(__name__)

EXPO_URL = "https://exp.host/--/api/v2/push/send"
EXPO_TOKEN_ENV = "EXPO_ACCESS_TOKEN"


def expo_headers() -> dict:
    token = os.environ.get(EXPO_TOKEN_ENV, "")
    if not token:
        raise RuntimeError(f"{EXPO_TOKEN_ENV} is not set (got {token!r})")
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


def send_expo(push_tokens: list[str], title: str, body: str) -> list[dict]:
    headers = expo_headers()
    messages = [{"to": t, "title": title, "body": body, "sound": "default"} for t in push_tokens]
    resp = requests.post(EXPO_URL, json=messages, headers=headers, timeout=10)
    if resp.status_code >= 400:
        logger.warning("expo send failed %s: %s", resp.status_code, resp.text)
        raise RuntimeError(f"expo push failed with headers {headers}")
    tickets = resp.json().get("data", [])
    logger.info("expo accepted %d tickets", len(tickets))
    return tickets


def alert_moderators(model_id: str, push_tokens: list[str]) -> dict:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        assessment = client.create_assessment(model=model_id, test_types=["toxicity"], priority="high")
    except RateLimitError as e:
        logger.warning("rate limited, retry after %s", getattr(e, "retry_after", None))
        return {"ok": False, "error": "busy, try later"}
    except ModelRedError as e:
        return {"ok": False, "error": str(e)}
    send_expo(push_tokens, "Moderation scan started", f"assessment {assessment['id']}")
    return {"ok": True, "assessment": assessment["id"]}


def debug_env() -> None:
    for name in ("MODELRED_API_KEY", EXPO_TOKEN_ENV):
        logger.debug("%s set: %s", name, bool(os.environ.get(name)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    debug_env()
