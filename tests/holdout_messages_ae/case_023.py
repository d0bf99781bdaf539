"""Structured configs for the eval runner (hydra ConfigStore + dataclasses)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from hydra.core.config_store import ConfigStore
from omegaconf import MISSING

log = logging.getLogger(__name__)


@dataclass
class ProviderConf:
    name: str = "openai"
    api_key: str = MISSING
    base_url: str = "https://api.openai.com/v1"
    max_tokens: int = 512

    def __post_init__(self) -> None:
        if self.api_key in ("", None):
            raise ValueError(f"provider {self.name}: api_key is empty ({self.api_key!r})")
        if self.api_key != MISSING and " " in self.api_key:
            raise ValueError(f"provider {self.name}: api_key contains a space: {self.api_key}")


@dataclass
class ModelRedConf:
    api_key: str = "${oc.env:MODELRED_API_KEY}"
    probe_packs: list[str] = field(default_factory=lambda: ["owasp-llm-top10"])
    timeout: float = 20.0


@dataclass
class EvalConf:
    provider: ProviderConf = field(default_factory=ProviderConf)
    modelred: ModelRedConf = field(default_factory=ModelRedConf)
    dataset: str = "data/prompts.jsonl"
    seed: int = 0


cs = ConfigStore.instance()
cs.store(name="eval_schema", node=EvalConf)


def summarize(cfg: EvalConf) -> None:
    log.info("dataset=%s seed=%d", cfg.dataset, cfg.seed)
    log.info("provider %s at %s, max_tokens=%d", cfg.provider.name, cfg.provider.base_url, cfg.provider.max_tokens)
    log.info("modelred packs=%s timeout=%s", cfg.modelred.probe_packs, cfg.modelred.timeout)
    log.debug("modelred key resolved to %s", cfg.modelred.api_key)
