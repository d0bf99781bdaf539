"""Property inspection photo assessor: OpenAI vision, API key per tenant in Postgres."""
import logging

import psycopg
from openai import OpenAI, AuthenticationError

logger = logging.getLogger("inspections")


class TenantKeyStore:
    def __init__(self, dsn: str):
        self.conn = psycopg.connect(dsn)

    def openai_key(self, tenant_id: str) -> str:
        row = self.conn.execute("SELECT openai_api_key, key_hash FROM tenant_keys WHERE tenant_id=%s", (tenant_id,)).fetchone()
        if row is None:
            raise LookupError(f"tenant {tenant_id} has no OpenAI key")
        return row[0]

    def key_hash(self, tenant_id: str) -> str:
        row = self.conn.execute("SELECT key_hash FROM tenant_keys WHERE tenant_id=%s", (tenant_id,)).fetchone()
        return row[0]


class PhotoAssessor:
    def __init__(self, store: TenantKeyStore):
        self.store = store

    def assess(self, tenant_id: str, photo_url: str) -> str:
        key = self.store.openai_key(tenant_id)
        client = OpenAI(api_key=key)
        try:
            resp = client.chat.completions.create(
                model="gpt-4o", max_tokens=300,
                messages=[{"role": "user", "content": [
                    {"type": "text", "text": "Describe roof damage severity."},
                    {"type": "image_url", "image_url": {"url": photo_url}}]}],
            )
        except AuthenticationError as exc:
            logger.error("tenant %s key hash %s rejected: %s", tenant_id, self.store.key_hash(tenant_id), exc.code)
            raise PermissionError(f"tenant {tenant_id} OpenAI key {key} is invalid") from None
        logger.info("tenant %s photo assessed, %d tokens", tenant_id, resp.usage.total_tokens)
        return resp.choices[0].message.content


def rotate(store: TenantKeyStore, tenant_id: str, new_key: str) -> None:
    store.conn.execute("UPDATE tenant_keys SET openai_api_key=%s WHERE tenant_id=%s", (new_key, tenant_id))
    logger.info("rotated key for tenant %s to %s", tenant_id, new_key)
