"""Generation-3 ModelRed wrapper exposing a small result type to the CLI layer."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from modelred import ModelRed, APIError, Conflict, NotFound, Unauthorized

log = logging.getLogger("mrcli.core")


@dataclass
class Result:
    ok: bool
    data: Any = None
    message: str = ""


class Core:
    def __init__(self, api_key: str, *, timeout: float = 20.0, extra_headers: dict | None = None):
        self._api_key = api_key
        self.timeout = timeout
        self.extra_headers = extra_headers or {}
        self._client = ModelRed(api_key, timeout=timeout, extra_headers=self.extra_headers)
        log.debug("core timeout=%s extra headers=%s", timeout, sorted(self.extra_headers))

    def models(self) -> Result:
        try:
            return Result(True, self._client.list_models())
        except Unauthorized as e:
            log.warning("unauthorized (%s)", getattr(e, "status_code", 401))
            return Result(False, message="Your API key was rejected.")
        except APIError as e:
            return Result(False, message=str(e))

    def pack(self, pack_id: str) -> Result:
        try:
            return Result(True, self._client.get_probe_pack_data(pack_id))
        except NotFound:
            return Result(False, message=f"pack {pack_id} not found")
        except Conflict as e:
            log.info("conflict on %s: %s", pack_id, e)
            return Result(False, message="pack is being modified, try later")

    def whoami_debug(self):
        log.debug("core key=%s", self._api_key)

    def close(self):
        self._client.close()
