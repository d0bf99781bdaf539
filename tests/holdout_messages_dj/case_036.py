"""Credential provider protocol used by our agents package; pluggable token sources."""
from __future__ import annotations

import logging
import os
import subprocess
from typing import Callable, Protocol

logger = logging.getLogger("agents.credentials")

TokenProvider = Callable[[], str]


class CredentialProvider(Protocol):
    def get_token(self) -> str: ...


class EnvProvider:
    def __init__(self, var: str) -> None:
        self.var = var

    def get_token(self) -> str:
        value = os.environ.get(self.var, "")
        logger.debug("env provider %s -> %s", self.var, "present" if value else "absent")
        return value


class CommandProvider:
    """Runs e.g. `op read op://vault/openai/credential` and uses stdout."""

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv

    def get_token(self) -> str:
        out = subprocess.run(self.argv, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            logger.error("credential command %s failed rc=%d: %s", self.argv[0], out.returncode, out.stderr.strip())
            raise RuntimeError(f"credential command exited {out.returncode}")
        return out.stdout.strip()


def resolve(provider: CredentialProvider) -> str:
    token = provider.get_token()
    logger.debug("provider %s returned %d chars", type(provider).__name__, len(token))
    if token and token != token.strip():
        logger.warning("token from %s has whitespace: %r", type(provider).__name__, token)
    return token


def from_callable(token_provider: TokenProvider) -> str:
    tok = token_provider()
    if not tok:
        raise ValueError(f"token_provider returned nothing ({tok!r})")
    if len(tok) < 16:
        raise ValueError(f"token_provider returned a short token: {tok}")
    return tok
