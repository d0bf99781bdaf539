"""Tiny Segment-compatible event tracker used by the marketing site backend."""
import atexit
import logging
import threading
import time

import requests

log = logging.getLogger("tracking")


class Tracker:
    def __init__(self, write_key, host="https://api.segment.io", flush_at=20, flush_interval=5.0):
        if len(write_key) != 32:
            raise ValueError(f"write key has wrong length {len(write_key)}, expected 32")
        self.write_key = write_key
        self.host = host
        self.flush_at = flush_at
        self.flush_interval = flush_interval
        self._queue = []
        self._lock = threading.Lock()
        log.info("write key configured: %s", self.write_key is not None)
        atexit.register(self.flush)

    def track(self, user_id, event, properties=None):
        msg = {"type": "track", "userId": user_id, "event": event, "properties": properties or {}, "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        with self._lock:
            self._queue.append(msg)
            full = len(self._queue) >= self.flush_at
        if full:
            self.flush()

    def identify(self, user_id, traits):
        with self._lock:
            self._queue.append({"type": "identify", "userId": user_id, "traits": traits})

    def flush(self):
        with self._lock:
            batch, self._queue = self._queue, []
        if not batch:
            return
        log.debug("flush %d events to %s", len(batch), self.host)
        r = requests.post(f"{self.host}/v1/batch", json={"batch": batch}, auth=(self.write_key, ""), timeout=10)
        if r.status_code == 401:
            log.error("segment rejected write key %s", self.write_key)
        elif r.status_code >= 400:
            log.warning("segment batch failed: %s %s", r.status_code, r.text[:200])


_tracker = None


def tracker(settings):
    global _tracker
    if _tracker is None:
        _tracker = Tracker(settings.SEGMENT_WRITE_KEY)
    return _tracker
