"""Decorators shared by the provider adapters: key injection and call auditing."""
import functools
import logging
import os
import time
from typing import Callable

audit = logging.getLogger("adapters.audit")


def with_key(env_var: str) -> Callable:
    """Inject the provider key from `env_var` as the `api_key` keyword."""
    def decorate(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            api_key = kwargs.pop("api_key", None) or os.environ.get(env_var)
            if api_key is None:
                raise KeyError(f"{fn.__name__}: {env_var} not set")
            if len(api_key) < 20:
                raise ValueError(f"{fn.__name__}: {env_var} value {api_key!r} is too short")
            return fn(*args, api_key=api_key, **kwargs)
        return wrapper
    return decorate


def audited(fn: Callable) -> Callable:
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            audit.info("%s took %.0fms", fn.__qualname__, (time.perf_counter() - t0) * 1000)
    return wrapper


def make_signer(secret: str) -> Callable[[bytes], str]:
    import hashlib, hmac

    def sign(body: bytes) -> str:
        sig = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        audit.debug("signed %d bytes -> %s", len(body), sig[:12])
        return sig
    audit.debug("signer created with secret %s", secret)
    return sign


@audited
@with_key("XAI_API_KEY")
def grok_complete(prompt: str, *, api_key: str, max_tokens: int = 300) -> str:
    import httpx
    r = httpx.post("https://api.x.ai/v1/chat/completions", headers={"Authorization": f"Bearer {api_key}"},
                   json={"model": "grok-2-latest", "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]})
    if r.status_code != 200:
        audit.warning("grok %s with max_tokens=%d: %s", r.status_code, max_tokens, r.text[:200])
    return r.json()["choices"][0]["message"]["content"]
