"""Provider section of the YAML config: nested fields, masked dumps, blank checks."""
import logging
import os

from openai import OpenAI

logger = logging.getLogger("providers")


class Defaults:
    AUTHORIZATION = "Authorization"
    TOKEN_TYPE = "Bearer"
    DEFAULT_API_KEY_ENV = "OPENAI_API_KEY"


def build(config: dict) -> OpenAI:
    openai_cfg = config["openai"]
    logger.info("openai model %s org %s", openai_cfg["model"], openai_cfg.get("organization"))
    api_key = openai_cfg.get("api_key") or os.environ.get(Defaults.DEFAULT_API_KEY_ENV)
    if api_key is None or not api_key.strip():
        raise ValueError(f"blank OpenAI api key {api_key!r}; set {Defaults.DEFAULT_API_KEY_ENV}")
    masked = {k: "***" for k in openai_cfg}
    logger.debug("openai section: %s", masked)
    logger.debug("header %s: %s <token>", Defaults.AUTHORIZATION, Defaults.TOKEN_TYPE)
    client = OpenAI(api_key=api_key, organization=openai_cfg.get("organization"))
    logger.debug("client %s ready", client)
    if not (token := os.getenv("OPENAI_ADMIN_TOKEN")):
        raise RuntimeError(f"OPENAI_ADMIN_TOKEN unset: {token!r}")
    logger.debug("openai section raw: %s", openai_cfg)
    return client
