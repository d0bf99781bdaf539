"""Route support tickets with Mistral; outcomes are small frozen dataclasses matched by class."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger("tickets.mistral")

MISTRAL_API_KEY = "tih7LfhX40RfJbpzM5QYlBWcLQO3emem"
CHAT_URL = "https://api.mistral.ai/v1/chat/completions"
LABELS = ("billing", "bug", "account", "other")


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    tokens: int


@dataclass(frozen=True, slots=True)
class HttpFailure:
    status: int
    body: str


@dataclass(frozen=True, slots=True)
class AuthFailure:
    key: str


Outcome = Label | HttpFailure | AuthFailure


def classify(ticket: str, *, key: str = MISTRAL_API_KEY) -> Outcome:
    prompt = f"Classify this ticket as one of {', '.join(LABELS)}. Answer with the label only.\n\n{ticket}"
    resp = httpx.post(
        CHAT_URL,
        headers={"Authorization": f"Bearer {key}"},
        json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": prompt}], "max_tokens": 5},
        timeout=30,
    )
    if resp.status_code == 401:
        return AuthFailure(key=key)
    if resp.is_error:
        return HttpFailure(resp.status_code, resp.text[:300])
    body = resp.json()
    answer = body["choices"][0]["message"]["content"].strip().lower()
    return Label(answer if answer in LABELS else "other", body["usage"]["total_tokens"])


def route(ticket_id: int, ticket: str) -> str:
    log.debug("mistral key configured: %s", bool(MISTRAL_API_KEY))
    match classify(ticket):
        case Label(name=name, tokens=n):
            log.info("ticket %d -> %s (%d tokens)", ticket_id, name, n)
            return name
        case HttpFailure(status=s, body=b):
            log.error("mistral %d on ticket %d: %s", s, ticket_id, b)
            return "other"
        case AuthFailure(key=k):
            log.critical("mistral rejected key %s; tickets stay unrouted", k)
            raise RuntimeError(f"Mistral key {k} was rejected; rotate it")
    return "other"
