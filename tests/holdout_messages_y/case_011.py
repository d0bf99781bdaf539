"""Dramatiq actors that summarise long support threads with a tenant's Anthropic key."""
import dramatiq
import httpx
from loguru import logger

from app.keys import anthropic_key_for
from app.store import save_summary

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
MAX_TOKENS = 600


@dramatiq.actor(max_retries=4, min_backoff=5_000, time_limit=120_000)
def summarise_thread(tenant_id: str, thread_id: str, text: str) -> None:
    key = anthropic_key_for(tenant_id)
    tlog = logger.bind(tenant=tenant_id, thread=thread_id)
    tlog.info("summarising {} chars with max_tokens={}", len(text), MAX_TOKENS)
    headers = {"x-api-key": key, "anthropic-version": "2023-06-01"}
    try:
        resp = httpx.post(
            ANTHROPIC_URL,
            headers=headers,
            json={
                "model": "claude-3-5-haiku-latest",
                "max_tokens": MAX_TOKENS,
                "messages": [{"role": "user", "content": f"Summarise:\n{text}"}],
            },
            timeout=60,
        )
    except httpx.TransportError as exc:
        tlog.warning(f"transport error {exc!r}, retrying with key {key}")
        raise
    if resp.status_code == 401:
        tlog.error("anthropic refused the key (status {}): {}", resp.status_code, resp.text[:200])
        return
    resp.raise_for_status()
    body = resp.json()
    usage = body.get("usage", {})
    tlog.info("tokens in={} out={}", usage.get("input_tokens"), usage.get("output_tokens"))
    save_summary(tenant_id, thread_id, body["content"][0]["text"])


@dramatiq.actor(max_retries=0)
def check_key(tenant_id: str) -> None:
    key = anthropic_key_for(tenant_id)
    if not key:
        logger.warning("tenant {} has no Anthropic key configured ({!r})", tenant_id, key)
        return
    logger.bind(tenant=tenant_id).debug("key fingerprint {}", hash(key) & 0xFFFF)
