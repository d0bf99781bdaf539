"""Ship gateway access logs to Datadog's HTTP intake in batches."""

import gzip
import json
import logging
import os
import queue
import threading
import time

import requests

log = logging.getLogger("shipper")

SITE = os.environ.get("DD_SITE", "datadoghq.eu")
BATCH = 500


class Shipper(threading.Thread):
    def __init__(self, api_key: str, service: str = "llm-gateway"):
        super().__init__(daemon=True)
        self.q: queue.Queue = queue.Queue(maxsize=10_000)
        self.service = service
        self.url = f"https://http-intake.logs.{SITE}/api/v2/logs?dd-api-key={api_key}"
        self.dd_api_key = api_key

    def submit(self, record: dict) -> None:
        try:
            self.q.put_nowait(record)
        except queue.Full:
            log.warning("shipper queue full (%d), dropping record", self.q.qsize())

    def _flush(self, batch: list) -> None:
        body = gzip.compress(json.dumps(batch).encode())
        resp = requests.post(self.url, data=body, headers={"Content-Encoding": "gzip",
                                                           "Content-Type": "application/json"}, timeout=10)
        if resp.status_code == 403:
            log.error("intake rejected %s", self.url)
        elif resp.status_code >= 400:
            log.error("intake %s: %s", resp.status_code, resp.text[:200])
        else:
            log.debug("shipped %d records to %s", len(batch), SITE)

    def run(self) -> None:
        while True:
            batch = []
            deadline = time.monotonic() + 5
            while len(batch) < BATCH and time.monotonic() < deadline:
                try:
                    batch.append(self.q.get(timeout=0.5))
                except queue.Empty:
                    continue
            if batch:
                self._flush(batch)


def start() -> Shipper:
    key = os.environ.get("DD_API_KEY", "")
    if len(key) != 32:
        log.warning("DD_API_KEY has unexpected length %d: %s", len(key), key)
    s = Shipper(key)
    s.start()
    log.info("shipper started for service %s, key ...%s", s.service, key[-4:])
    return s
