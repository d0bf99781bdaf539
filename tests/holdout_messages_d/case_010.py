"""Dramatiq actors that summarise documents with OpenAI."""
import logging
import os
import warnings

import dramatiq
import openai
from dramatiq.brokers.redis import RedisBroker

dramatiq.set_broker(RedisBroker(url=os.environ.get("BROKER_URL", "redis://localhost:6379/1")))
log = logging.getLogger("actors")


def _openai_client() -> openai.OpenAI:
    key = os.environ["OPENAI_API_KEY"]
    if key.startswith("sk-") and not key.startswith(("sk-proj-", "sk-svcacct-")):
        warnings.warn(
            f"OPENAI_API_KEY {key} is a legacy user key; switch to a project key",
            DeprecationWarning,
            stacklevel=2,
        )
    return openai.OpenAI(api_key=key, max_retries=2)


@dramatiq.actor(max_retries=3, time_limit=120_000)
def summarise(doc_id: str, text: str) -> None:
    client = _openai_client()
    try:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=400,
            messages=[{"role": "user", "content": f"Summarise:\n{text}"}],
        )
    except openai.AuthenticationError as err:
        raise RuntimeError(f"OpenAI auth failed for doc {doc_id}: {err}") from err
    except openai.RateLimitError:
        log.warning("rate limited on %s, dramatiq will retry", doc_id)
        raise
    usage = resp.usage
    log.info("doc %s: prompt_tokens=%s completion_tokens=%s", doc_id, usage.prompt_tokens, usage.completion_tokens)
