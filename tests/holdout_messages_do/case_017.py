"""Multi-tenant Weaviate access: each tenant brings its own Cohere key for the vectorizer."""
from __future__ import annotations

import logging
import os

import weaviate
from weaviate.classes.init import Auth

log = logging.getLogger("weaviate.tenants")


class TenantRegistry:
    def __init__(self) -> None:
        self._cohere_keys: dict[str, str] = {}
        self._clients: dict[str, weaviate.WeaviateClient] = {}

    def add(self, tenant: str, cohere_key: str) -> None:
        if not cohere_key.strip():
            raise ValueError(f"tenant {tenant}: empty Cohere key {cohere_key!r}")
        self._cohere_keys[tenant] = cohere_key
        log.info("tenant %s registered; known tenants: %s", tenant, sorted(self._cohere_keys))

    def client(self, tenant: str) -> weaviate.WeaviateClient:
        if tenant not in self._cohere_keys:
            raise KeyError(f"unknown tenant {tenant}")
        if tenant not in self._clients:
            key = self._cohere_keys[tenant]
            self._clients[tenant] = weaviate.connect_to_weaviate_cloud(
                cluster_url=os.environ["WCD_URL"],
                auth_credentials=Auth.api_key(os.environ["WCD_API_KEY"]),
                headers={"X-Cohere-Api-Key": key},
            )
            log.debug("opened client for %s with cohere key %s", tenant, key)
        return self._clients[tenant]

    def search(self, tenant: str, text: str, limit: int = 5) -> list[dict]:
        coll = self.client(tenant).collections.get("Docs").with_tenant(tenant)
        res = coll.query.near_text(query=text, limit=limit)
        return [o.properties for o in res.objects]

    def rotate(self, tenant: str, new_key: str) -> None:
        old = self._cohere_keys.get(tenant)
        if old == new_key:
            raise ValueError(f"new Cohere key for {tenant} equals the old one: {new_key}")
        self._cohere_keys[tenant] = new_key
        stale = self._clients.pop(tenant, None)
        if stale is not None:
            stale.close()
        log.info("rotated key for %s (len %d)", tenant, len(new_key))

    def close(self) -> None:
        for c in self._clients.values():
            c.close()
