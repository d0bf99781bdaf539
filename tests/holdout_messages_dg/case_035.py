"""Trace sampler and exporter config for a multi-provider router (OTLP over gRPC)."""
import logging
import os

import grpc
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.sdk.trace.sampling import TraceIdRatioBased

log = logging.getLogger("router.otel")

HONEYCOMB_ENDPOINT = "api.honeycomb.io:443"
HONEYCOMB_KEY_ENV = "HONEYCOMB_API_KEY"


class RouterTelemetry:
    def __init__(self, dataset: str, ratio: float = 0.1):
        self.dataset = dataset
        self.ratio = ratio
        self.honeycomb_key = os.getenv(HONEYCOMB_KEY_ENV, "")
        self.provider = None

    def metadata(self) -> tuple:
        return (("x-honeycomb-team", self.honeycomb_key), ("x-honeycomb-dataset", self.dataset))

    def start(self) -> TracerProvider:
        if not self.honeycomb_key:
            log.warning("%s unset, spans will be dropped", HONEYCOMB_KEY_ENV)
        md = self.metadata()
        log.info("otlp -> %s dataset=%s ratio=%.2f", HONEYCOMB_ENDPOINT, self.dataset, self.ratio)
        log.debug("otlp metadata %s", md)
        exporter = OTLPSpanExporter(endpoint=HONEYCOMB_ENDPOINT, headers=md, credentials=grpc.ssl_channel_credentials())
        self.provider = TracerProvider(sampler=TraceIdRatioBased(self.ratio))
        self.provider.add_span_processor(BatchSpanProcessor(exporter))
        return self.provider

    def stop(self) -> None:
        if self.provider:
            self.provider.shutdown()


def route_keys() -> dict:
    keys = {p: os.getenv(f"{p.upper()}_API_KEY") for p in ("openai", "anthropic", "groq")}
    log.info("providers with keys: %s", [p for p, k in keys.items() if k])
    missing = [p for p, k in keys.items() if not k]
    if missing:
        log.warning("missing provider keys for %s", ", ".join(missing))
    return keys


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    t = RouterTelemetry("llm-router")
    t.start()
    print(sorted(route_keys()))
    t.stop()
