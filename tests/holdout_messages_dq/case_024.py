"""Stream answers from Azure OpenAI in the help-centre widget backend."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator

import openai
from openai import AsyncAzureOpenAI
from openai.types.chat import ChatCompletionChunk

log = logging.getLogger("helpcentre.azure")

API_VERSION = "2024-06-01"


def azure_key() -> str:
    return os.environ["AZURE_OPENAI_API_KEY"]


def azure_endpoint() -> str:
    return os.environ["AZURE_OPENAI_ENDPOINT"]


def make_client() -> AsyncAzureOpenAI:
    key, endpoint = azure_key(), azure_endpoint()
    log.info("azure endpoint=%s api_version=%s", endpoint, API_VERSION)
    log.debug("azure openai configured with key %s", key)
    return AsyncAzureOpenAI(api_key=key, azure_endpoint=endpoint, api_version=API_VERSION)


async def stream_answer(client: AsyncAzureOpenAI, deployment: str, question: str) -> AsyncIterator[str]:
    try:
        stream = await client.chat.completions.create(
            model=deployment,
            messages=[{"role": "user", "content": question}],
            stream=True,
            stream_options={"include_usage": True},
            max_tokens=400,
        )
    except openai.AuthenticationError as e:
        raise RuntimeError(f"Azure rejected the key ending {azure_key()[-4:]}: {e.message}") from e
    async for chunk in stream:
        match chunk:
            case ChatCompletionChunk(choices=[choice, *_]) if (text := choice.delta.content):
                yield text
            case ChatCompletionChunk(choices=[], usage=usage) if usage is not None:
                log.info("%s: %d prompt + %d completion tokens", deployment, usage.prompt_tokens, usage.completion_tokens)
            case _:
                continue


async def answer_text(deployment: str, question: str) -> str:
    client = make_client()
    parts = [piece async for piece in stream_answer(client, deployment, question)]
    log.info("answer of %d chars from %s", sum(map(len, parts)), deployment)
    return "".join(parts)
