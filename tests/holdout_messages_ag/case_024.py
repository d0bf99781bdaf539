"""Explanation-of-benefits (EOB) chatbot: config loaded from YAML with env overrides."""
import logging
import os
from dataclasses import dataclass, field

import yaml

log = logging.getLogger("eob.config")


@dataclass
class LLMSettings:
    provider: str
    model: str
    api_key: str = field(repr=False)
    max_tokens: int = 600
    temperature: float = 0.1


@dataclass
class EOBConfig:
    payer_id: str
    llm: LLMSettings
    phi_retention_days: int = 30


def load(path: str) -> EOBConfig:
    with open(path) as fh:
        raw = yaml.safe_load(fh)
    llm_raw = raw["llm"]
    api_key = os.environ.get("EOB_LLM_API_KEY") or llm_raw.get("api_key", "")
    llm = LLMSettings(provider=llm_raw["provider"], model=llm_raw["model"], api_key=api_key, max_tokens=llm_raw.get("max_tokens", 600))
    cfg = EOBConfig(payer_id=raw["payer_id"], llm=llm, phi_retention_days=raw.get("phi_retention_days", 30))
    log.info("EOB config loaded: %r", cfg)
    log.info("llm provider=%s model=%s max_tokens=%d", llm.provider, llm.model, llm.max_tokens)
    if llm.provider == "openai" and not api_key.startswith("sk-"):
        log.error("configured llm api key is not an OpenAI key: %s", llm.api_key)
    return cfg


def validate(cfg: EOBConfig) -> None:
    if cfg.phi_retention_days > 30:
        raise ValueError(f"PHI retention {cfg.phi_retention_days}d exceeds HIPAA policy of 30d")
    if "api_key" in open(os.environ.get("EOB_CONFIG", "eob.yaml")).read():
        log.warning("api_key found in YAML config file; move it to EOB_LLM_API_KEY")


def dump_raw(path: str) -> None:
    with open(path) as fh:
        raw = yaml.safe_load(fh)
    print("llm section:", raw["llm"])


if __name__ == "__main__":
    p = os.environ.get("EOB_CONFIG", "eob.yaml")
    c = load(p)
    validate(c)
    if os.environ.get("EOB_DUMP"):
        dump_raw(p)
