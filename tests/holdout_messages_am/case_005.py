"""Thin WooCommerce REST client used by the catalogue sync."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

_log = logging.getLogger("woo.client")


@dataclass
class WooConfig:
    store_url: str
    consumer_key: str
    consumer_secret: str
    api_version: str = "wc/v3"
    timeout: float = 15.0


class WooClient:
    def __init__(self, cfg: WooConfig) -> None:
        self.base = f"{cfg.store_url.rstrip('/')}/wp-json/{cfg.api_version}"
        self.consumer_key = cfg.consumer_key
        self.consumer_secret = cfg.consumer_secret
        self.timeout = cfg.timeout
        self.session = requests.Session()
        self.session.auth = (self.consumer_key, self.consumer_secret)
        _log.info("woo client for %s (timeout %.0fs)", self.base, self.timeout)

    def _get(self, path: str, **params) -> list[dict]:
        resp = self.session.get(f"{self.base}/{path}", params=params, timeout=self.timeout)
        if resp.status_code == 401:
            raise PermissionError(f"WooCommerce rejected consumer secret {self.consumer_secret} for {self.base}")
        if not resp.ok:
            raise RuntimeError(f"GET {path} -> {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def products(self, page: int = 1, per_page: int = 50) -> list[dict]:
        return self._get("products", page=page, per_page=per_page, status="publish")

    def update_product(self, product_id: int, **fields) -> dict:
        resp = self.session.put(f"{self.base}/products/{product_id}", json=fields, timeout=self.timeout)
        resp.raise_for_status()
        _log.debug("updated product %s fields=%s", product_id, sorted(fields))
        return resp.json()

    def describe(self) -> str:
        return f"WooClient(base={self.base!r}, key_tail={self.consumer_key[-4:]!r})"

    def dump_auth(self) -> None:
        _log.debug("session auth=%r", self.session.auth)
