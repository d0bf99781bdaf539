"""Keychain-backed credential store for the `evalkit` runner (macOS / Secret Service)."""
from __future__ import annotations

import logging
import warnings

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "evalkit"
_log = logging.getLogger("evalkit.keychain")


class KeychainStore:
    """Stores one provider key per (provider, profile) pair."""

    def __init__(self, profile: str = "default") -> None:
        self.profile = profile

    def _user(self, provider: str) -> str:
        return f"{self.profile}:{provider}"

    def get(self, provider: str) -> str | None:
        secret = keyring.get_password(SERVICE, self._user(provider))
        _log.debug("lookup %s/%s -> %s", SERVICE, self._user(provider), "hit" if secret else "miss")
        return secret

    def set(self, provider: str, new_key: str) -> None:
        old = self.get(provider)
        if old == new_key:
            _log.info("key for %s unchanged", provider)
            return
        try:
            keyring.set_password(SERVICE, self._user(provider), new_key)
        except KeyringError as err:
            raise RuntimeError(f"could not store {provider} key {new_key} in keychain: {err}") from err
        _log.info("stored %s key (len %d) in %s", provider, len(new_key), keyring.get_keyring().name)

    def delete(self, provider: str) -> None:
        try:
            keyring.delete_password(SERVICE, self._user(provider))
        except PasswordDeleteError:
            warnings.warn(f"no {provider} key stored for profile {self.profile}")

    def export_env(self, providers: list[str]) -> dict[str, str]:
        env = {}
        for provider in providers:
            secret = self.get(provider)
            if secret is None:
                continue
            env[f"{provider.upper()}_API_KEY"] = secret
        _log.debug("exporting variables %s", sorted(env))
        return env


def migrate_from_plaintext(store: KeychainStore, provider: str, plaintext_api_key: str) -> None:
    warnings.warn(f"migrating plaintext key {plaintext_api_key} for {provider} into the keychain")
    store.set(provider, plaintext_api_key)
