"""Credential chain: explicit key, environment, config file, keyring (first hit wins)."""
from __future__ import annotations

import configparser
import logging
import os
from pathlib import Path
from typing import Callable, Optional

import keyring

log = logging.getLogger("credchain")

Source = Callable[[], Optional[str]]
KEY_ENV = "MODELRED_API_KEY"


def from_env() -> Optional[str]:
    return os.environ.get(KEY_ENV)


def from_file(path: Path = Path.home() / ".modelred" / "credentials") -> Optional[str]:
    cp = configparser.ConfigParser()
    if not cp.read(path):
        return None
    return cp.get("default", "api_key", fallback=None)


def from_keyring() -> Optional[str]:
    return keyring.get_password("modelred", "default")


def _trace(source: str, value: Optional[str]) -> None:
    log.debug("credential source %s -> %s", source, value)


def resolve(explicit: Optional[str] = None, chain: tuple[tuple[str, Source], ...] = ()) -> tuple[str, str]:
    chain = chain or (("env", from_env), ("file", from_file), ("keyring", from_keyring))
    if explicit:
        return "explicit", explicit
    for name, src in chain:
        value = src()
        _trace(name, value)
        if value:
            log.info("using credential from %s (env var %s)", name, KEY_ENV)
            return name, value
    raise LookupError(f"no credential found; tried {[n for n, _ in chain]}")


def client_from_chain():
    from modelred import ModelRed

    source, key = resolve()
    if not key.startswith("mr_"):
        raise ValueError(f"credential from {source} is not a ModelRed key: {key}")
    log.info("credential from %s, prefix %s", source, key[:3])
    return ModelRed(key)
