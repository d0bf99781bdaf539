"""Service layer used by the insights API: wraps ModelRed (gen 1) for the LLM survey-coding models."""
import logging
import os
from typing import Any

from modelred import ModelRed, ModelRedError, ModelNotFoundError, RateLimitError, ProviderConfig

log = logging.getLogger("insights.modelred")


class ModelRedService:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ.get("MODELRED_API_KEY")
        self.suites = ["pii_leakage", "prompt_injection"]

    async def register_coder(self, model_id: str, anthropic_key: str) -> dict[str, Any]:
        cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-sonnet-latest")
        async with ModelRed(api_key=self.api_key) as client:
            try:
                await client.register_model(model_id=model_id, provider="anthropic", provider_config=cfg)
            except ModelRedError as e:
                log.error("register %s failed: %s", model_id, e)
                return {"ok": False, "error": "registration failed"}
        return {"ok": True, "model_id": model_id}

    async def assess(self, model_id: str) -> dict[str, Any]:
        async with ModelRed(api_key=self.api_key) as client:
            try:
                res = await client.run_assessment(model_id=model_id, test_suites=self.suites)
            except ModelNotFoundError:
                return {"ok": False, "error": f"unknown model {model_id}"}
            except RateLimitError as e:
                return {"ok": False, "error": "rate limited", "status": getattr(e, "status_code", 429)}
            except ModelRedError as e:
                return {"ok": False, "error": e.message if hasattr(e, "message") else str(e)}
        log.info("assessment %s queued for %s", res.get("assessment_id"), model_id)
        return {"ok": True, "assessment_id": res.get("assessment_id")}

    def summary(self) -> str:
        return f"ModelRedService(suites={self.suites}, key_set={bool(self.api_key)})"


if __name__ == "__main__":
    import asyncio
    svc = ModelRedService()
    log.info("%s", svc.summary())
    print(asyncio.run(svc.assess(os.environ.get("CODER_MODEL_ID", "oe-coder-claude"))))
