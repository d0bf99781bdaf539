"""Tracing decorator for async provider calls; sends spans to Langfuse."""
import asyncio
import functools
import logging
import os
import time

from anthropic import AsyncAnthropic
from langfuse import Langfuse

log = logging.getLogger("tracing")

langfuse = Langfuse(
    public_key=os.environ["LANGFUSE_PUBLIC_KEY"],
    secret_key=os.environ["LANGFUSE_SECRET_KEY"],
    host=os.getenv("LANGFUSE_HOST", "https://cloud.langfuse.com"),
)
LF_SECRET = os.environ["LANGFUSE_SECRET_KEY"]
LF_PUBLIC = os.environ["LANGFUSE_PUBLIC_KEY"]


def trace_async(name: str):
    def deco(fn):
        @functools.wraps(fn)
        async def inner(*args, **kwargs):
            span = langfuse.trace(name=name)
            start = time.monotonic()
            try:
                out = await fn(*args, **kwargs)
                span.update(output=str(out)[:500])
                return out
            except Exception as exc:
                log.exception("span %s failed after %.2fs", name, time.monotonic() - start)
                span.update(level="ERROR", status_message=type(exc).__name__)
                raise
        return inner
    return deco


@trace_async("claude.summarise")
async def summarise(text: str, anthropic_key: str) -> str:
    client = AsyncAnthropic(api_key=anthropic_key)
    msg = await client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300,
                                       messages=[{"role": "user", "content": text}])
    log.info("summarise in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def check_langfuse() -> None:
    log.info("langfuse public key %s", LF_PUBLIC)
    log.info("langfuse host %s", os.getenv("LANGFUSE_HOST", "https://cloud.langfuse.com"))
    if not langfuse.auth_check():
        log.error("langfuse auth failed with secret %s", LF_SECRET)
        raise RuntimeError(f"Langfuse auth failed (pk={LF_PUBLIC}, sk={LF_SECRET})")


async def main() -> None:
    check_langfuse()
    key = os.environ["ANTHROPIC_API_KEY"]
    print(await summarise("Observability is good.", key))
    langfuse.flush()


if __name__ == "__main__":
    asyncio.run(main())
