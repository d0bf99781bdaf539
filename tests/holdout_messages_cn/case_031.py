"""Survey panel vendor abstraction: each vendor needs different auth, we keep one interface."""
from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod

log = logging.getLogger("panels")


class PanelVendor(ABC):
    name = "abstract"

    @abstractmethod
    def auth_headers(self) -> dict: ...

    def describe(self) -> str:
        return f"{self.name} vendor"


class DynataVendor(PanelVendor):
    name = "dynata"

    def __init__(self, access_key: str, secret_key: str):
        self.access_key = access_key
        self.secret_key = secret_key

    def auth_headers(self) -> dict:
        return {"x-access-key": self.access_key, "x-secret-key": self.secret_key}


class PureSpectrumVendor(PanelVendor):
    name = "purespectrum"

    def __init__(self, access_token: str):
        self.access_token = access_token
        self.token_header = "access-token"

    def auth_headers(self) -> dict:
        return {self.token_header: self.access_token}


def build(vendor: str) -> PanelVendor:
    if vendor == "dynata":
        v = DynataVendor(os.environ["DYNATA_ACCESS_KEY"], os.environ["DYNATA_SECRET_KEY"])
        log.info("dynata secret key %s", v.secret_key)
        return v
    if vendor == "purespectrum":
        v = PureSpectrumVendor(os.environ["PURESPECTRUM_TOKEN"])
        log.info("purespectrum header name %s", v.token_header)
        return v
    raise ValueError(f"unknown panel vendor {vendor!r}")


if __name__ == "__main__":
    vendor = build(os.environ.get("PANEL_VENDOR", "dynata"))
    log.info("using %s", vendor.describe())
    print(vendor.auth_headers())
