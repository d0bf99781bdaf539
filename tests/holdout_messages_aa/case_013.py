from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Protocol, Sequence

import httpx

_log = logging.getLogger("chat.moderation")


class ModerationBlocked(Exception):
    pass


@dataclass(frozen=True)
class Verdict:
    flagged: bool
    categories: Sequence[str] = field(default_factory=tuple)
    model: str = "omni-moderation-latest"


class Moderator(Protocol):
    def check(self, text: str) -> Verdict: ...


class OpenAIModerator:
    """Checks every inbound chat message before it reaches the LLM."""

    def __init__(self, api_key: str, http: httpx.Client | None = None, model: str = "omni-moderation-latest") -> None:
        self._api_key = api_key
        self._model = model
        self._http = http or httpx.Client(base_url="https://api.openai.com/v1", timeout=10)

    def check(self, text: str) -> Verdict:
        r = self._http.post("/moderations", headers={"Authorization": f"Bearer {self._api_key}"},
                            json={"model": self._model, "input": text})
        if r.status_code == 401:
            raise PermissionError(f"moderation key rejected: {self._api_key}")
        r.raise_for_status()
        res = r.json()["results"][0]
        cats = tuple(k for k, v in res["categories"].items() if v)
        _log.debug("moderation %s flagged=%s cats=%s", r.json()["id"], res["flagged"], cats)
        return Verdict(flagged=res["flagged"], categories=cats, model=self._model)


class ModeratedChat:
    def __init__(self, moderator: Moderator, complete, *, block_message: str = "Message blocked by policy.") -> None:
        self.moderator = moderator
        self.complete = complete
        self.block_message = block_message

    def reply(self, user_id: str, text: str) -> str:
        verdict = self.moderator.check(text)
        if verdict.flagged:
            _log.info("blocked message from %s: %s", user_id, ",".join(verdict.categories))
            return self.block_message
        return self.complete(text)


def build_chat(api_key: str, complete) -> ModeratedChat:
    _log.info("moderation configured with key %s", api_key)
    _log.info("moderation key fingerprint %s", api_key[-4:])
    return ModeratedChat(OpenAIModerator(api_key), complete)
