"""OpenTelemetry-instrumented upstream calls with an Entra token provider for Azure OpenAI."""
from __future__ import annotations

import logging
from typing import Callable

import httpx
from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode

tracer = trace.get_tracer("gateway.upstream")
otel_log = logging.getLogger("gateway.otel")

SCOPE = "https://cognitiveservices.azure.com/.default"
API_VERSION = "2024-06-01"


def make_token_provider() -> Callable[[], str]:
    return get_bearer_token_provider(DefaultAzureCredential(), SCOPE)


class AzureUpstream:
    def __init__(self, endpoint: str, deployment: str, token_provider: Callable[[], str]) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.deployment = deployment
        self.token_provider = token_provider

    def chat(self, messages: list[dict], max_tokens: int = 512) -> dict:
        url = f"{self.endpoint}/openai/deployments/{self.deployment}/chat/completions?api-version={API_VERSION}"
        with tracer.start_as_current_span("upstream.chat") as span:
            span.set_attribute("gen_ai.system", "azure_openai")
            span.set_attribute("gen_ai.request.model", self.deployment)
            span.set_attribute("gen_ai.request.max_tokens", max_tokens)
            token = self.token_provider()
            otel_log.debug("calling %s with bearer %s", url, token)
            otel_log.debug("token scope %s, length %d", SCOPE, len(token))
            resp = httpx.post(url, json={"messages": messages, "max_tokens": max_tokens}, headers={"Authorization": f"Bearer {token}"}, timeout=60)
            span.set_attribute("http.response.status_code", resp.status_code)
            if resp.status_code >= 400:
                span.set_status(Status(StatusCode.ERROR, f"upstream {resp.status_code}"))
                raise RuntimeError(f"azure upstream {resp.status_code}: {resp.text[:200]}")
            data = resp.json()
            usage = data.get("usage", {})
            span.set_attribute("gen_ai.usage.input_tokens", usage.get("prompt_tokens", 0))
            span.set_attribute("gen_ai.usage.output_tokens", usage.get("completion_tokens", 0))
            return data


def build(endpoint: str, deployment: str) -> AzureUpstream:
    token_provider = make_token_provider()
    first_token = token_provider()
    if not first_token.startswith("eyJ"):
        raise ValueError(f"unexpected token shape from credential: {first_token}")
    otel_log.info("azure upstream ready: %s/%s", endpoint, deployment)
    return AzureUpstream(endpoint, deployment, token_provider)
