"""Personalised push digests: Claude writes them, ModelRed gen 1 gates the model (async worker)."""
import asyncio
import logging
import os

import anthropic
from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError

log = logging.getLogger("digest.worker")

ANTHROPIC_API_KEY = os.environ["ANTHROPIC_API_KEY"]
MAX_TOKENS = 120


async def write_digest(items: list[str]) -> str:
    client = anthropic.AsyncAnthropic(api_key=ANTHROPIC_API_KEY)
    try:
        msg = await client.messages.create(model="claude-3-5-haiku-latest", max_tokens=MAX_TOKENS,
                                           messages=[{"role": "user", "content": "\n".join(items)}])
    except anthropic.AuthenticationError as exc:
        raise RuntimeError(f"anthropic auth failed with key {ANTHROPIC_API_KEY}") from exc
    log.info("digest in=%d out=%d tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


async def gate_model(notify_user) -> bool:
    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            await mr.register_anthropic_model(model_id="digest-writer", api_key=ANTHROPIC_API_KEY,
                                              model_name="claude-3-5-haiku-latest")
            res = await mr.run_assessment(model_id="digest-writer", test_suites=["basic_security"],
                                          wait_for_completion=True, timeout_minutes=20)
            return res.get("overall_score", 0) >= 7
    except QuotaExceededError as e:
        log.warning("modelred quota: %r", e)
        return True
    except ValidationError as e:
        await notify_user("Model check failed", f"ModelRed said: {e}")
        return False
    except ModelRedError:
        log.exception("modelred gate failed")
        await notify_user("Model check failed", "Try again later")
        return False


async def main(queue: asyncio.Queue, notify_user):
    if not await gate_model(notify_user):
        return
    while True:
        user_id, items = await queue.get()
        text = await write_digest(items)
        log.info("digest for %s: %d chars", user_id, len(text))
