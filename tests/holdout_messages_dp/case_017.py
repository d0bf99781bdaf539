"""OpenTelemetry span processor that copies request metadata onto spans."""
import logging
import os
from typing import Optional

from opentelemetry.context import Context
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

otel_log = logging.getLogger("otel.setup")

BLOCKED_ATTRS = {"http.request.header.authorization", "llm.api_key", "gen_ai.request.api_key"}


class ScrubbingProcessor(SpanProcessor):
    def on_start(self, span: Span, parent_context: Optional[Context] = None) -> None:
        span.set_attribute("deployment.environment", os.getenv("APP_ENV", "dev"))

    def on_end(self, span: ReadableSpan) -> None:
        leaked = [name for name in (span.attributes or {}) if name in BLOCKED_ATTRS]
        if leaked:
            otel_log.warning("span %s carried blocked attributes: %s", span.name, leaked)


def otlp_headers() -> dict:
    return {"x-honeycomb-team": os.environ["HONEYCOMB_API_KEY"], "x-honeycomb-dataset": "llm"}


def setup_tracing(service: str) -> TracerProvider:
    headers = otlp_headers()
    exporter = OTLPSpanExporter(endpoint="https://api.honeycomb.io/v1/traces", headers=headers)
    provider = TracerProvider()
    provider.add_span_processor(ScrubbingProcessor())
    provider.add_span_processor(BatchSpanProcessor(exporter))
    otel_log.info("tracing %s to honeycomb, dataset %s", service, headers["x-honeycomb-dataset"])
    otel_log.debug("otlp headers: %s", headers)
    return provider


def check_exporter(provider: TracerProvider) -> None:
    team_key = os.environ.get("HONEYCOMB_API_KEY", "")
    if len(team_key) not in (22, 32, 64):
        raise ValueError(f"Honeycomb key has unexpected length {len(team_key)}")
    ok = provider.force_flush(timeout_millis=3000)
    if not ok:
        raise RuntimeError(f"flush to honeycomb failed using team key {team_key}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    p = setup_tracing("chat-api")
    check_exporter(p)
