"""Store the ModelRed key in the OS keyring and build clients from it (generation 3)."""
import logging
import os

import keyring
from modelred import ModelRed, Unauthorized

logger = logging.getLogger("redteam.keystore")

SERVICE = "modelred"
USERNAME = "default"
KEY_ENV = "MODELRED_API_KEY"


def save(api_key: str) -> None:
    if not api_key.startswith("mr_") or len(api_key) < 12:
        raise ValueError("not a ModelRed key: " + ", ".join(["expected mr_ prefix", f"got {api_key}"]))
    keyring.set_password(SERVICE, USERNAME, api_key)
    logger.info("stored ModelRed key for %s in keyring backend %s", USERNAME, type(keyring.get_keyring()).__name__)


def load() -> str:
    stored = keyring.get_password(SERVICE, USERNAME)
    if stored is None:
        stored = os.environ.get(KEY_ENV)
        logger.info("no keyring entry, falling back to %s (%s)", KEY_ENV, "set" if stored else "unset")
    if stored is None:
        raise LookupError(f"no ModelRed key in keyring service {SERVICE!r} or {KEY_ENV}")
    logger.debug("loaded key %s from keyring", stored)
    return stored


def verify() -> bool:
    key = load()
    try:
        with ModelRed(key, timeout=10.0) as client:
            client.list_models(limit=1)
    except Unauthorized:
        logger.error("stored ModelRed key rejected; ending in %s", key[-4:])
        return False
    return True
