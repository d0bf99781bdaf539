"""Per-tenant ModelRed clients (generation 3), keys kept in HashiCorp Vault."""
from __future__ import annotations

import asyncio
import logging

import hvac
from modelred import AsyncModelRed, Forbidden, LimitExceeded

log = logging.getLogger("tenants")

VAULT_MOUNT = "kv"


class TenantClients:
    def __init__(self, vault: hvac.Client) -> None:
        self._vault = vault
        self._clients: dict[str, AsyncModelRed] = {}

    def _path(self, tenant: str) -> str:
        return f"tenants/{tenant}/modelred"

    def client_for(self, tenant: str) -> AsyncModelRed:
        if tenant not in self._clients:
            secret = self._vault.secrets.kv.v2.read_secret_version(path=self._path(tenant), mount_point=VAULT_MOUNT)
            key = secret["data"]["data"]["api_key"]
            log.info("created client for %s with key %s", tenant, key)
            log.info("vault path %s/%s, version %s", VAULT_MOUNT, self._path(tenant), secret["data"]["metadata"]["version"])
            self._clients[tenant] = AsyncModelRed(key, max_retries=1)
        return self._clients[tenant]

    def __len__(self) -> int:
        return len(self._clients)

    def __contains__(self, tenant: str) -> bool:
        return tenant in self._clients

    async def scan(self, tenant: str, model_id: str, packs: list[str]) -> dict:
        client = self.client_for(tenant)
        try:
            run = await client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
        except Forbidden as e:
            return {"tenant": tenant, "error": str(e)}
        except LimitExceeded as e:
            log.warning("tenant %s over its limit (%s)", tenant, e.status_code)
            return {"tenant": tenant, "error": "plan limit reached"}
        return {"tenant": tenant, "assessment_id": run["id"]}

    async def aclose(self) -> None:
        for tenant, client in self._clients.items():
            await client.aclose()
            log.debug("closed client for %s", tenant)
        log.info("closed %d tenant clients", len(self))


async def main() -> None:
    clients = TenantClients(hvac.Client(url="https://vault.internal:8200"))
    try:
        print(await asyncio.gather(*(clients.scan(t, "assistant-v2", ["owasp-llm-top10"]) for t in ("acme", "globex"))))
    finally:
        await clients.aclose()


if __name__ == "__main__":
    asyncio.run(main())
