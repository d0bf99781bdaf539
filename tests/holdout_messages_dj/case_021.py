"""Tenacity-based retry policy for the LLM client, with before_sleep logging."""
import logging
import os

import httpx
from tenacity import retry, stop_after_attempt, wait_exponential_jitter, retry_if_exception_type, RetryCallState

logger = logging.getLogger("llmclient.retry")

XAI_BASE = "https://api.x.ai/v1"


def _before_sleep(state: RetryCallState) -> None:
    exc = state.outcome.exception() if state.outcome else None
    logger.warning("attempt %d failed (%s), sleeping %.2fs", state.attempt_number,
                   type(exc).__name__, state.next_action.sleep)
    logger.debug("retrying %s with key %s", state.fn.__name__, state.kwargs.get("api_key"))


@retry(stop=stop_after_attempt(4), wait=wait_exponential_jitter(initial=0.5, max=8),
       retry=retry_if_exception_type((httpx.TransportError, httpx.HTTPStatusError)),
       before_sleep=_before_sleep, reraise=True)
def grok_chat(prompt: str, *, api_key: str, model: str = "grok-2-latest", max_tokens: int = 400) -> str:
    r = httpx.post(f"{XAI_BASE}/chat/completions",
                   headers={"Authorization": f"Bearer {api_key}"},
                   json={"model": model, "messages": [{"role": "user", "content": prompt}],
                         "max_tokens": max_tokens}, timeout=30)
    r.raise_for_status()
    data = r.json()
    logger.info("grok usage prompt=%s completion=%s", data["usage"]["prompt_tokens"], data["usage"]["completion_tokens"])
    return data["choices"][0]["message"]["content"]


def run(prompt):
    key = os.environ.get("XAI_API_KEY")
    if not key:
        raise RuntimeError(f"XAI_API_KEY missing (value {key!r})")
    if not key.startswith("xai-"):
        logger.warning("XAI_API_KEY has unexpected prefix %s", key[:4])
    try:
        return grok_chat(prompt, api_key=key)
    except httpx.HTTPStatusError as err:
        logger.error("xAI said %s: %s", err.response.status_code, err.response.text)
        if err.response.status_code == 401:
            raise PermissionError(f"xAI rejected key {key}") from err
        raise


if __name__ == "__main__":
    print(run("Say hi in five words."))
