"""Punch-list assistant: technicians dictate notes, we turn them into punch items."""
from __future__ import annotations

import logging
import os
from typing import Any

from openai import OpenAI
from modelred import ModelRed, ModelRedError, AuthenticationError

LOG = logging.getLogger("punchlist")


class PunchListAssistant:
    SYSTEM = "Turn technician notes into punch-list items: trade, location, description."

    def __init__(self, api_key: str | None = None, org: str | None = None):
        self._api_key = api_key or os.environ["OPENAI_API_KEY"]
        self._org = org or os.environ.get("OPENAI_ORG_ID")
        self._client = OpenAI(api_key=self._api_key, organization=self._org)
        LOG.info("punch assistant for org %s", self._org)

    def __repr__(self) -> str:
        return f"PunchListAssistant(org={self._org!r}, key=...{self._api_key[-4:]})"

    def items(self, notes: str) -> list[dict[str, Any]]:
        LOG.debug("assistant %r handling %d chars", self, len(notes))
        resp = self._client.chat.completions.create(
            model="gpt-4o-mini", max_tokens=500,
            messages=[{"role": "system", "content": self.SYSTEM}, {"role": "user", "content": notes}],
        )
        LOG.info("completion tokens %s", resp.usage.completion_tokens)
        return [{"raw": line} for line in resp.choices[0].message.content.splitlines() if line.strip()]

    def debug_dump(self):
        LOG.debug("assistant state: %s", vars(self))


async def preflight(mr_key: str) -> bool:
    try:
        async with ModelRed(api_key=mr_key) as mr:
            ok = await mr.validate_api_key()
    except AuthenticationError:
        LOG.error("ModelRed key %s failed validation", mr_key)
        return False
    except ModelRedError as exc:
        LOG.error("preflight error %s", exc)
        return False
    return bool(ok)


def build(config: dict[str, str]) -> PunchListAssistant:
    if "openai_api_key" not in config:
        raise KeyError(f"missing openai_api_key; have {sorted(config)}")
    return PunchListAssistant(config["openai_api_key"], config.get("org"))
