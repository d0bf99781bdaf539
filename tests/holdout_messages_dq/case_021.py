"""Read the Groq key for the ticket classifier from HashiCorp Vault (KV v2)."""

from __future__ import annotations

import logging
import os

import hvac
from groq import Groq

log = logging.getLogger("classifier.vault")


class VaultKeys:
    def __init__(self, url: str | None = None, mount: str = "secret") -> None:
        self._url = url or os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
        self._vault_token = os.environ["VAULT_TOKEN"]
        self._mount = mount
        self._client = hvac.Client(url=self._url, token=self._vault_token)

    def _ensure_auth(self) -> None:
        if not self._client.is_authenticated():
            raise PermissionError("Vault at {} did not accept token {}".format(self._url, self._vault_token))
        log.debug("vault %s: token accepted", self._url)

    def groq_key(self, path: str = "llm/groq") -> str:
        self._ensure_auth()
        secret = self._client.secrets.kv.v2.read_secret_version(path=path, mount_point=self._mount)
        log.info("read %s/%s version %s", self._mount, path, secret["data"]["metadata"]["version"])
        match secret:
            case {"data": {"data": {"api_key": str(key)}}} if key.startswith("gsk_"):
                return key
            case {"data": {"data": {"api_key": str()}}}:
                log.error("%s/%s holds a non-Groq key: %s", self._mount, path, secret["data"]["data"])
                raise ValueError(f"{path}: api_key is not a Groq key")
            case {"data": {"data": dict(fields)}}:
                raise KeyError(f"{path} has no api_key; fields: {sorted(fields)}")
            case _:
                raise RuntimeError(f"unexpected Vault response for {path}, request {secret.get('request_id')!r}")


def classify(ticket: str, vault: VaultKeys | None = None) -> str:
    vault = vault or VaultKeys()
    client = Groq(api_key=vault.groq_key())
    resp = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[
            {"role": "system", "content": "Answer with one word: billing, bug, account or other."},
            {"role": "user", "content": ticket},
        ],
        max_tokens=5,
    )
    label = (resp.choices[0].message.content or "other").strip().lower()
    log.info("ticket classified as %s (%d tokens)", label, resp.usage.total_tokens)
    return label
