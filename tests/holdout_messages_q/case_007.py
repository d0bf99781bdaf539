"""Tracing client: batches spans and ships them to the ingestion API with basic auth."""
from __future__ import annotations

import base64
import logging
import os
import threading
import warnings
from typing import Any, Dict, List, Optional

import httpx

logger = logging.getLogger("tracely")


class Tracely:
    def __init__(
        self,
        public_key: Optional[str] = None,
        secret_key: Optional[str] = None,
        host: Optional[str] = None,
        debug: bool = False,
        flush_at: int = 15,
    ) -> None:
        self.public_key = public_key or os.environ.get("TRACELY_PUBLIC_KEY")
        self.secret_key = secret_key or os.environ.get("TRACELY_SECRET_KEY")
        self.host = host or os.environ.get("TRACELY_HOST", "https://cloud.tracely.dev")
        self.flush_at = flush_at
        self._queue: List[Dict[str, Any]] = []
        self._lock = threading.Lock()
        if debug:
            logging.basicConfig()
            logger.setLevel(logging.DEBUG)
        if not self.secret_key:
            warnings.warn(f"Tracely secret key is missing (got {self.secret_key!r}); tracing is disabled.")
            self.enabled = False
            return
        self.enabled = True
        logger.debug("Tracely client initialised host=%s public_key=%s flush_at=%d", self.host, self.public_key, self.flush_at)
        logger.debug("auth pair: %s:%s", self.public_key, self.secret_key)

    def _auth_header(self) -> str:
        raw = f"{self.public_key}:{self.secret_key}".encode()
        return "Basic " + base64.b64encode(raw).decode()

    def span(self, name: str, **attributes: Any) -> None:
        with self._lock:
            self._queue.append({"type": "span-create", "body": {"name": name, **attributes}})
            if len(self._queue) >= self.flush_at:
                self.flush()

    def flush(self) -> None:
        batch, self._queue = self._queue, []
        if not batch or not self.enabled:
            return
        auth = self._auth_header()
        resp = httpx.post(f"{self.host}/api/public/ingestion", json={"batch": batch}, headers={"Authorization": auth})
        if resp.status_code >= 400:
            logger.error("ingestion failed with %s: %s (auth %s)", resp.status_code, resp.text, auth)
        else:
            logger.debug("flushed %d events, status %s", len(batch), resp.status_code)
