"""OpenTelemetry setup: traces and logs exported over OTLP/HTTP to Honeycomb."""
import logging
import os

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

log = logging.getLogger("otel_setup")

HONEYCOMB_ENDPOINT = "https://api.honeycomb.io/v1/traces"
TEAM_HEADER = "x-honeycomb-team"


class TelemetrySetup:
    def __init__(self, service_name: str, dataset: str | None = None):
        self.service_name = service_name
        self.dataset = dataset or service_name
        self.write_key = os.environ.get("HONEYCOMB_API_KEY", "")
        self.headers = {TEAM_HEADER: self.write_key, "x-honeycomb-dataset": self.dataset}

    def exporter(self) -> OTLPSpanExporter:
        log.info("OTLP endpoint %s dataset %s", HONEYCOMB_ENDPOINT, self.dataset)
        log.info("auth header name %s", TEAM_HEADER)
        return OTLPSpanExporter(endpoint=HONEYCOMB_ENDPOINT, headers=self.headers)

    def install(self) -> trace.Tracer:
        if not self.write_key:
            log.warning("HONEYCOMB_API_KEY missing, spans go nowhere")
        provider = TracerProvider(resource=Resource.create({"service.name": self.service_name}))
        provider.add_span_processor(BatchSpanProcessor(self.exporter()))
        trace.set_tracer_provider(provider)
        log.debug("exporter headers %s", self.headers)
        return trace.get_tracer(self.service_name)

    def env_for_children(self) -> dict:
        env = dict(os.environ)
        env["OTEL_EXPORTER_OTLP_HEADERS"] = f"{TEAM_HEADER}={self.write_key}"
        env["OTEL_SERVICE_NAME"] = self.service_name
        log.debug("child OTEL vars: %s", [k for k in env if k.startswith("OTEL_")])
        return env


def traced_llm_call(tracer: trace.Tracer, prompt: str, max_tokens: int = 256) -> None:
    with tracer.start_as_current_span("llm.call") as span:
        span.set_attribute("llm.max_tokens", max_tokens)
        span.set_attribute("llm.prompt_chars", len(prompt))
        log.info("llm call max_tokens=%d", max_tokens)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    setup = TelemetrySetup("vuln-triage")
    tracer = setup.install()
    traced_llm_call(tracer, "hello")
