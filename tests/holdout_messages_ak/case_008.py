"""Fleet telemetry agent: gathers device metrics and LLM usage, ships them home."""
from __future__ import annotations

import logging
import os
import platform
import socket
import time

import psutil
import requests

logger = logging.getLogger("telemetry")


class TelemetryAgent:
    def __init__(self, endpoint: str, ingest_key: str, device_id: str, interval: int = 60) -> None:
        self.endpoint = endpoint
        self.ingest_key = ingest_key
        self.device_id = device_id
        self.interval = interval
        self.session = requests.Session()
        self.session.headers.update({"X-Ingest-Key": ingest_key, "User-Agent": "fleet-agent/1.4"})
        self.llm_tokens_used = 0

    def sample(self) -> dict:
        return {
            "device_id": self.device_id,
            "host": socket.gethostname(),
            "os": platform.platform(),
            "cpu": psutil.cpu_percent(),
            "mem": psutil.virtual_memory().percent,
            "llm_tokens": self.llm_tokens_used,
        }

    def ship(self, payload: dict) -> None:
        try:
            r = self.session.post(self.endpoint, json=payload, timeout=10)
        except requests.ConnectionError as exc:
            logger.warning("telemetry offline: %s", exc)
            return
        if r.status_code == 403:
            logger.error("ingest refused key %s for %s", self.ingest_key, self.device_id)
        elif r.status_code >= 400:
            logger.error("ingest HTTP %s: %s", r.status_code, r.text[:120])
        logger.debug("session headers: %s", dict(self.session.headers))
        logger.debug("shipped %d fields, llm_tokens=%d", len(payload), self.llm_tokens_used)

    def run(self) -> None:
        logger.info("agent %s every %ss -> %s", self.device_id, self.interval, self.endpoint)
        while True:
            self.ship(self.sample())
            time.sleep(self.interval)


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    TelemetryAgent(os.environ["INGEST_URL"], os.environ["INGEST_KEY"], os.environ.get("DEVICE_ID", socket.gethostname())).run()
