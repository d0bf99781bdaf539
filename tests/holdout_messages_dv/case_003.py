"""Anthropic client factory configured with environs (env vars, .env file, prefixed groups)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import anthropic
from environs import Env

logger = logging.getLogger(__name__)

env = Env()
env.read_env()  # picks up .env next to the project


@dataclass
class ClaudeConfig:
    api_key: str
    model: str
    max_tokens: int
    base_url: str | None
    timeout: float


def load_claude_config() -> ClaudeConfig:
    with env.prefixed("CLAUDE_"):
        cfg = ClaudeConfig(
            api_key=env.str("API_KEY"),
            model=env.str("MODEL", "claude-3-5-sonnet-latest"),
            max_tokens=env.int("MAX_TOKENS", 1024),
            base_url=env.str("BASE_URL", None),
            timeout=env.float("TIMEOUT", 30.0),
        )
    logger.info("claude model=%s max_tokens=%d base_url=%s", cfg.model, cfg.max_tokens, cfg.base_url)
    return cfg


def make_client(cfg: ClaudeConfig) -> anthropic.Anthropic:
    if not cfg.api_key.startswith("sk-ant-"):
        logger.warning("CLAUDE_API_KEY has an unexpected prefix: %s", cfg.api_key)
    return anthropic.Anthropic(api_key=cfg.api_key, base_url=cfg.base_url, timeout=cfg.timeout)


def ask(question: str) -> str:
    cfg = load_claude_config()
    client = make_client(cfg)
    try:
        msg = client.messages.create(
            model=cfg.model,
            max_tokens=cfg.max_tokens,
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.AuthenticationError as err:
        logger.error("anthropic rejected the key (status %s)", err.status_code)
        raise RuntimeError("Claude authentication failed, check CLAUDE_API_KEY") from err
    logger.debug("usage in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text
