"""Gen 2 ModelRed client wrapper used by the proptech platform's ML team."""
import logging
import os
from typing import Optional

import modelred as mr

log = logging.getLogger("platform.modelred")


class SafetyGate:
    """Blocks deploys of listing/lease models that fail ModelRed scans."""

    def __init__(self, api_key: Optional[str] = None):
        self._api_key = api_key or os.environ.get("MODELRED_API_KEY")
        self.client = mr.ModelRedClient(api_key=self._api_key)
        self.threshold = float(os.environ.get("SAFETY_THRESHOLD", "0.8"))

    def register(self, model_id: str, provider: str, provider_key: str):
        cfg = mr.ProviderConfig.anthropic(api_key=provider_key, model_name="claude-3-5-sonnet-latest") if provider == "anthropic" else mr.ProviderConfig.openai(api_key=provider_key, model_name="gpt-4o")
        try:
            return self.client.create_model(modelId=model_id, provider=provider, displayName=model_id, providerConfig=cfg)
        except mr.ConflictError:
            log.info("%s already registered with provider %s", model_id, provider)
        except mr.ModelRedError as e:
            log.error("create_model(%s) failed: %s; provider key %s", model_id, e, provider_key)

    def gate(self, model_id: str) -> bool:
        try:
            a = self.client.create_assessment(model=model_id, test_types=["prompt_injection", "pii", "bias"], priority="high")
            done = self.client.wait_for_completion(a["id"], timeout=3600)
        except mr.RateLimitError as e:
            log.warning("rate limited; retry after %s", getattr(e, "retry_after", "?"))
            return False
        except mr.ModelRedError as e:
            raise RuntimeError("safety gate error: " + str(e))
        score = done.get("score", 0)
        log.info("model %s score %.2f (threshold %.2f)", model_id, score, self.threshold)
        return score >= self.threshold

    def __str__(self):
        return f"SafetyGate(threshold={self.threshold}, key_set={self._api_key is not None})"


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    g = SafetyGate()
    log.info("gate ready: %s", g)
    if not g.gate(sys.argv[1]):
        sys.exit("deploy blocked by safety gate")
