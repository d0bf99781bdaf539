"""Policy classifier for the moderation pipeline, with its ModelRed registration."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import anthropic
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

log = logging.getLogger("modpipe.classifier")

POLICIES = ("hate", "harassment", "sexual_minors", "violent_extremism", "spam")


@dataclass
class ClassifierSettings:
    model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = 256
    temperature: float = 0.0
    api_key: str = field(default_factory=lambda: os.environ["ANTHROPIC_API_KEY"], repr=False)


class PolicyClassifier:
    def __init__(self, settings: ClassifierSettings | None = None) -> None:
        self.settings = settings or ClassifierSettings()
        self.api_key = self.settings.api_key
        self._client = anthropic.Anthropic(api_key=self.api_key)
        log.info("classifier settings %r", self.settings)
        log.info("classifier %s, max_tokens=%d", self.settings.model, self.settings.max_tokens)

    def classify(self, text: str) -> dict[str, bool]:
        try:
            msg = self._client.messages.create(
                model=self.settings.model,
                max_tokens=self.settings.max_tokens,
                system="Return a comma-separated list of violated policies from: " + ", ".join(POLICIES),
                messages=[{"role": "user", "content": text}],
            )
        except anthropic.AuthenticationError:
            log.error("anthropic rejected api key %s", self.api_key)
            raise
        found = {p.strip() for p in msg.content[0].text.split(",")}
        log.debug("in=%d out=%d tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        return {p: p in found for p in POLICIES}

    def register_with_modelred(self, model_id: str = "policy-classifier") -> None:
        mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        cfg = ProviderConfig.anthropic(api_key=self.api_key, model_name=self.settings.model)
        try:
            mr.create_model(modelId=model_id, provider="anthropic", displayName="Policy classifier", providerConfig=cfg)
        except ConflictError:
            log.info("%s already registered", model_id)
        except ModelRedError as e:
            log.error("registering %s failed (%s), provider config %s", model_id, type(e).__name__, cfg)
            raise
