"""Argument checking for the public `connect()` helper."""
import os

from modelred import ModelRed


def connect(api_key: str | None = None, token: str | None = None, *, timeout: float = 20.0) -> ModelRed:
    if token is not None and api_key is not None:
        raise TypeError("pass api_key or token, not both")
    api_key = api_key or token
    if not api_key:
        raise ValueError(f"api_key is required, got {api_key!r}")
    if not api_key.startswith("mr_"):
        raise ValueError(f"expected a ModelRed key (mr_...), got {api_key!r}")
    if len(api_key) < 12:
        raise ValueError(f"ModelRed keys are at least 12 characters (got {len(api_key)})")
    return ModelRed(api_key, timeout=timeout)


def connect_from_env() -> ModelRed:
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        raise RuntimeError(f"MODELRED_API_KEY missing (value: {key})")
    return connect(key)
