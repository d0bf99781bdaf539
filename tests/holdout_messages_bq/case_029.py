"""Generation-2 ModelRed client wrapper used by the search relevance service."""
from __future__ import annotations

import logging

import modelred as mr

log = logging.getLogger("relevance.modelred")


class RelevanceGuard:
    """Wraps the ModelRed client so the relevance service can gate new rerankers."""

    def __init__(self, api_key: str, default_types: list[str] | None = None):
        self.api_key = api_key
        self.default_types = default_types or ["prompt_injection", "jailbreak"]
        self.client = mr.ModelRedClient(api_key=api_key)

    def register(self, model_id: str, hf_token: str, repo: str) -> str | None:
        cfg = mr.ProviderConfig.huggingface(model_name=repo, api_key=hf_token)
        try:
            self.client.create_model(modelId=model_id, provider="huggingface", displayName=model_id, providerConfig=cfg)
        except mr.ConflictError:
            return None
        except mr.ModelRedError as err:
            log.warning("register %s (repo %s) failed: %s", model_id, repo, err)
            return err.message
        log.info("registered %s from %s (token set: %s)", model_id, repo, bool(hf_token))
        return model_id

    def gate(self, model_id: str) -> bool:
        try:
            a = self.client.create_assessment(model=model_id, test_types=self.default_types, priority="high")
            done = self.client.wait_for_completion(a["id"], timeout_minutes=20)
        except mr.RateLimitError:
            log.info("rate limited while gating %s", model_id)
            return False
        except mr.ModelRedError as err:
            log.error("gate failed for %s with key %s: %s", model_id, self.api_key, err)
            return False
        return done.get("overall_score", 0) >= 80


def bootstrap(api_key: str, hf_token: str):
    if not hf_token.startswith("hf_"):
        raise ValueError(f"expected a Hugging Face token, got {hf_token}")
    guard = RelevanceGuard(api_key)
    return guard.register("reranker-bge-v2", hf_token, "BAAI/bge-reranker-v2-m3")
