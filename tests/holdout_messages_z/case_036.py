"""acme_proxy.logging_setup: access log, structlog events and loguru sinks of the proxy."""
from __future__ import annotations

import hashlib
import logging
import os
import time

import structlog
from loguru import logger as lg

access = logging.getLogger("acme_proxy.access")
slog = structlog.get_logger("acme_proxy")

UPSTREAM = os.environ.get("ACME_UPSTREAM", "https://api.openai.com/v1")
UPSTREAM_KEY = os.environ.get("OPENAI_API_KEY", "")


def key_id(virtual_key: str) -> str:
    return hashlib.sha256(virtual_key.encode()).hexdigest()[:10]


def upstream_headers(virtual_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {UPSTREAM_KEY}", "X-Acme-Virtual-Key-Id": key_id(virtual_key)}


def log_request(method: str, path: str, client_ip: str, virtual_key: str, status: int, started: float) -> None:
    ms = (time.perf_counter() - started) * 1000
    access.info('%s "%s %s" %d %.1fms vk=%s', client_ip, method, path, status, ms, virtual_key)
    access.info('%s "%s %s" %d %.1fms vk_id=%s', client_ip, method, path, status, ms, key_id(virtual_key))


def forward(model: str, virtual_key: str, prompt_tokens: int) -> dict[str, str]:
    headers = upstream_headers(virtual_key)
    slog.info("upstream call", model=model, upstream=UPSTREAM, prompt_tokens=prompt_tokens)
    slog.debug("upstream call headers", headers=headers)
    return headers


def on_upstream_error(status: int, body: str, model: str) -> None:
    lg.warning("upstream {} answered {} for {}: {}", UPSTREAM, status, model, body[:300])
    if status == 401:
        lg.error("upstream rejected our key {}", UPSTREAM_KEY)


def startup() -> None:
    lg.info("proxy starting; upstream={} key configured={}", UPSTREAM, bool(UPSTREAM_KEY))
    structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    access.info("access log ready (%s)", access.name)
