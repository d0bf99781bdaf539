"""Car-rental availability aggregator: each supplier adapter logs through a shared base class."""
import logging
import os
from abc import ABC, abstractmethod

import httpx

supplier_log = logging.getLogger("rental.suppliers")


class Supplier(ABC):
    name = "base"
    key_env = ""

    def __init__(self):
        self.api_key = os.environ.get(self.key_env, "")
        self.timeout = float(os.environ.get("SUPPLIER_TIMEOUT", "8"))

    def describe(self) -> dict:
        return {"name": self.name, "key_env": self.key_env, "timeout": self.timeout}

    def log_failure(self, status: int):
        supplier_log.error("%s failed with %s (key env %s)", self.name, status, self.key_env)

    @abstractmethod
    def quote(self, pickup: str, start: str, end: str) -> list: ...


class HertzAdapter(Supplier):
    name = "hertz"
    key_env = "HERTZ_API_KEY"

    def quote(self, pickup, start, end):
        r = httpx.get("https://api.hertz.example/v1/availability", params={"pickup": pickup, "from": start, "to": end}, headers={"x-api-key": self.api_key})
        if r.status_code != 200:
            self.log_failure(r.status_code)
            return []
        return r.json()["vehicles"]


class SixtAdapter(Supplier):
    name = "sixt"
    key_env = "SIXT_API_KEY"

    def quote(self, pickup, start, end):
        if not self.api_key:
            raise LookupError(f"{self.name}: api key empty ({self.api_key!r})")
        auth = {"Authorization": f"ApiKey {self.api_key}"}
        supplier_log.debug("sixt request auth=%s", auth)
        r = httpx.get("https://api.sixt.example/rates", params={"branch": pickup}, headers=auth)
        return r.json().get("offers", [])


def aggregate(pickup, start, end):
    offers = []
    for cls in (HertzAdapter, SixtAdapter):
        s = cls()
        supplier_log.info("supplier %s", s.describe())
        try:
            offers += s.quote(pickup, start, end)
        except httpx.HTTPError as exc:
            supplier_log.warning("%s transport error %s; key was %s", s.name, exc, s.api_key)
    return offers
