"""OTLP/HTTP span exporter for our LLM gateway, posting to a vendor with an API key header."""
from __future__ import annotations

import json
import logging
import os
import sys

import requests

log = logging.getLogger("otel.exporter")


class ExportError(Exception):
    """Raised when the collector rejects a batch."""


class OtlpHttpExporter:
    def __init__(self, endpoint: str | None = None, api_key: str | None = None, timeout: float = 5.0) -> None:
        self.endpoint = endpoint or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4318")
        api_key = api_key or os.environ.get("HONEYCOMB_API_KEY", "")
        self.timeout = timeout
        self._headers = {"x-honeycomb-team": api_key, "content-type": "application/json"}
        self._session = requests.Session()
        self._session.headers.update(self._headers)

    def export(self, spans: list[dict]) -> None:
        body = {"resourceSpans": [{"scopeSpans": [{"spans": spans}]}]}
        resp = self._session.post(f"{self.endpoint}/v1/traces", data=json.dumps(body), timeout=self.timeout)
        if resp.status_code == 401:
            log.error("collector rejected credentials (%s)", resp.headers.get("x-request-id"))
            raise ExportError(f"401 from collector, headers sent: {self._headers}")
        if resp.status_code >= 400:
            raise ExportError(f"collector returned {resp.status_code}: {resp.text[:300]}")
        token_total = sum(s.get("attributes", {}).get("llm.usage.total_tokens", 0) for s in spans)
        log.debug("exported %d spans, %d llm tokens", len(spans), token_total)

    def shutdown(self) -> None:
        self._session.close()
        sys.stderr.write(f"exporter shut down ({self.endpoint})\n")


def _diagnose() -> None:
    exp = OtlpHttpExporter()
    print("endpoint:", exp.endpoint, file=sys.stderr)
    print("session headers:", dict(exp._session.headers), file=sys.stderr)


if __name__ == "__main__":
    _diagnose()
