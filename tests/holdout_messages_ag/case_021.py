"""Radiology report simplifier: gen-3 async ModelRed gate before each model release."""
from __future__ import annotations

import asyncio
import logging
import os

from modelred import AsyncModelRed, Conflict, LimitExceeded, ModelRedError, ServerError

log = logging.getLogger("radiology.release")

RELEASE_PACKS = ["pii-exfiltration", "medical-advice-harm", "jailbreak-basic"]
RETRYABLE = (ServerError, LimitExceeded)


class ReleaseGate:
    def __init__(self, api_key: str, model_id: str):
        if not api_key:
            raise ValueError(f"ReleaseGate needs a ModelRed key, got {api_key!r}")
        self.api_key = api_key
        self.model_id = model_id

    async def run(self) -> str:
        for attempt in range(3):
            try:
                async with AsyncModelRed(self.api_key, timeout=45.0) as mr:
                    res = await mr.create_assessment_by_id(model_id=self.model_id, probe_pack_ids=RELEASE_PACKS)
                    return res["id"]
            except RETRYABLE as exc:
                log.warning("attempt %d retryable %s", attempt, type(exc).__name__)
                await asyncio.sleep(2 ** attempt)
            except Conflict:
                log.info("assessment already running for %s", self.model_id)
                return "already-running"
            except ModelRedError as exc:
                raise RuntimeError(f"release gate failed for {self.model_id} using key {self.api_key}") from exc
        raise TimeoutError(f"release gate gave up after 3 attempts for {self.model_id}")

    def __repr__(self) -> str:
        return f"ReleaseGate(model_id={self.model_id!r}, key=...{self.api_key[-4:]})"


async def simplify(report_text: str) -> str:
    from openai import AsyncOpenAI
    client = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
    out = await client.chat.completions.create(model="gpt-4o", max_tokens=500,
        messages=[{"role": "system", "content": "Rewrite radiology findings at a 6th-grade reading level."},
                  {"role": "user", "content": report_text}])
    return out.choices[0].message.content


if __name__ == "__main__":
    gate = ReleaseGate(os.environ.get("MODELRED_API_KEY", ""), os.environ.get("MODEL_ID", "radiology-simplifier"))
    log.info("gate %r", gate)
    print(asyncio.run(gate.run()))
