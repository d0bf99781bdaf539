"""Plain helpers used by DRF views to call OpenAI for ticket summaries."""
import logging
import os

import requests
from django.conf import settings
from rest_framework.exceptions import APIException

log = logging.getLogger("desk.llm")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


class UpstreamUnavailable(APIException):
    status_code = 503
    default_detail = "summariser unavailable"


def _headers():
    key = getattr(settings, "OPENAI_API_KEY", "") or os.environ.get("OPENAI_API_KEY", "")
    return {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}


def summarise(ticket_text, max_tokens=None):
    max_tokens = max_tokens or settings.OPENAI_MAX_TOKENS
    body = {"model": settings.OPENAI_MODEL, "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": ticket_text[:6000]}]}
    headers = _headers()
    try:
        resp = requests.post(OPENAI_URL, json=body, headers=headers, timeout=30)
    except requests.RequestException as exc:
        log.error("openai transport error: %s", exc)
        raise UpstreamUnavailable()
    if resp.status_code == 401:
        log.error("openai 401 using headers %s", headers)
        raise UpstreamUnavailable()
    if resp.status_code >= 400:
        raise UpstreamUnavailable(f"openai {resp.status_code}: {resp.text[:200]}")
    data = resp.json()
    usage = data.get("usage", {})
    log.info("summary used %s tokens (max %s)", usage.get("total_tokens"), max_tokens)
    return data["choices"][0]["message"]["content"]


def check_key():
    key = settings.OPENAI_API_KEY
    if not key:
        raise APIException(f"OPENAI_API_KEY is empty ({key!r})")
    r = requests.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {key}"}, timeout=10)
    if r.status_code != 200:
        raise APIException(f"key {key} refused by openai ({r.status_code})")
    return True
