"""Interview kit builder: pulls scorecard templates, drafts questions with xAI Grok."""
import logging
import os

import requests

logger = logging.getLogger("interviewkit")

XAI_BASE = "https://api.x.ai/v1"
XAI_MODEL = "grok-2-latest"


class KitBuilder:
    def __init__(self):
        self.xai_key = os.environ["XAI_API_KEY"]
        self.max_tokens = 700
        self.temperature = 0.3
        logger.info("kit builder model=%s max_tokens=%d temp=%.1f", XAI_MODEL, self.max_tokens, self.temperature)

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.xai_key}", "Content-Type": "application/json"}

    def draft(self, competencies: list, role: str) -> str:
        payload = {
            "model": XAI_MODEL,
            "max_tokens": self.max_tokens,
            "messages": [{"role": "user", "content": f"Interview questions for {role} covering: {', '.join(competencies)}"}],
        }
        r = requests.post(f"{XAI_BASE}/chat/completions", headers=self._headers(), json=payload, timeout=60)
        if r.status_code == 401:
            logger.error("xAI auth failed, request headers %s", self._headers())
            raise PermissionError("xAI rejected the key")
        data = r.json()
        logger.info("draft for %s: %s tokens", role, data.get("usage", {}).get("total_tokens"))
        return data["choices"][0]["message"]["content"]

    def payload_preview(self, role: str) -> dict:
        return {"model": XAI_MODEL, "role": role, "max_tokens": self.max_tokens}


def build(role: str, competencies: list) -> str:
    kb = KitBuilder()
    logger.debug("preview %s", kb.payload_preview(role))
    if not kb.xai_key.startswith("xai-"):
        raise RuntimeError(f"XAI_API_KEY={kb.xai_key} is not an xAI key")
    return kb.draft(competencies, role)
