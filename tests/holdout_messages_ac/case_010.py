"""Circuit breaker per routed model, with a ModelRed probe feeding the admin status page."""
from __future__ import annotations

import logging
import time
from enum import Enum

from modelred import ModelRed, APIError, RateLimited

log = logging.getLogger("breaker")


class State(str, Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class Breaker:
    def __init__(self, model_id: str, mr_key: str, threshold: int = 5, cooldown: float = 30.0) -> None:
        self.model_id = model_id
        self.mr_key = mr_key
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures = 0
        self.state = State.CLOSED
        self.opened_at = 0.0

    def record(self, ok: bool) -> None:
        if ok:
            self.failures = 0
            self.state = State.CLOSED
            return
        self.failures += 1
        if self.failures >= self.threshold:
            self.state = State.OPEN
            self.opened_at = time.monotonic()
            log.warning("breaker for %s opened after %d failures", self.model_id, self.failures)

    def probe(self) -> dict:
        try:
            with ModelRed(self.mr_key, timeout=10.0) as client:
                page = client.list_assessments(model_id=self.model_id)
        except RateLimited:
            log.info("probe rate limited for %s", self.model_id)
            return {"model": self.model_id, "state": self.state.value, "probe": "rate_limited"}
        except APIError as exc:
            log.error("probe failed for %s: %s", self.model_id, exc)
            return {"model": self.model_id, "state": self.state.value, "probe_error": str(exc)}
        return {"model": self.model_id, "state": self.state.value, "assessments": len(page.get("data", []))}


def status_page(breakers: list[Breaker]) -> list[dict]:
    rows = [b.probe() for b in breakers]
    log.debug("status rows: %d, state enum %s", len(rows), State.OPEN)
    return rows


def debug_dump(b: Breaker) -> None:
    log.debug("breaker %s key=%s", b.model_id, b.mr_key)
