"""Provider router: which LLM to call is configured with environs; keys are looked up by provider name."""
import logging

import httpx
from environs import Env

env = Env(expand_vars=True)
env.read_env(".env.router", recurse=False)

log = logging.getLogger("router")

PROVIDERS = env.list("ROUTER_PROVIDERS", ["openai", "groq", "mistral"])
BASE_URLS = {
    "openai": "https://api.openai.com/v1",
    "groq": "https://api.groq.com/openai/v1",
    "mistral": "https://api.mistral.ai/v1",
}
DEFAULT_MAX_TOKENS = env.int("ROUTER_MAX_TOKENS", 512)


def key_var(provider: str) -> str:
    return f"{provider.upper()}_API_KEY"


def provider_key(provider: str) -> str:
    return env.str(key_var(provider))


def call(provider: str, model: str, prompt: str) -> str:
    key = provider_key(provider)
    log.info("routing to %s (%s), key from $%s", provider, BASE_URLS[provider], key_var(provider))
    resp = httpx.post(
        f"{BASE_URLS[provider]}/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": model, "max_tokens": DEFAULT_MAX_TOKENS, "messages": [{"role": "user", "content": prompt}]},
        timeout=45,
    )
    if resp.status_code == 401:
        log.warning("%s rejected key %s", provider, key)
        raise PermissionError(f"{provider} returned 401 for the key in ${key_var(provider)}")
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def first_available(model_by_provider: dict[str, str], prompt: str) -> str:
    errors = {}
    for provider in PROVIDERS:
        try:
            return call(provider, model_by_provider[provider], prompt)
        except (httpx.HTTPError, PermissionError) as exc:
            errors[provider] = exc.__class__.__name__
    log.error("all providers failed: %s", errors)
    raise RuntimeError("no provider answered; check " + ", ".join(key_var(p) for p in PROVIDERS))


def dump_keys() -> None:
    for provider in PROVIDERS:
        print(f"{provider:<8} {provider_key(provider)}")
