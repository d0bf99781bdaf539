"""Keyring-backed credential store for the desktop subtitle editor."""
import logging

import keyring
from keyring.errors import KeyringError

log = logging.getLogger("subedit.creds")

SERVICE = "subedit"
FIELDS = ("deepl", "openai", "elevenlabs")


class CredentialStore:
    def __init__(self, service=SERVICE):
        self.service = service
        log.info("credential store on backend %s", keyring.get_keyring().__class__.__name__)

    def get(self, provider):
        try:
            value = keyring.get_password(self.service, provider)
        except KeyringError as e:
            log.error("keyring read %s/%s failed: %s", self.service, provider, e)
            return None
        if value is None:
            log.info("no %s key stored under %s", provider, self.service)
        return value

    def set(self, provider, api_key):
        if provider not in FIELDS:
            raise KeyError(f"unknown provider {provider!r}; expected one of {FIELDS}")
        if len(api_key) < 20:
            raise ValueError(f"{provider} key too short: {api_key}")
        keyring.set_password(self.service, provider, api_key)
        log.info("stored %s key (...%s)", provider, api_key[-4:])

    def export_all(self):
        return {p: self.get(p) for p in FIELDS}

    def doctor(self):
        creds = self.export_all()
        present = {p: v is not None for p, v in creds.items()}
        log.info("credentials present: %s", present)
        log.debug("credentials: %s", creds)
        return present


def migrate_from_ini(store, parser):
    for provider in FIELDS:
        value = parser.get("keys", provider, fallback="")
        if not value:
            continue
        store.set(provider, value)
        log.info("migrated %s from ini", provider)
