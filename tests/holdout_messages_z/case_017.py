"""acme_llm.telemetry.flush: batched usage events, flushed at interpreter exit."""
from __future__ import annotations

import atexit
import json
import logging
import os
import sys
import threading
import urllib.request

log = logging.getLogger("acme_llm.telemetry")

TELEMETRY_URL = "https://telemetry.acme-llm.com/v1/batch"
INGEST_TOKEN_ENV = "ACME_TELEMETRY_INGEST_TOKEN"
_INGEST_TOKEN = os.environ.get(INGEST_TOKEN_ENV, "")
_buffer: list[dict] = []
_lock = threading.Lock()


def record(event: str, **props: object) -> None:
    with _lock:
        _buffer.append({"event": event, "properties": props})


def _post(batch: list[dict]) -> int:
    req = urllib.request.Request(
        TELEMETRY_URL,
        data=json.dumps({"batch": batch}).encode(),
        headers={"Authorization": f"Bearer {_INGEST_TOKEN}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=3) as resp:
        return resp.status


def _flush() -> None:
    with _lock:
        batch, _buffer[:] = list(_buffer), []
    if not batch:
        return
    if not _INGEST_TOKEN:
        log.debug("telemetry disabled: %s not set; dropping %d events", INGEST_TOKEN_ENV, len(batch))
        return
    log.info("flushing %d events to %s", len(batch), TELEMETRY_URL)
    try:
        status = _post(batch)
    except OSError as exc:
        print(f"acme: telemetry flush failed ({exc}); ingest token {_INGEST_TOKEN}", file=sys.stderr)
        return
    if status != 200:
        print(f"acme: telemetry endpoint answered {status}", file=sys.stderr)


atexit.register(_flush)


def track_completion(model: str, prompt_tokens: int, completion_tokens: int) -> None:
    record("completion", model=model, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)
    log.debug("queued completion event for %s (%d+%d tokens)", model, prompt_tokens, completion_tokens)
