"""Per-tenant request logging through a LoggerAdapter."""
import logging

import requests

base_logger = logging.getLogger("tenant.proxy")


class TenantAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[tenant={self.extra['tenant_id']}] {msg}", kwargs


class TenantProxy:
    def __init__(self, tenant_id: str, provider_key: str, upstream: str):
        self.tenant_id = tenant_id
        self.provider_key = provider_key
        self.upstream = upstream
        self.log = TenantAdapter(base_logger, {"tenant_id": tenant_id, "upstream": upstream})
        if provider_key.strip() != provider_key:
            raise ValueError(f"tenant {tenant_id}: provider key has surrounding whitespace: '{provider_key}'")

    def forward(self, path: str, payload: dict) -> tuple[int, bytes]:
        self.log.info("forwarding %s (%d bytes of payload)", path, len(str(payload)))
        resp = requests.post(
            f"{self.upstream}{path}",
            json=payload,
            headers={"Authorization": f"Bearer {self.provider_key}"},
            timeout=60,
        )
        if resp.status_code == 401:
            self.log.warning("upstream rejected key %s for %s", self.provider_key, path)
            return 401, b'{"error": "upstream authentication failed"}'
        self.log.info("upstream answered %s in %.2fs", resp.status_code, resp.elapsed.total_seconds())
        return resp.status_code, resp.content

    def rotate(self, new_provider_key: str) -> None:
        if new_provider_key == self.provider_key:
            self.log.info("rotation skipped: key unchanged")
            return
        self.provider_key = new_provider_key
        self.log.info("provider key rotated, now ending in %s", new_provider_key[-4:])


def build(tenant_row: dict) -> TenantProxy:
    proxy = TenantProxy(tenant_row["id"], tenant_row["provider_key"], tenant_row["upstream"])
    proxy.log.debug("tenant row columns: %s", ", ".join(tenant_row))
    return proxy
