"""Minimal console span exporter used in local dev; prints spans and their attributes."""
import json
import os
import sys
from typing import Sequence

from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

SENSITIVE_ATTRS = {"llm.api_key", "http.request.header.authorization", "gen_ai.request.api_key"}


class PrettyConsoleExporter(SpanExporter):
    def __init__(self, show_all: bool = False):
        self.show_all = show_all

    def _attrs(self, span: ReadableSpan) -> dict:
        attrs = dict(span.attributes or {})
        if self.show_all:
            return attrs
        return {k: v for k, v in attrs.items() if k not in SENSITIVE_ATTRS}

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        for s in spans:
            dur = (s.end_time - s.start_time) / 1e6
            print(f"{s.name:30s} {dur:8.1f}ms {json.dumps(self._attrs(s), default=str)}")
            usage = (s.attributes or {}).get("gen_ai.usage.total_tokens")
            if usage:
                print(f"    tokens: {usage}")
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        sys.stdout.flush()


def dev_exporter() -> PrettyConsoleExporter:
    show = os.getenv("OTEL_SHOW_ALL_ATTRS") == "1"
    return PrettyConsoleExporter(show_all=show)


def annotate(span, provider: str, api_key: str) -> None:
    span.set_attribute("gen_ai.system", provider)
    span.set_attribute("gen_ai.request.key_hint", api_key[-4:])
    print(f"annotated span for {provider} (key hint {api_key[-4:]})", file=sys.stderr)
    print(f"annotated span for {provider} with {api_key}", file=sys.stderr)


def require_key(provider: str, api_key: str | None) -> str:
    if api_key is None or len(api_key) < 20:
        raise ValueError(f"{provider} key too short or missing: {api_key}")
    return api_key
