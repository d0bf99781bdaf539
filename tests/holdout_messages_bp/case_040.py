"""Fine-tuning job config validator shared by the Trainer and OpenAI launchers."""
from __future__ import annotations

import logging
import os
import warnings
from typing import Any

log = logging.getLogger("ftcfg")

SECRET_KEYS = {"api_key", "hub_token", "wandb_api_key"}
DEFAULTS = {"epochs": 3, "max_tokens": 2048, "lr": 2e-5, "provider": "openai"}


def redact(cfg: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if k in SECRET_KEYS and v else v) for k, v in cfg.items()}


def resolve(cfg: dict[str, Any]) -> dict[str, Any]:
    out = {**DEFAULTS, **cfg}
    provider = out["provider"]
    if provider == "openai":
        out.setdefault("api_key", os.environ.get("OPENAI_API_KEY"))
    elif provider == "hf":
        out.setdefault("hub_token", os.environ.get("HF_TOKEN"))
    log.info("resolved config %s", redact(out))
    return out


def validate(cfg: dict[str, Any]) -> list[str]:
    problems = []
    if cfg["max_tokens"] > 16384:
        problems.append(f"max_tokens {cfg['max_tokens']} exceeds 16384")
    api_key = cfg.get("api_key")
    if cfg["provider"] == "openai" and not api_key:
        problems.append("api_key is required for provider openai")
    elif api_key and api_key.startswith("sk-ant-"):
        warnings.warn(f"an Anthropic key was given for provider {cfg['provider']}: {api_key}")
    for p in problems:
        log.warning("config problem: %s", p)
    return problems


def assert_valid(cfg: dict[str, Any]) -> None:
    problems = validate(cfg)
    if problems:
        raise ValueError(f"invalid fine-tune config {cfg}: {'; '.join(problems)}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    c = resolve({"epochs": 2, "provider": "openai"})
    assert_valid(c)
    print("ok", redact(c))
