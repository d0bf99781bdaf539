"""Register the variant-curation assistant (Claude) with ModelRed, generation-2 client."""
from __future__ import annotations

import logging
import os

import modelred as mr
from modelred import ProviderConfig, ConflictError, ModelRedError

log = logging.getLogger("curation.modelred")


class CurationModelRegistry:
    def __init__(self, api_key: str | None = None) -> None:
        self.client = mr.ModelRedClient(api_key=api_key or os.environ["MODELRED_API_KEY"])
        self.anthropic_key = os.environ["ANTHROPIC_API_KEY"]
        self.max_tokens = 2048

    def provider_config(self, model_name: str) -> ProviderConfig:
        return ProviderConfig.anthropic(api_key=self.anthropic_key, model_name=model_name, max_tokens=self.max_tokens)

    def register(self, model_id: str, model_name: str = "claude-3-5-sonnet-latest") -> str:
        cfg = self.provider_config(model_name)
        log.info("registering %s (%s), max_tokens=%d", model_id, model_name, self.max_tokens)
        log.debug("provider config for %s: %s", model_id, cfg)
        try:
            self.client.create_model(modelId=model_id, provider="anthropic", displayName="Variant curation",
                                     providerConfig=cfg)
        except ConflictError:
            log.info("%s already registered", model_id)
        return model_id

    def scan(self, model_id: str) -> dict:
        try:
            job = self.client.create_assessment(model=model_id, test_types=["hallucination", "pii"])
            return self.client.wait_for_completion(job["id"], timeout=3600)
        except ModelRedError as e:
            log.error("scan of %s failed: %r", model_id, e)
            raise RuntimeError(f"curation model scan failed ({getattr(e, 'status_code', '?')})") from e

    def check_key(self) -> None:
        if not self.anthropic_key.startswith("sk-ant-"):
            raise ValueError(f"ANTHROPIC_API_KEY does not look like an Anthropic key: {self.anthropic_key}")


def run() -> None:
    reg = CurationModelRegistry()
    reg.check_key()
    mid = reg.register("variant-curation-v3")
    log.info("scan summary: %s", reg.scan(mid).get("summary"))


if __name__ == "__main__":
    run()
