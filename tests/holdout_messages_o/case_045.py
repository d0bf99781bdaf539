"""providers.py - provider bootstrap for the agents service (structlog everywhere)"""
import os

import structlog

log = structlog.get_logger("providers")

PROVIDERS = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "groq": "GROQ_API_KEY",
    "mistral": "MISTRAL_API_KEY",
}


def configured() -> dict[str, str]:
    keys = {}
    for name, env in PROVIDERS.items():
        value = os.environ.get(env)
        if value:
            keys[name] = value
            log.info("provider_configured", provider=name, env_var=env, key_suffix=value[-4:])
        else:
            log.warning("provider_missing", provider=name, env_var=env)
    return keys


def pick(preferred: str) -> tuple[str, str]:
    keys = configured()
    if preferred in keys:
        return preferred, keys[preferred]
    if not keys:
        log.error("no_providers", checked=sorted(PROVIDERS.values()))
        raise RuntimeError("no LLM provider keys configured")
    name = sorted(keys)[0]
    log.warning("provider_fallback", wanted=preferred, using=name, available=sorted(keys))
    return name, keys[name]


def bootstrap(preferred: str = "openai"):
    name, key = pick(preferred)
    log.info("bootstrap_done", provider=name, api_key=key)
    log.info("bootstrap_done", provider=name, key_len=len(key))
    return name, key


if __name__ == "__main__":
    structlog.configure()
    bootstrap(os.environ.get("PREFERRED_PROVIDER", "openai"))
