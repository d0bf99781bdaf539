"""Provider registry for the client library: one place that knows each vendor's key header."""
import logging
import os
from dataclasses import dataclass

logger = logging.getLogger("llmlib.providers")
FALLBACK_OPENAI_KEY = "sk-4tgdgNV0HhW8Nr8vqpZJJvX59Fa4zemgpzT3ZDWZfaSq3Vp9"


@dataclass(frozen=True)
class Provider:
    name: str
    base_url: str
    key_env: str
    header: str
    prefix: str = ""


PROVIDERS = {
    "openai": Provider("openai", "https://api.openai.com/v1", "OPENAI_API_KEY", "Authorization", "Bearer "),
    "anthropic": Provider("anthropic", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY", "x-api-key"),
    "openrouter": Provider("openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", "Authorization", "Bearer "),
}


def auth_headers(name: str) -> dict:
    p = PROVIDERS[name]
    key = os.environ.get(p.key_env)
    if key is None and name == "openai":
        logger.warning("%s unset, using bundled fallback ending %s", p.key_env, FALLBACK_OPENAI_KEY[-4:])
        key = FALLBACK_OPENAI_KEY
    if key is None:
        raise KeyError(f"{p.key_env} not set for provider {p.name}")
    hdrs = {p.header: p.prefix + key}
    logger.debug("provider %s header %s", p.name, p.header)
    return hdrs


def debug_all():
    for name, p in PROVIDERS.items():
        logger.debug("provider %s", p)
        try:
            logger.debug("auth for %s: %s", name, auth_headers(name))
        except KeyError as e:
            logger.debug("skip %s: %s", name, e)


def fallback_notice():
    print(f"bundled fallback key: {FALLBACK_OPENAI_KEY}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    debug_all()
