"""Flag evaluation proxy: one Flagsmith environment key per deploy environment."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from flagsmith import Flagsmith

logger = logging.getLogger("flagproxy")

ENVIRONMENTS = ("development", "staging", "production")
ENV_KEY_VARS = {env: f"FLAGSMITH_{env.upper()}_KEY" for env in ENVIRONMENTS}


@dataclass
class EnvironmentClients:
    keys: dict[str, str] = field(default_factory=dict)
    clients: dict[str, Flagsmith] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "EnvironmentClients":
        inst = cls()
        for env, var in ENV_KEY_VARS.items():
            key = os.environ.get(var)
            if not key:
                logger.warning("no Flagsmith key for %s (set %s)", env, var)
                continue
            if not key.startswith("ser."):
                logger.warning("%s does not hold a server-side key: %s", var, key)
            inst.keys[env] = key
            inst.clients[env] = Flagsmith(environment_key=key)
        logger.info("flag clients for %s", sorted(inst.clients))
        return inst

    def client(self, env: str) -> Flagsmith:
        if env not in self.clients:
            raise LookupError(f"no Flagsmith client for {env}; configured: {self.keys}")
        return self.clients[env]


def llm_settings(clients: EnvironmentClients, env: str, identity: str) -> dict:
    flags = clients.client(env).get_identity_flags(identifier=identity)
    model = flags.get_feature_value("llm_model") or "gpt-4o-mini"
    max_tokens = int(flags.get_feature_value("llm_max_tokens") or 512)
    logger.debug("identity %s in %s: model=%s max_tokens=%d", identity, env, model, max_tokens)
    return {"model": model, "max_tokens": max_tokens, "api_key": os.environ["OPENAI_API_KEY"]}


def describe(clients: EnvironmentClients, env: str, identity: str) -> None:
    settings = llm_settings(clients, env, identity)
    public = {k: v for k, v in settings.items() if k != "api_key"}
    logger.info("llm settings for %s: %s", identity, public)
    logger.debug("full llm settings: %s", settings)
