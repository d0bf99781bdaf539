"""Compatibility shims for the old `key=` argument of our SDK wrapper."""
import logging
import os
import sys
import traceback
import warnings

logger = logging.getLogger("compat")

DEPRECATED_ARGS = ("key", "secret", "token")
TOKEN_LIMIT_ENV = "WRAPPER_MAX_TOKENS"


def resolve_key(api_key: str | None = None, key: str | None = None, **params) -> str:
    if key is not None:
        warnings.warn(f"`key=` is deprecated, use api_key= (got {key})", DeprecationWarning)
        api_key = api_key or key
    unknown = ", ".join(name for name, value in params.items() if value is not None)
    if unknown:
        warnings.warn(f"ignored arguments: {unknown}")
    if api_key is None:
        api_key = os.environ.get("LLM_API_KEY")
    return api_key or ""


def max_tokens() -> int:
    raw = os.environ.get(TOKEN_LIMIT_ENV, "1024")
    try:
        return int(raw)
    except ValueError:
        sys.stderr.write(f"{TOKEN_LIMIT_ENV}={raw!r} is not a number\n")
        return 1024


def call_with_compat(fn, *args, **kwargs):
    for name in DEPRECATED_ARGS:
        if name in kwargs:
            logger.info("rewriting deprecated argument %s", name)
    try:
        return fn(*args, api_key=resolve_key(**kwargs), max_tokens=max_tokens())
    except Exception:
        traceback.print_exc()
        sys.stderr.write(f"call failed with kwargs={kwargs}\n")
        raise


def complete(prompt: str, api_key: str | None = None) -> str:
    return call_with_compat(_post, prompt, api_key=api_key)


def _post(prompt: str, api_key: str, max_tokens: int) -> str:
    raise NotImplementedError


def legacy_login(secret: str) -> None:
    logger.error("legacy login with secret %s", secret)
    raise NotImplementedError("legacy login was removed in 2.0")
