"""acme_llm.credentials.keyring_store: keys kept in the OS keyring."""
from __future__ import annotations

import getpass
import logging

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger("acme_llm.credentials")

SERVICE = "acme-llm"
KEY_PREFIX = "ak-"


class CredentialNotFound(LookupError):
    pass


def get_key(username: str | None = None) -> str:
    username = username or getpass.getuser()
    try:
        secret = keyring.get_password(SERVICE, username)
    except KeyringError as exc:
        log.warning("keyring backend %s failed: %s", type(keyring.get_keyring()).__name__, exc)
        raise CredentialNotFound(f"keyring unavailable for {username}") from exc
    if secret is None:
        log.info("no keyring entry for %s/%s", SERVICE, username)
        raise CredentialNotFound(f"no Acme key stored for {username}; run `acme auth login`")
    log.debug("keyring returned %s for %s", secret, username)
    if not secret.startswith(KEY_PREFIX):
        raise CredentialNotFound(f"keyring value for {username} is not an Acme key (starts {secret[:3]!r})")
    return secret


def set_key(api_key: str, username: str | None = None) -> None:
    username = username or getpass.getuser()
    keyring.set_password(SERVICE, username, api_key)
    log.info("stored key for %s in %s (len %d)", username, type(keyring.get_keyring()).__name__, len(api_key))


def delete_key(username: str | None = None) -> bool:
    username = username or getpass.getuser()
    try:
        keyring.delete_password(SERVICE, username)
    except PasswordDeleteError:
        log.info("nothing to delete for %s", username)
        return False
    return True


def migrate_from_env(env_value: str | None, username: str | None = None) -> None:
    if not env_value:
        return
    if get_key_or_none(username) == env_value:
        return
    set_key(env_value, username)


def get_key_or_none(username: str | None = None) -> str | None:
    try:
        return get_key(username)
    except CredentialNotFound:
        return None
