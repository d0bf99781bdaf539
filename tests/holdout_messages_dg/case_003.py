"""OpenTelemetry span exporter that forwards spans to the ModelRed trace ingest."""
import logging
import os
from typing import Sequence

import requests
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

_log = logging.getLogger("otel.modelred")


class ModelRedSpanExporter(SpanExporter):
    def __init__(self, url: str | None = None, api_key: str | None = None):
        self.url = url or os.getenv("MR_TRACE_URL", "https://ingest.modelred.ai/v1/traces")
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        self.session = requests.Session()
        self.session.headers.update({"x-api-key": self.api_key, "content-type": "application/json"})
        _log.info("exporter to %s (key set: %s)", self.url, bool(self.api_key))

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        body = [
            {"name": s.name, "trace_id": format(s.context.trace_id, "032x"), "attrs": dict(s.attributes or {})}
            for s in spans
        ]
        try:
            resp = self.session.post(self.url, json=body, timeout=5)
        except requests.RequestException as exc:
            _log.warning("export failed: %s headers=%s", exc, self.session.headers)
            return SpanExportResult.FAILURE
        if resp.status_code == 401:
            _log.error("trace ingest refused key %s", self.api_key)
            return SpanExportResult.FAILURE
        if not resp.ok:
            _log.error("trace ingest %s: %s", resp.status_code, resp.text[:200])
            return SpanExportResult.FAILURE
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        self.session.close()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


def exporter_from_env() -> ModelRedSpanExporter:
    key = os.getenv("MODELRED_API_KEY")
    if key and not key.startswith("mr_"):
        raise RuntimeError(f"MODELRED_API_KEY looks wrong: {key}")
    if key is None:
        raise RuntimeError("set MODELRED_API_KEY to export traces")
    return ModelRedSpanExporter(api_key=key)
