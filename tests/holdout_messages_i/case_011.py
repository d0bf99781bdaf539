"""Minimal Langfuse-style ingestion client (public key + secret key, HTTP basic auth)."""
import base64
import logging
import os
import uuid
from datetime import datetime, timezone

import httpx

log = logging.getLogger("observability.langfuse")


class TraceClient:
    def __init__(self, host: str | None = None):
        self.host = host or os.getenv("LANGFUSE_HOST", "https://cloud.langfuse.com")
        self.public_key = os.environ["LANGFUSE_PUBLIC_KEY"]
        self.secret_key = os.environ["LANGFUSE_SECRET_KEY"]
        pair = f"{self.public_key}:{self.secret_key}".encode()
        self.basic = base64.b64encode(pair).decode()
        log.info("langfuse project key %s at %s", self.public_key, self.host)
        log.debug("secret key prefix %s", self.secret_key[:6])
        log.debug("basic auth value %s", self.basic)

    def ingest(self, name: str, input_tokens: int, output_tokens: int) -> None:
        event = {
            "id": str(uuid.uuid4()),
            "type": "trace-create",
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "body": {"name": name, "metadata": {"input_tokens": input_tokens, "output_tokens": output_tokens}},
        }
        resp = httpx.post(f"{self.host}/api/public/ingestion", json={"batch": [event]}, headers={"Authorization": f"Basic {self.basic}"}, timeout=5)
        if resp.status_code not in (200, 207):
            log.warning("ingestion returned %s: %s", resp.status_code, resp.text)
            raise RuntimeError(f"langfuse ingestion failed with {resp.status_code} for project {self.public_key}")
        log.debug("ingested event %s", event["id"])

    def __repr__(self) -> str:
        return f"TraceClient(host={self.host!r}, public_key={self.public_key!r})"


if __name__ == "__main__":
    client = TraceClient()
    print("client:", client)
    client.ingest("smoke-test", 12, 3)
