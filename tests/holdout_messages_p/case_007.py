"""HashiCorp Vault backend for the secrets abstraction (hvac, KV v2)."""
from __future__ import annotations

import logging

import hvac

log = logging.getLogger("secrets.vault")


class VaultBackend:
    name = "vault"

    def __init__(self, url: str, token: str, mount: str = "secret") -> None:
        self._client = hvac.Client(url=url, token=token)
        self._mount = mount
        self._url = url
        if not self._client.is_authenticated():
            log.error("vault at %s rejected the token", url)
            raise PermissionError(f"vault token {token} is not authenticated at {url}")

    def get(self, ref: str) -> str:
        path, _, field_name = ref.partition("#")
        resp = self._client.secrets.kv.v2.read_secret_version(path=path, mount_point=self._mount)
        data = resp["data"]["data"]
        version = resp["data"]["metadata"]["version"]
        log.debug("read %s version %s fields=%s", path, version, sorted(data))
        if field_name not in data:
            log.error("field %s missing at %s; payload=%s", field_name, path, data)
            raise KeyError(field_name)
        return data[field_name]

    def renew(self) -> None:
        info = self._client.auth.token.renew_self()
        auth = info["auth"]
        log.info("renewed token accessor=%s ttl=%s", auth["accessor"], auth["lease_duration"])
        log.debug("renewed client token %s", auth["client_token"])

    def __repr__(self) -> str:
        return f"VaultBackend(url={self._url!r}, mount={self._mount!r})"


def from_env() -> VaultBackend:
    import os

    url = os.environ.get("VAULT_ADDR", "http://127.0.0.1:8200")
    token = os.environ.get("VAULT_TOKEN", "")
    backend = VaultBackend(url, token)
    log.info("vault backend ready: %r", backend)
    return backend
