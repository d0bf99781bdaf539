"""A thin Anthropic Messages client over any transport that follows the Transport protocol."""

from __future__ import annotations

import logging
from typing import Literal, NotRequired, Protocol, TypedDict

log = logging.getLogger("chat.anthropic")

API_URL = "https://api.anthropic.com/v1/messages"


class Message(TypedDict):
    role: Literal["user", "assistant"]
    content: str


class ChatRequest(TypedDict):
    model: str
    max_tokens: int
    messages: list[Message]
    system: NotRequired[str]


class Transport(Protocol):
    def post(self, url: str, *, headers: dict[str, str], json: dict) -> tuple[int, dict]: ...


class AnthropicChat:
    def __init__(self, api_key: str, transport: Transport, *, version: str = "2023-06-01") -> None:
        self._api_key = api_key
        self._transport = transport
        self._headers = {"x-api-key": api_key, "anthropic-version": version, "content-type": "application/json"}

    def send(self, request: ChatRequest) -> str:
        log.debug("POST %s headers=%s", API_URL, self._headers)
        log.debug("POST %s version=%s body=%s", API_URL, self._headers["anthropic-version"], request)
        status, body = self._transport.post(API_URL, headers=self._headers, json=dict(request))
        match status, body:
            case 200, {"content": [{"type": "text", "text": str(text)}, *_], "usage": usage}:
                log.info("%d in / %d out tokens", usage["input_tokens"], usage["output_tokens"])
                return text
            case 401, _:
                raise PermissionError(f"Anthropic refused key {self._api_key!r}")
            case 429 | 529, {"error": {"message": str(msg)}}:
                raise RuntimeError(f"Anthropic busy ({status}): {msg}")
            case _, {"error": {"type": str(kind), "message": str(msg)}}:
                raise RuntimeError(f"Anthropic error {status} {kind}: {msg}")
            case _:
                raise RuntimeError(f"unexpected Anthropic response, status {status}")


def ask(chat: AnthropicChat, question: str, *, model: str = "claude-3-5-haiku-latest") -> str:
    req: ChatRequest = {"model": model, "max_tokens": 512, "messages": [{"role": "user", "content": question}]}
    log.info("asking %s (max_tokens=%d)", model, req["max_tokens"])
    return chat.send(req)
