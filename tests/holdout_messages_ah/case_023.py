"""LLM extraction strategy for a crawl4ai-style crawler, configurable per provider."""
import json
import logging
import os
from dataclasses import dataclass

import litellm

logger = logging.getLogger("extract")

PROVIDER_ENV = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "groq": "GROQ_API_KEY",
    "openrouter": "OPENROUTER_API_KEY",
}


@dataclass
class LLMConfig:
    provider: str
    model: str
    api_token: str
    base_url: str | None = None
    max_tokens: int = 1024


def config_for(provider: str, model: str) -> LLMConfig:
    var = PROVIDER_ENV[provider]
    logger.debug("provider %s reads its key from %s", provider, var)
    token = os.environ.get(var)
    if token is None:
        raise KeyError(f"{var} not set for provider {provider}")
    cfg = LLMConfig(provider=provider, model=model, api_token=token)
    logger.debug(f"LLM provider config {cfg}")
    return cfg


class LLMExtractionStrategy:
    def __init__(self, cfg: LLMConfig, instruction: str, schema: dict):
        self.cfg = cfg
        self.instruction = instruction
        self.schema = schema
        logger.info("extraction with %s/%s, max_tokens=%d", cfg.provider, cfg.model, cfg.max_tokens)

    def extract(self, url: str, markdown: str) -> list[dict]:
        resp = litellm.completion(
            model=f"{self.cfg.provider}/{self.cfg.model}",
            api_key=self.cfg.api_token,
            base_url=self.cfg.base_url,
            max_tokens=self.cfg.max_tokens,
            messages=[
                {"role": "system", "content": self.instruction + "\nSchema: " + json.dumps(self.schema)},
                {"role": "user", "content": markdown[:20000]},
            ],
        )
        logger.debug("%s: usage %s", url, resp.usage)
        try:
            return json.loads(resp.choices[0].message.content)
        except json.JSONDecodeError:
            logger.warning("non-JSON output for %s using token %s", url, self.cfg.api_token)
            return []
