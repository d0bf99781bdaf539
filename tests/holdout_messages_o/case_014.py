"""logship.py - ship app logs to our Loki/Datadog intake in batches."""
import gzip
import json
import logging
import os
import time

import requests

log = logging.getLogger("logship")

DD_API_KEY = os.environ.get("DD_API_KEY", "")
INTAKE_URL = os.environ.get("LOG_INTAKE_URL", "https://http-intake.logs.datadoghq.eu/api/v2/logs")
BATCH = int(os.environ.get("LOG_BATCH", "500"))


class Shipper:
    def __init__(self, api_key=DD_API_KEY, url=INTAKE_URL):
        self.api_key = api_key
        self.url = url
        self.buf = []
        self.session = requests.Session()
        self.session.headers.update({"DD-API-KEY": api_key, "Content-Encoding": "gzip"})

    def add(self, record: dict):
        self.buf.append(record)
        if len(self.buf) >= BATCH:
            self.flush()

    def flush(self):
        if not self.buf:
            return
        body = gzip.compress(json.dumps(self.buf).encode())
        for attempt in range(3):
            r = self.session.post(self.url, data=body, timeout=10)
            if r.status_code < 300:
                log.debug("shipped %d records (%d bytes gz)", len(self.buf), len(body))
                self.buf.clear()
                return
            if r.status_code == 403:
                log.error("intake rejected api key %s (status 403)", self.api_key)
                break
            log.warning("intake returned %s on attempt %d: %s", r.status_code, attempt, r.text[:200])
            time.sleep(2 ** attempt)
        log.error("dropping %d records, session headers were %s", len(self.buf), self.session.headers)
        self.buf.clear()

    def __repr__(self):
        return f"Shipper(url={self.url!r}, key=...{self.api_key[-4:]}, pending={len(self.buf)})"


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    s = Shipper()
    print(s)
    s.add({"message": "hello", "service": "logship-selftest"})
    s.flush()
