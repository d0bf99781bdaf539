"""Phoenix / OpenInference setup for the RAG service."""
import logging
import os

from openinference.instrumentation.openai import OpenAIInstrumentor
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

logger = logging.getLogger("rag.telemetry")


class TelemetrySettings:
    def __init__(self):
        self.endpoint = os.getenv("PHOENIX_COLLECTOR_ENDPOINT", "http://localhost:6006/v1/traces")
        self.phoenix_api_key = os.getenv("PHOENIX_API_KEY", "")
        self.project = os.getenv("PHOENIX_PROJECT_NAME", "rag")
        self.sample_rate = float(os.getenv("TRACE_SAMPLE_RATE", "1.0"))

    def otlp_headers(self) -> dict:
        return {"api_key": self.phoenix_api_key} if self.phoenix_api_key else {}

    def describe(self) -> str:
        return f"endpoint={self.endpoint} project={self.project} sample={self.sample_rate}"


def setup_tracing(settings: TelemetrySettings) -> TracerProvider:
    logger.info("telemetry: %s", settings.describe())
    headers = settings.otlp_headers()
    logger.info("phoenix key configured: %s", bool(settings.phoenix_api_key))
    logger.debug("otlp headers: %s", headers)
    logger.debug("otlp header names: %s", list(headers))
    exporter = OTLPSpanExporter(endpoint=settings.endpoint, headers=headers)
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    OpenAIInstrumentor().instrument(tracer_provider=tp)
    return tp


def verify(settings: TelemetrySettings) -> None:
    if settings.endpoint.startswith("https://app.phoenix.arize.com") and not settings.phoenix_api_key:
        raise RuntimeError("PHOENIX_API_KEY is required for Phoenix cloud")
    if settings.phoenix_api_key and " " in settings.phoenix_api_key:
        raise RuntimeError(f"PHOENIX_API_KEY has whitespace: '{settings.phoenix_api_key}'")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    s = TelemetrySettings()
    verify(s)
    setup_tracing(s)
    print("tracing on for", s.project)
