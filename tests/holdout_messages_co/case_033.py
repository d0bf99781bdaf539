"""Provider adapters that register themselves through __init_subclass__."""
from __future__ import annotations

import logging
import os
from typing import ClassVar

import httpx

log = logging.getLogger("adapters")

REGISTRY: dict[str, type["Adapter"]] = {}


class Adapter:
    name: ClassVar[str]
    env_var: ClassVar[str]
    key_prefix: ClassVar[str] = ""
    base_url: ClassVar[str]

    def __init_subclass__(cls, **kw: object) -> None:
        super().__init_subclass__(**kw)
        REGISTRY[cls.name] = cls
        log.debug("adapter %s reads %s", cls.name, cls.env_var)

    def __init__(self) -> None:
        self.api_key = os.environ[self.env_var]
        if self.key_prefix and not self.api_key.startswith(self.key_prefix):
            raise ValueError(f"{self.env_var} should start with {self.key_prefix}: {self.api_key}")
        self.http = httpx.Client(base_url=self.base_url, headers={"Authorization": f"Bearer {self.api_key}"}, timeout=30)

    def models(self) -> list[str]:
        r = self.http.get("/models")
        log.info("%s /models -> %s", self.name, r.status_code)
        return [m["id"] for m in r.json()["data"]]


class XAI(Adapter):
    name = "xai"
    env_var = "XAI_API_KEY"
    key_prefix = "xai-"
    base_url = "https://api.x.ai/v1"


class Together(Adapter):
    name = "together"
    env_var = "TOGETHER_API_KEY"
    base_url = "https://api.together.xyz/v1"


def get(name: str) -> Adapter:
    try:
        return REGISTRY[name]()
    except KeyError:
        raise LookupError(f"no adapter {name!r}; have {sorted(REGISTRY)}") from None
