"""Strawberry subscription streaming Claude output token by token."""
import logging
import warnings
from typing import AsyncGenerator

import strawberry
from anthropic import AsyncAnthropic
from dotenv import dotenv_values

logger = logging.getLogger(__name__)

env = dotenv_values(".env")
MODEL = env.get("CLAUDE_MODEL", "claude-3-5-haiku-latest")


def anthropic_client() -> AsyncAnthropic:
    api_key = env["ANTHROPIC_API_KEY"]
    if not api_key.startswith("sk-ant-api03-"):
        warnings.warn(f"ANTHROPIC_API_KEY {api_key} is not an api03 key")
    return AsyncAnthropic(api_key=api_key)


@strawberry.type
class Query:
    @strawberry.field
    def model(self) -> str:
        return MODEL


@strawberry.type
class Subscription:
    @strawberry.subscription
    async def chat(self, prompt: str, max_tokens: int = 400) -> AsyncGenerator[str, None]:
        client = anthropic_client()
        logger.debug("stream opened with %s", env["ANTHROPIC_API_KEY"])
        logger.debug("stream opened, model=%s max_tokens=%d", MODEL, max_tokens)
        async with client.messages.stream(
            model=MODEL,
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            async for token in stream.text_stream:
                logger.debug("streamed token %r", token)
                yield token
            final = await stream.get_final_message()
        logger.info("output_tokens=%d", final.usage.output_tokens)


schema = strawberry.Schema(query=Query, subscription=Subscription)
