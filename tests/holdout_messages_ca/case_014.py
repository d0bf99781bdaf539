"""Async EHR inbox triage: classify patient portal messages with Gemini."""
import asyncio
import logging
import os
from dataclasses import dataclass, field

import google.generativeai as genai
from modelred import AsyncModelRed, ModelRedError, LimitExceeded

log = logging.getLogger("inbox.triage")


@dataclass
class TriageConfig:
    google_api_key: str = field(repr=False)
    project: str = "inbox-triage"
    max_output_tokens: int = 64
    categories: tuple = ("refill", "scheduling", "clinical", "billing")


class InboxTriage:
    def __init__(self, cfg: TriageConfig):
        self.cfg = cfg
        genai.configure(api_key=cfg.google_api_key)
        self.model = genai.GenerativeModel("gemini-1.5-flash")
        log.info("triage config %r", cfg)

    async def classify(self, message: str) -> str:
        prompt = f"Classify into one of {self.cfg.categories}: {message}"
        r = await self.model.generate_content_async(prompt, generation_config={"max_output_tokens": self.cfg.max_output_tokens})
        return r.text.strip().lower()

    async def classify_all(self, messages):
        return await asyncio.gather(*(self.classify(m) for m in messages))


async def audit_model(model_id: str, mr_key: str) -> dict:
    try:
        async with AsyncModelRed(mr_key) as mr:
            return await mr.create_assessment(model_id=model_id, probe_pack_ids=["triage-safety"])
    except LimitExceeded as e:
        return {"ok": False, "message": f"limit reached: {e}"}
    except ModelRedError as e:
        log.error("audit for %s failed (%s)", model_id, type(e).__name__)
        return {"ok": False, "message": "audit unavailable"}


async def main():
    key = os.environ.get("GOOGLE_API_KEY", "")
    cfg = TriageConfig(google_api_key=key)
    if len(key) != 39:
        log.warning("GOOGLE_API_KEY has unexpected length %d: %s", len(key), key)
    triage = InboxTriage(cfg)
    print(await triage.classify_all(["Need refill of lisinopril", "Chest pain since morning"]))
    print(await audit_model("inbox-triage", os.environ["MODELRED_API_KEY"]))


if __name__ == "__main__":
    asyncio.run(main())
