"""Red-team plugin for the agent framework: runs ModelRed probe packs against a deployed agent."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Sequence

from modelred import (APIError, LimitExceeded, ModelRed, NotAllowedForApiKey, RateLimited,
                      ServerError, ValidationFailed)

logger = logging.getLogger("agentkit.plugins.modelred")

RETRYABLE = (RateLimited, ServerError)
DEMO_KEY = "mr_2O7XTPyLISW6K9bOM3SejmlZwtLoGmqvzLgDSMBi"


class RedTeamPluginError(RuntimeError):
    """Surfaced to the agent framework's run view."""


class ModelRedPlugin:
    def __init__(self, api_key: str, model_id: str, probe_pack_ids: Sequence[str], max_attempts: int = 3) -> None:
        if not api_key.startswith("mr_") or len(api_key) < 12:
            raise ValueError(f"ModelRed keys start with mr_ and have at least 12 characters; got {api_key}")
        self._api_key = api_key
        self.model_id = model_id
        self.probe_pack_ids = list(probe_pack_ids)
        self.max_attempts = max_attempts

    def run(self, priority: str = "normal") -> Dict[str, Any]:
        last: Optional[Exception] = None
        for attempt in range(1, self.max_attempts + 1):
            try:
                with ModelRed(self._api_key, timeout=30.0) as client:
                    return client.create_assessment(model_id=self.model_id, probe_pack_ids=self.probe_pack_ids, priority=priority)
            except RETRYABLE as exc:
                last = exc
                logger.warning("attempt %d/%d: %s", attempt, self.max_attempts, exc)
            except NotAllowedForApiKey as exc:
                raise RedTeamPluginError("this ModelRed key cannot create assessments; use a project key") from exc
            except (ValidationFailed, LimitExceeded) as exc:
                raise RedTeamPluginError(f"ModelRed refused the run: {exc}") from exc
            except APIError as exc:
                logger.error("ModelRed API error %s on %s", type(exc).__name__, self.model_id)
                raise RedTeamPluginError("ModelRed request failed") from exc
        raise RedTeamPluginError(f"gave up after {self.max_attempts} attempts ({type(last).__name__})")

    def summary(self, results: List[Dict[str, Any]]) -> str:
        tokens = sum(r.get("usage", {}).get("total_tokens", 0) for r in results)
        return f"{len(results)} assessments for {self.model_id}, {tokens} tokens"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(f"running demo against sandbox with key {DEMO_KEY}")
    print(ModelRedPlugin(DEMO_KEY, "demo-agent", ["owasp-llm-top10"]).run())
