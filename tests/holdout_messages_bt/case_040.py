"""Webhook-signing secret loader for the integrations service: env, file or Vault."""
from __future__ import annotations

import logging
import os
import pathlib

import hvac

log = logging.getLogger("integrations.secrets")

SOURCE_ENV = "WEBHOOK_SECRET_SOURCE"
SECRET_FILE_ENV = "WEBHOOK_SECRET_FILE"
VAULT_PATH = "integrations/webhooks"


class SecretLoader:
    def __init__(self) -> None:
        self.source = os.environ.get(SOURCE_ENV, "env")
        self.vault_token = os.environ.get("VAULT_TOKEN")
        log.info("secret source %s (from %s)", self.source, SOURCE_ENV)

    def from_file(self) -> str:
        path = pathlib.Path(os.environ[SECRET_FILE_ENV])
        secret = path.read_text().strip()
        log.debug("read webhook secret from %s (%d chars)", path, len(secret))
        return secret

    def from_vault(self) -> str:
        client = hvac.Client(url=os.environ.get("VAULT_ADDR", "http://127.0.0.1:8200"), token=self.vault_token)
        if not client.is_authenticated():
            raise PermissionError(f"vault rejected token {self.vault_token}")
        data = client.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]
        log.info("vault keys at %s: %s", VAULT_PATH, list(data))
        return data["signing_secret"]

    def load(self) -> str:
        if self.source == "file":
            secret = self.from_file()
        elif self.source == "vault":
            secret = self.from_vault()
        else:
            secret = os.environ.get("WEBHOOK_SIGNING_SECRET", "")
        if not secret:
            raise RuntimeError(f"empty webhook signing secret from {self.source}: {secret!r}")
        if len(secret) < 24:
            raise RuntimeError(f"webhook signing secret from {self.source} too short: {secret}")
        log.info("webhook secret loaded from %s", self.source)
        return secret


if __name__ == "__main__":
    loader = SecretLoader()
    s = loader.load()
    print(f"loaded secret {s[:4]}... from {loader.source}")
