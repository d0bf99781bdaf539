"""acme_eval.harness.modelred: a harness adapter for ModelRed 0.1.3x."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from modelred import ModelRed, ModelRedError, ProviderConfig
from modelred import ConflictError as AlreadyRegistered

logger = logging.getLogger("acme_eval.modelred")


@dataclass
class EvalResult:
    model: str
    ok: bool
    score: float | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)


class ModelRedAdapter:
    def __init__(self, api_key: str | None = None):
        self.client = ModelRed(api_key=api_key or os.environ["MODELRED_API_KEY"])

    def ensure_model(self, model_id: str, openai_key: str, model_name: str = "gpt-4o") -> None:
        provider_config = ProviderConfig.openai(api_key=openai_key, model_name=model_name)
        logger.debug("registering %s with providerConfig=%s", model_id, provider_config)
        try:
            self.client.create_model(modelId=model_id, provider="openai", displayName=model_id, providerConfig=provider_config)
        except AlreadyRegistered:
            logger.info("model %s already registered", model_id)
        logger.info("model %s uses %s with max_tokens=%d", model_id, model_name, 2048)

    def evaluate(self, model_id: str, test_types: list[str]) -> EvalResult:
        try:
            job = self.client.create_assessment(model=model_id, test_types=test_types, priority="normal")
            final = self.client.wait_for_completion(job["id"], timeout=1800)
        except AlreadyRegistered as e:
            return EvalResult(model=model_id, ok=False, error=type(e).__name__)
        except ModelRedError as e:
            logger.warning("ModelRed evaluation of %s failed: %s", model_id, e)
            return EvalResult(model=model_id, ok=False, error=f"ModelRed: {e}")
        return EvalResult(model=model_id, ok=True, score=final.get("score"), notes=[f"{len(test_types)} test types"])


def run(models: list[str], test_types: list[str]) -> list[EvalResult]:
    adapter = ModelRedAdapter()
    openai_key = os.environ["OPENAI_API_KEY"]
    results = []
    for m in models:
        adapter.ensure_model(m, openai_key)
        results.append(adapter.evaluate(m, test_types))
        logger.info("%s -> ok=%s score=%s", m, results[-1].ok, results[-1].score)
    return results
