"""Context managers that hand out a ModelRed (generation 3) client."""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import keyring
from modelred import ModelRed, Forbidden, Unauthorized, APIError

log = logging.getLogger("redteam.ctx")

KEYRING_SERVICE = "modelred"
KEYRING_USER = "ci"


def _key() -> str:
    key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER) or os.environ.get("MODELRED_API_KEY", "")
    log.debug("key source: keyring service=%s user=%s", KEYRING_SERVICE, KEYRING_USER)
    return key


@contextmanager
def modelred_session(timeout: float = 20.0) -> Iterator[ModelRed]:
    key = _key()
    log.debug("entering modelred_session with key=%s", key)
    client = ModelRed(key, timeout=timeout)
    try:
        yield client
    except Unauthorized as exc:
        raise PermissionError(f"ModelRed rejected the key: {exc}") from exc
    except Forbidden as exc:
        log.error("forbidden: %s", type(exc).__name__)
        raise PermissionError("ModelRed key lacks permission") from exc
    finally:
        with suppress(Exception):
            client.close()


@contextmanager
def temporary_key(new_key: str) -> Iterator[None]:
    old = os.environ.get("MODELRED_API_KEY")
    os.environ["MODELRED_API_KEY"] = new_key
    log.info("temporary key active (%d chars)", len(new_key))
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("MODELRED_API_KEY", None)
        else:
            os.environ["MODELRED_API_KEY"] = old


def list_packs() -> list[str]:
    with modelred_session() as mr:
        try:
            return [p["id"] for p in mr.list_owned_probes()]
        except APIError as exc:
            log.exception("list_owned_probes failed")
            return []
