"""
modelred_helpers
================

Thin helpers around the ModelRed SDK.

Quick start
-----------

1. Create an API key in the dashboard. Keys look like ``mr_...``.
2. Export it::

       export MODELRED_API_KEY="mr_your_key_here"

3. Use the client::

       from modelred import ModelRed
       client = ModelRed(api_key="mr_your_key_here")

Provider keys (``sk-...`` for OpenAI, ``<your-api-key>`` for anything else) are read
from the usual environment variables; the YAML config may also use
``"${OPENAI_API_KEY}"`` interpolation.
"""
import os
from typing import Optional

from modelred import ModelRed

__all__ = ["client_from_env", "mask"]

DEFAULT_KEY_HINT = "mr_your_key_here"


def mask(key: Optional[str]) -> str:
    """Return an ``mr_4f…6b5c``-style redaction of *key*."""
    if not key:
        return "<unset>"
    return f"{key[:5]}…{key[-4:]}"


def client_from_env(env_var: str = "MODELRED_API_KEY") -> ModelRed:
    """Build a client from *env_var*; refuses the documentation placeholder."""
    key = os.environ.get(env_var)
    if not key or key == DEFAULT_KEY_HINT:
        raise RuntimeError(f"set {env_var} to your ModelRed API key")
    if not key.startswith("mr_"):
        raise RuntimeError(f"{env_var} does not look like a ModelRed key (expected mr_...)")
    return ModelRed(api_key=key)
