"""Anthropic tool-use loop with a ModelRed pre-flight (generation 2 async client)."""
import asyncio
import logging
import os

import anthropic
from modelred import AsyncModelRed, ModelRedError, NotFoundError

log = logging.getLogger("assistant")
ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
MODEL = "claude-3-5-sonnet-latest"
MAX_TOKENS = 1024

TOOLS = [
    {
        "name": "scan_status",
        "description": "Latest ModelRed assessment status for a model",
        "input_schema": {"type": "object", "properties": {"model": {"type": "string"}}, "required": ["model"]},
    }
]


async def scan_status(model: str) -> str:
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            info = await mr.get_model(model)
        except NotFoundError:
            return f"{model} is not registered"
        except ModelRedError as e:
            log.error("get_model(%s) failed: %s", model, e)
            return "status unavailable"
    return f"{model}: last assessment {info.get('lastAssessmentStatus', 'none')}"


async def chat(prompt: str) -> str:
    client = anthropic.AsyncAnthropic(api_key=ANTHROPIC_KEY)
    messages = [{"role": "user", "content": prompt}]
    while True:
        try:
            resp = await client.messages.create(model=MODEL, max_tokens=MAX_TOKENS, tools=TOOLS, messages=messages)
        except anthropic.AuthenticationError as e:
            log.error("anthropic auth failed (%s) for key %s", e.status_code, ANTHROPIC_KEY)
            raise
        log.info("stop=%s in=%s out=%s", resp.stop_reason, resp.usage.input_tokens, resp.usage.output_tokens)
        if resp.stop_reason != "tool_use":
            return "".join(b.text for b in resp.content if b.type == "text")
        messages.append({"role": "assistant", "content": resp.content})
        results = []
        for block in resp.content:
            if block.type == "tool_use":
                out = await scan_status(**block.input)
                results.append({"type": "tool_result", "tool_use_id": block.id, "content": out})
        messages.append({"role": "user", "content": results})


if __name__ == "__main__":
    print(asyncio.run(chat("Is support-bot-v3 safe to ship?")))
