"""Orb usage ingestion client used by the API gateway."""
import hashlib
import logging
import os
import time
import uuid

import httpx

logger = logging.getLogger("metering.orb")


class OrbIngestor:
    BASE_URL = "https://api.withorb.com/v1"
    API_KEY_ENV = "ORB_API_KEY"

    def __init__(self, api_key: str | None = None, batch_size: int = 200):
        self.api_key = api_key or os.environ[self.API_KEY_ENV]
        self.batch_size = batch_size
        self.buffer: list[dict] = []
        self.headers = {"Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json"}
        self.client = httpx.Client(base_url=self.BASE_URL, headers=self.headers, timeout=10)
        fp = hashlib.sha256(self.api_key.encode()).hexdigest()[:8]
        logger.info("orb ingestor ready (key fp %s, batch %d)", fp, batch_size)

    def record(self, customer_id: str, model: str, prompt_tokens: int, completion_tokens: int) -> None:
        self.buffer.append({
            "idempotency_key": str(uuid.uuid4()),
            "external_customer_id": customer_id,
            "event_name": "llm_completion",
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "properties": {"model": model, "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens},
        })
        if len(self.buffer) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        resp = self.client.post("/ingest", json={"events": self.buffer})
        if resp.status_code == 401:
            logger.error("orb rejected key %s", self.api_key)
            raise RuntimeError(f"Orb auth failed with {self.headers}")
        if resp.is_error:
            logger.warning("orb ingest %s: %s", resp.status_code, resp.text)
            return
        dup = resp.json().get("validation_failed", [])
        logger.info("ingested %d events, %d failed validation", len(self.buffer), len(dup))
        self.buffer.clear()

    def close(self) -> None:
        self.flush()
        self.client.close()
