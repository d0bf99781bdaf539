"""Airflow secrets backend reading Variables and Connections from HashiCorp Vault."""
from __future__ import annotations

import hvac
from airflow.secrets import BaseSecretsBackend
from airflow.utils.log.logging_mixin import LoggingMixin


class TeamVaultBackend(BaseSecretsBackend, LoggingMixin):
    def __init__(self, url: str, mount_point: str = "airflow", role_id: str = "", secret_id: str = "", **kwargs) -> None:
        super().__init__()
        self.url = url
        self.mount_point = mount_point
        self.role_id = role_id
        self.secret_id = secret_id
        self._client = None

    @property
    def client(self) -> hvac.Client:
        if self._client is None:
            c = hvac.Client(url=self.url)
            c.auth.approle.login(role_id=self.role_id, secret_id=self.secret_id)
            if not c.is_authenticated():
                raise RuntimeError(f"Vault AppRole login failed for role {self.role_id} secret {self.secret_id}")
            self.log.info("Vault login ok at %s (role %s)", self.url, self.role_id)
            self._client = c
        return self._client

    def _read(self, path: str) -> dict | None:
        try:
            resp = self.client.secrets.kv.v2.read_secret_version(path=path, mount_point=self.mount_point)
        except hvac.exceptions.InvalidPath:
            self.log.debug("no secret at %s/%s", self.mount_point, path)
            return None
        return resp["data"]["data"]

    def get_variable(self, key: str) -> str | None:
        self.log.debug("looking up variable %s", key)
        data = self._read(f"variables/{key}")
        if data is None:
            return None
        value = data.get("value")
        self.log.debug("variable %s resolved to %s", key, value)
        return value

    def get_conn_value(self, conn_id: str) -> str | None:
        data = self._read(f"connections/{conn_id}")
        if data is None:
            return None
        self.log.info("connection %s loaded, fields %s", conn_id, sorted(data))
        return data.get("conn_uri")
