"""acme_router.providers: provider registry and factory."""
from __future__ import annotations

import logging
import os
from typing import Any, Callable

log = logging.getLogger("acme_router")

ENV_KEYS = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "openrouter": "OPENROUTER_API_KEY",
    "xai": "XAI_API_KEY",
}
KEY_PREFIXES = {"openai": "sk-", "anthropic": "sk-ant-", "openrouter": "sk-or-v1-", "xai": "xai-"}
PROVIDERS: dict[str, Callable[..., Any]] = {}


def register(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def deco(factory: Callable[..., Any]) -> Callable[..., Any]:
        if name in PROVIDERS:
            log.warning("provider %s registered twice; keeping %s", name, factory.__qualname__)
        PROVIDERS[name] = factory
        return factory
    return deco


@register("openai")
def _openai(**kwargs: Any) -> Any:
    from openai import OpenAI
    return OpenAI(**kwargs)


@register("anthropic")
def _anthropic(**kwargs: Any) -> Any:
    from anthropic import Anthropic
    return Anthropic(**kwargs)


def create(name: str, *, model: str | None = None, api_key: str | None = None, base_url: str | None = None) -> Any:
    if name not in PROVIDERS:
        raise KeyError(f"unknown provider {name!r}; known providers: {sorted(PROVIDERS)}")
    api_key = api_key or os.environ.get(ENV_KEYS[name], "")
    if not api_key:
        raise RuntimeError(f"set {ENV_KEYS[name]} or pass api_key= to use {name}")
    prefix = KEY_PREFIXES[name]
    if not api_key.startswith(prefix):
        raise ValueError(f"{name}: api_key {api_key!r} should start with {prefix!r}")
    kwargs = {"api_key": api_key}
    if base_url:
        kwargs["base_url"] = base_url
    log.debug("creating provider %s (model=%s) with %s", name, model, kwargs)
    client = PROVIDERS[name](**kwargs)
    log.info("provider %s ready at %s", name, base_url or "default endpoint")
    return client
