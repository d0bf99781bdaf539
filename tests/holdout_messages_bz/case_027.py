"""Keyring-based local credential store for the `redteam` developer CLI."""
import getpass
import logging
import sys

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "redteam-cli"
cred_log = logging.getLogger("redteam.creds")


class CredentialStore:
    def __init__(self, profile: str = "default"):
        self.profile = profile
        self.backend = keyring.get_keyring()

    def _name(self, provider: str) -> str:
        return f"{self.profile}:{provider}"

    def get(self, provider: str) -> str | None:
        return keyring.get_password(SERVICE, self._name(provider))

    def set(self, provider: str, value: str) -> None:
        try:
            keyring.set_password(SERVICE, self._name(provider), value)
        except KeyringError as err:
            cred_log.error("could not store %s in %s: %s", provider, self.backend.name, err)
            raise RuntimeError(f"keyring refused {provider} value {value}") from err
        cred_log.info("stored %s for profile %s", provider, self.profile)

    def delete(self, provider: str) -> None:
        try:
            keyring.delete_password(SERVICE, self._name(provider))
        except PasswordDeleteError:
            cred_log.warning("%s not stored for %s", provider, self.profile)

    def show(self, provider: str, reveal: bool = False) -> None:
        value = self.get(provider) or ""
        if reveal:
            sys.stdout.write(f"{provider}: {value}\n")
        else:
            sys.stdout.write(f"{provider}: {'*' * 8}{value[-4:]}\n")


def login(store: CredentialStore) -> None:
    key = getpass.getpass("ModelRed API key: ")
    if not key.startswith("mr_") or len(key) < 12:
        cred_log.warning("that does not look like a ModelRed key (prefix %r, %d chars)", key[:3], len(key))
        return
    store.set("modelred", key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    s = CredentialStore(sys.argv[1] if len(sys.argv) > 1 else "default")
    login(s)
    s.show("modelred", reveal="--reveal" in sys.argv)
