"""Request/response debug logging via httpx event hooks, with header redaction."""
import logging
import os

import httpx

http_log = logging.getLogger("acme.http")

SENSITIVE_HEADERS = {"authorization", "api-key", "x-api-key", "cookie"}


def redact_headers(headers) -> dict:
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def log_request(request: httpx.Request) -> None:
    http_log.debug(">> %s %s", request.method, request.url)
    http_log.debug(">> headers %s", redact_headers(request.headers))


def log_response(response: httpx.Response) -> None:
    response.read()
    http_log.debug("<< %s %s", response.status_code, response.url)
    http_log.debug("<< headers %s", dict(response.headers))
    http_log.debug("<< request-id %s", response.headers.get("x-request-id"))
    if response.status_code >= 400:
        http_log.warning("<< body %s", response.text[:2000])


def make_client(api_key: str | None = None) -> httpx.Client:
    api_key = api_key or os.environ["ANTHROPIC_API_KEY"]
    default_headers = {"x-api-key": api_key, "anthropic-version": "2023-06-01"}
    http_log.info("anthropic client headers: %s", default_headers)
    http_log.info("anthropic client headers: %s", redact_headers(default_headers))
    http_log.info("anthropic-version %s", default_headers["anthropic-version"])
    return httpx.Client(
        base_url="https://api.anthropic.com",
        headers=default_headers,
        event_hooks={"request": [log_request], "response": [log_response]},
    )


def send(client: httpx.Client, payload: dict) -> dict:
    resp = client.post("/v1/messages", json=payload)
    if resp.is_error:
        raise RuntimeError(f"anthropic error {resp.status_code}: {resp.text}")
    data = resp.json()
    http_log.debug("usage input_tokens=%s output_tokens=%s", data["usage"]["input_tokens"], data["usage"]["output_tokens"])
    return data
