"""Home-grown agent framework: provider registry choosing an LLM client per tool."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

log = logging.getLogger("agentkit.providers")


@dataclass
class ProviderSpec:
    name: str
    env_var: str
    base_url: str
    default_model: str


PROVIDERS = {
    "openai": ProviderSpec("openai", "OPENAI_API_KEY", "https://api.openai.com/v1", "gpt-4o-mini"),
    "anthropic": ProviderSpec("anthropic", "ANTHROPIC_API_KEY", "https://api.anthropic.com", "claude-3-5-haiku-latest"),
    "openrouter": ProviderSpec("openrouter", "OPENROUTER_API_KEY", "https://openrouter.ai/api/v1", "openai/gpt-4o-mini"),
    "xai": ProviderSpec("xai", "XAI_API_KEY", "https://api.x.ai/v1", "grok-2-latest"),
}


def resolve(provider: str) -> tuple[str, str]:
    spec = PROVIDERS[provider]
    key = os.getenv(spec.env_var)
    if key is None:
        raise KeyError(f"{provider}: set {spec.env_var}")
    return spec.base_url, key


def make_client(provider: str):
    base, key = resolve(provider)
    log.info("provider %s at %s", provider, base)
    if provider == "anthropic":
        import anthropic

        return anthropic.Anthropic(api_key=key)
    import openai

    if not key.startswith(("sk-", "xai-")):
        log.warning("key for %s does not look right: %s", provider, key)
    return openai.OpenAI(api_key=key, base_url=base)


def health() -> dict[str, str]:
    status = {}
    for name, spec in PROVIDERS.items():
        key = os.getenv(spec.env_var, "")
        status[name] = "configured" if key else "missing"
        log.debug("%s: %s (%s)", name, status[name], spec.env_var)
    return status


def explain(provider: str) -> str:
    base, key = resolve(provider)
    return f"{provider} via {base}, key {key[:3]}...{key[-4:]}"


if __name__ == "__main__":
    for p, state in health().items():
        print(p, state)
    print("openrouter:", resolve("openrouter")[0])
