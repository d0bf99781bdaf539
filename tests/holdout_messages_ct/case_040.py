"""Secrets provider chain: env -> keyring -> dotenv, as composable callables."""
import logging
import os
from pathlib import Path

import keyring
from dotenv import dotenv_values
from modelred import ModelRed

log = logging.getLogger("secrets")

DOTENV = Path(".env")


def from_env(name):
    return lambda: os.environ.get(name)


def from_keyring(service, user):
    return lambda: keyring.get_password(service, user)


def from_dotenv(name, path=DOTENV):
    return lambda: dotenv_values(path).get(name) if path.exists() else None


def first_of(*sources):
    def resolve():
        for i, src in enumerate(sources):
            value = src()
            if value:
                log.debug("secret resolved by source #%d", i)
                return value
        log.warning("no secret found in %d sources", len(sources))
        return None
    return resolve


modelred_key = first_of(
    from_env("MODELRED_API_KEY"),
    from_keyring("modelred", "default"),
    from_dotenv("MODELRED_API_KEY"),
)


def client():
    key = modelred_key()
    if key is None:
        raise RuntimeError("no ModelRed key in env, keyring or .env")
    log.info("using ModelRed key %s", key)
    return ModelRed(key)


def show_env_file():
    values = dotenv_values(DOTENV)
    print("keys in .env:", ", ".join(values))
    print(".env contents:", values)
