"""open-webui style tool: run a ModelRed (0.1.3x) scan from the chat UI."""
from __future__ import annotations

import json
import logging
from typing import AsyncIterator

from pydantic import BaseModel, Field
from modelred import AsyncModelRed, ModelRedError, NotFoundError, RateLimitError

log = logging.getLogger(__name__)


class Tools:
    class Valves(BaseModel):
        modelred_api_key: str = Field(default="", description="ModelRed API key")
        default_priority: str = Field(default="normal")

    def __init__(self) -> None:
        self.valves = self.Valves()

    async def start_scan(self, model: str, test_types: str = "prompt_injection,jailbreak") -> dict:
        """Start a ModelRed assessment of the given registered model."""
        if not self.valves.modelred_api_key:
            return {"ok": False, "error": "ModelRed API key is not configured in the tool's valves"}
        log.info("tool start_scan model=%s types=%s", model, test_types)
        log.debug("tool valves: %s", self.valves.model_dump())
        client = AsyncModelRed(api_key=self.valves.modelred_api_key)
        try:
            job = await client.create_assessment(model=model, test_types=test_types.split(","), priority=self.valves.default_priority)
        except NotFoundError as e:
            log.warning("model %s not found: %s", model, e)
            return {"ok": False, "error": f"model {model!r} is not registered in ModelRed"}
        except RateLimitError as e:
            return {"ok": False, "error": "rate limited", "kind": type(e).__name__}
        except ModelRedError as e:
            return {"ok": False, "error": str(e)}
        return {"ok": True, "assessment_id": job["id"]}

    async def follow_scan(self, assessment_id: str) -> AsyncIterator[str]:
        """Stream progress of an assessment as server-sent events."""
        client = AsyncModelRed(api_key=self.valves.modelred_api_key)
        try:
            final = await client.wait_for_completion(assessment_id, poll_interval=5)
        except ModelRedError as e:
            yield f"data: {json.dumps({'status': 'failed', 'detail': f'{e}'})}\n\n"
            return
        yield f"data: {json.dumps({'status': final.get('status'), 'score': final.get('score')})}\n\n"
