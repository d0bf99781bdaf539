"""Eval runner with loguru; providers come from a YAML list."""
from __future__ import annotations

import os
import sys
from typing import Any

import yaml
from loguru import logger
from openai import OpenAI

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))


def build_clients(path: str) -> dict[str, tuple[OpenAI, dict[str, Any]]]:
    with open(path) as fh:
        providers = yaml.safe_load(fh)["providers"]
    clients = {}
    for p in providers:
        provider_cfg = {"base_url": p["base_url"], "api_key": os.environ[p["key_env"]], "model": p["model"]}
        logger.debug("provider {} config {}", p["name"], provider_cfg)
        logger.info("provider {} -> {} ({})", p["name"], provider_cfg["base_url"], provider_cfg["model"])
        clients[p["name"]] = (OpenAI(api_key=provider_cfg["api_key"], base_url=provider_cfg["base_url"]), provider_cfg)
    return clients


def ask(name: str, client: OpenAI, cfg: dict[str, Any], prompt: str) -> str:
    try:
        r = client.chat.completions.create(model=cfg["model"], max_tokens=128,
                                           messages=[{"role": "user", "content": prompt}])
    except Exception as exc:
        logger.warning("{} failed: {}", name, exc)
        if "401" in str(exc):
            raise PermissionError(f"{name}: key {cfg['api_key']} unauthorized") from exc
        return ""
    logger.debug("{} used {} tokens", name, r.usage.total_tokens)
    return r.choices[0].message.content


def main(config: str = "providers.yaml", prompts: str = "prompts.txt") -> None:
    clients = build_clients(config)
    for prompt in open(prompts):
        prompt = prompt.strip()
        if not prompt:
            continue
        for name, (client, cfg) in clients.items():
            out = ask(name, client, cfg, prompt)
            logger.info("{:>12} | {:.60}", name, out.replace("\n", " "))


if __name__ == "__main__":
    main(*sys.argv[1:])
