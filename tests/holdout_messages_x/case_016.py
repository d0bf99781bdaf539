"""Quota probe: reads Anthropic rate-limit headers and exports Prometheus gauges."""

import logging
import os
import time

import httpx
from prometheus_client import Gauge, start_http_server

log = logging.getLogger("quota-probe")

REMAINING = Gauge("anthropic_tokens_remaining", "tokens left in the window", ["model"])
REQ_LEFT = Gauge("anthropic_requests_remaining", "requests left in the window", ["model"])


class QuotaProbe:
    def __init__(self, api_key: str, model: str = "claude-3-5-haiku-latest"):
        self.api_key = api_key
        self.model = model
        self.http = httpx.Client(base_url="https://api.anthropic.com", timeout=15,
                                 headers={"x-api-key": api_key, "anthropic-version": "2023-06-01"})

    def probe(self) -> dict:
        resp = self.http.post("/v1/messages", json={
            "model": self.model, "max_tokens": 1,
            "messages": [{"role": "user", "content": "."}],
        })
        h = resp.headers
        left = int(h.get("anthropic-ratelimit-tokens-remaining", 0))
        reqs = int(h.get("anthropic-ratelimit-requests-remaining", 0))
        REMAINING.labels(self.model).set(left)
        REQ_LEFT.labels(self.model).set(reqs)
        log.info("model=%s tokens_remaining=%s requests_remaining=%s", self.model, left, reqs)
        if resp.status_code == 401:
            log.error("probe unauthorized with key %s", self.api_key)
        elif resp.status_code >= 400:
            log.warning("probe %s: %s", resp.status_code, resp.json().get("error", {}).get("type"))
        return {"tokens": left, "requests": reqs}

    def client_headers(self) -> dict:
        return dict(self.http.headers)


def main():
    key = os.environ["ANTHROPIC_API_KEY"]
    probe = QuotaProbe(key)
    start_http_server(int(os.environ.get("METRICS_PORT", "9108")))
    if os.environ.get("PROBE_VERBOSE"):
        log.debug("probe client headers: %s", probe.client_headers())
    while True:
        try:
            state = probe.probe()
        except httpx.HTTPError as exc:
            log.warning("probe failed: %s", exc)
        else:
            if state["tokens"] < 10_000:
                log.warning("only %d tokens left this minute", state["tokens"])
        time.sleep(60)


if __name__ == "__main__":
    main()
