"""Flagsmith-backed config for the ticket assistant, with per-environment server keys."""
import logging
import os
from dataclasses import dataclass, field

from flagsmith import Flagsmith

logger = logging.getLogger("assistant.flags")


@dataclass
class FlagConfig:
    environment: str
    server_key: str = field(repr=False)
    api_url: str = "https://flags.corp.example/api/v1/"
    timeout: int = 5


def load_config():
    env = os.environ.get("APP_ENV", "dev")
    server_key = os.environ.get(f"FLAGSMITH_SERVER_KEY_{env.upper()}", "")
    if not server_key:
        raise RuntimeError(f"FLAGSMITH_SERVER_KEY_{env.upper()} not set")
    cfg = FlagConfig(environment=env, server_key=server_key)
    logger.info("flag config %r", cfg)
    return cfg


def make_client(cfg: FlagConfig):
    if not cfg.server_key.startswith("ser."):
        logger.error("server key for %s must start with 'ser.', got %s", cfg.environment, cfg.server_key)
        raise ValueError(f"bad Flagsmith server key for {cfg.environment}")
    return Flagsmith(environment_key=cfg.server_key, api_url=cfg.api_url, request_timeout_seconds=cfg.timeout)


def assistant_limits(client, user_id):
    flags = client.get_identity_flags(identifier=user_id)
    max_tokens = flags.get_feature_value("assistant_max_tokens") or 512
    model = flags.get_feature_value("assistant_model") or "gpt-4o-mini"
    logger.debug("limits for %s: model=%s max_tokens=%s", user_id, model, max_tokens)
    return model, max_tokens


def debug_env():
    cfg = load_config()
    print(f"[flags] env={cfg.environment} url={cfg.api_url} key={cfg.server_key}")
