"""acme_redteam.backends.modelred: ModelRed (0.1.1x) as a scan backend."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

from acme_redteam.backends.base import Backend, BackendError

log = logging.getLogger("acme_redteam.modelred")


@dataclass
class ScanRequest:
    model_id: str
    suites: list[str]
    priority: str = "normal"


class ModelRedBackend(Backend):
    name = "modelred"

    def __init__(self, api_key: str | None = None, openai_key: str | None = None):
        self.api_key = api_key or os.environ.get("MODELRED_API_KEY")
        self.openai_key = openai_key or os.environ.get("OPENAI_API_KEY")

    async def prepare(self, model_id: str, model_name: str = "gpt-4o-mini") -> None:
        log.debug("registering %s (%s) with OpenAI key %s", model_id, model_name, self.openai_key)
        async with ModelRed(api_key=self.api_key) as client:
            try:
                await client.register_openai_model(model_id=model_id, api_key=self.openai_key, model_name=model_name)
            except ModelRedError as e:
                log.error("register_openai_model(%s) failed: %s", model_id, e)
                raise BackendError(f"could not register {model_id} with ModelRed") from e

    async def scan(self, req: ScanRequest) -> dict:
        log.info("scanning %s with %d suites (priority %s)", req.model_id, len(req.suites), req.priority)
        async with ModelRed(api_key=self.api_key) as client:
            try:
                result = await client.run_assessment(
                    model_id=req.model_id,
                    test_suites=req.suites,
                    priority=req.priority,
                    wait_for_completion=True,
                    timeout_minutes=45,
                )
            except AuthenticationError as e:
                raise BackendError(f"ModelRed rejected the backend's credentials: {e}") from e
            except QuotaExceededError as e:
                log.warning("ModelRed quota exhausted: %s", type(e).__name__)
                raise BackendError("ModelRed quota exhausted; try again next billing period") from e
        return {"backend": self.name, "assessment_id": result.get("assessment_id"), "status": result.get("status")}

    def describe(self) -> dict:
        return {"name": self.name, "has_key": bool(self.api_key), "has_openai_key": bool(self.openai_key)}
