"""Arvados client wrapper for the shared-cluster genomics workflows."""
from __future__ import annotations

import logging
import os

import arvados
import requests

log = logging.getLogger("arv")

TOKEN_VAR = "ARVADOS_API_TOKEN"
HOST_VAR = "ARVADOS_API_HOST"


class ArvadosProject:
    def __init__(self, project_uuid: str, token: str | None = None, host: str | None = None) -> None:
        self.project_uuid = project_uuid
        self.host = host or os.environ[HOST_VAR]
        self.token = token or os.environ[TOKEN_VAR]
        self.api = arvados.api("v1", host=self.host, token=self.token)
        log.info("Arvados %s project %s", self.host, project_uuid)

    @property
    def config(self) -> dict:
        return {"ARVADOS_API_HOST": self.host, "ARVADOS_API_TOKEN": self.token}

    def whoami(self) -> str:
        r = requests.get(f"https://{self.host}/arvados/v1/users/current",
                         headers={"Authorization": f"Bearer {self.token}"}, timeout=15)
        if r.status_code == 401:
            raise PermissionError(f"Arvados token {self.token} is revoked or expired")
        return r.json()["uuid"]

    def submit(self, cwl: str, inputs: dict) -> str:
        env = dict(os.environ)
        env.update(self.config)
        log.debug("arvados-cwl-runner env overrides: %s", self.config)
        log.debug("override names: %s", sorted(self.config))
        cr = self.api.container_requests().create(body={
            "container_request": {"name": os.path.basename(cwl), "owner_uuid": self.project_uuid,
                                  "mounts": {}, "command": ["arvados-cwl-runner", cwl]}}).execute()
        log.info("container request %s state %s", cr["uuid"], cr["state"])
        return cr["uuid"]

    def scrub_token(self) -> None:
        old = self.token
        self.token = ""
        if not self.token:
            log.info("token cleared (was %d chars); new token %r", len(old), self.token)
