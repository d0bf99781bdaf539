"""Request/response audit trail for an LLM gateway, written as JSON lines."""
import json
import logging
import time
import uuid

import httpx

audit = logging.getLogger("gateway.audit")


def build_request(api_key: str, model: str, messages: list[dict]) -> tuple[dict, dict]:
    headers = {"Authorization": "Bearer " + api_key, "OpenAI-Beta": "assistants=v2"}
    payload = {"model": model, "messages": messages, "stream": False}
    return headers, payload


def call(api_key: str, model: str, messages: list[dict], idempotency_key: str | None = None) -> dict:
    headers, payload = build_request(api_key, model, messages)
    idempotency_key = idempotency_key or uuid.uuid4().hex
    headers["Idempotency-Key"] = idempotency_key
    audit.info(json.dumps({"event": "request", "model": model, "idempotency_key": idempotency_key, "n_messages": len(messages)}))
    audit.debug(json.dumps({"event": "request.raw", "headers": headers, "payload": payload}))
    started = time.monotonic()
    resp = httpx.post("https://api.openai.com/v1/chat/completions", headers=headers, json=payload, timeout=60)
    record = {
        "event": "response",
        "status": resp.status_code,
        "ms": round((time.monotonic() - started) * 1000),
        "usage": resp.json().get("usage") if resp.is_success else None,
        "request_id": resp.headers.get("x-request-id"),
    }
    audit.info(json.dumps(record))
    if resp.is_error:
        raise RuntimeError(json.dumps({"status": resp.status_code, "body": resp.text[:500]}))
    return resp.json()


def replay(entry: str, api_key: str) -> dict:
    data = json.loads(entry)
    if data.get("event") != "request.raw":
        raise ValueError(f"cannot replay event {data.get('event')!r}")
    data["headers"]["Authorization"] = f"Bearer {api_key}"
    audit.info("replaying %s", json.dumps(data["payload"]))
    return data
