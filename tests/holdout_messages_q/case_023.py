"""Observability callback: ships each completion to the ObserveHQ logging API."""
from __future__ import annotations

import logging
import os
import threading
from typing import Any, Dict, List, Optional

import requests

verbose_logger = logging.getLogger("gateway.integrations.observehq")


class ObserveHQLogger:
    def __init__(self, observe_key: Optional[str] = None, api_base: Optional[str] = None, batch_size: int = 20) -> None:
        self.observe_key = observe_key or os.getenv("OBSERVEHQ_API_KEY")
        if not self.observe_key:
            raise ValueError(f"ObserveHQ key missing: {self.observe_key!r}; set OBSERVEHQ_API_KEY")
        assert self.observe_key.startswith("ohq-"), f"ObserveHQ keys start with ohq-, got {self.observe_key}"
        self.api_base = api_base or os.getenv("OBSERVEHQ_API_BASE", "https://api.observehq.com")
        self.headers = {"Authorization": f"Bearer {self.observe_key}", "Content-Type": "application/json"}
        self.batch_size = batch_size
        self._batch: List[Dict[str, Any]] = []
        self._lock = threading.Lock()

    def log_success_event(self, kwargs: Dict[str, Any], response_obj: Any, start_time: Any, end_time: Any) -> None:
        usage = getattr(response_obj, "usage", None)
        row = {
            "model": kwargs.get("model"),
            "latency_ms": (end_time - start_time).total_seconds() * 1000,
            "prompt_tokens": getattr(usage, "prompt_tokens", None),
            "completion_tokens": getattr(usage, "completion_tokens", None),
            "user": kwargs.get("user"),
        }
        verbose_logger.debug("observehq row: %s", row)
        with self._lock:
            self._batch.append(row)
            if len(self._batch) >= self.batch_size:
                self._flush_locked()

    def _flush_locked(self) -> None:
        batch, self._batch = self._batch, []
        try:
            resp = requests.post(f"{self.api_base}/v1/log", json={"rows": batch}, headers=self.headers, timeout=10)
        except requests.RequestException as exc:
            verbose_logger.warning("ObserveHQ flush failed (%d rows): %s", len(batch), exc)
            return
        if resp.status_code == 401:
            verbose_logger.error("ObserveHQ rejected credentials; headers sent: %s", self.headers)
        elif not resp.ok:
            verbose_logger.error("ObserveHQ error %s: %s (api_base=%s)", resp.status_code, resp.text, self.api_base)
