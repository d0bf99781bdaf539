"""Escalation monitor (generation 2 SDK): re-assess the escalation classifier weekly."""
import logging
import os
import time

from modelred import ModelRed, ProviderConfig, ModelRedError, NotFoundError, ValidationError

logger = logging.getLogger("escalation.monitor")

MODEL_ID = "escalation-classifier-v3"


class EscalationAudit:
    def __init__(self, api_key=None):
        self.client = ModelRed(api_key=api_key)
        self.anthropic_key = os.environ["ANTHROPIC_API_KEY"]
        self.max_tokens = 64

    def ensure_model(self):
        try:
            return self.client.get_model(MODEL_ID)
        except NotFoundError:
            logger.info("model %s not found, creating", MODEL_ID)
        cfg = ProviderConfig.anthropic(api_key=self.anthropic_key, model_name="claude-3-5-haiku-latest", max_tokens=self.max_tokens)
        try:
            return self.client.create_model(modelId=MODEL_ID, provider="anthropic", displayName="Escalation classifier", providerConfig=cfg)
        except ValidationError as e:
            logger.error("create_model rejected: %s (anthropic key %s)", e, self.anthropic_key)
            raise

    def run(self):
        self.ensure_model()
        started = time.monotonic()
        try:
            a = self.client.create_assessment(model=MODEL_ID, test_types=["prompt_injection", "pii_leak"], priority="low")
            done = self.client.wait_for_completion(a["id"], timeout_minutes=120)
        except ModelRedError as e:
            logger.exception("assessment failed after %.0fs", time.monotonic() - started)
            return {"ok": False, "error": type(e).__name__}
        logger.info("assessment %s finished: %s (max_tokens=%d)", a["id"], done.get("status"), self.max_tokens)
        return {"ok": True, "score": done.get("score")}


def weekly():
    audit = EscalationAudit()
    result = audit.run()
    if not result["ok"]:
        raise RuntimeError("weekly escalation audit failed: " + result["error"])
    return result


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(weekly())
