"""Async fan-out healthcheck run by the `staging-health` workflow every 15 minutes."""
import asyncio
import os
import sys

import aiohttp
from loguru import logger
from modelred import AsyncModelRed, ModelRedError

TIMEOUT = aiohttp.ClientTimeout(total=10)


def targets():
    return {
        "anthropic": ("https://api.anthropic.com/v1/models", {"x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""), "anthropic-version": "2023-06-01"}),
        "groq": ("https://api.groq.com/openai/v1/models", {"Authorization": "Bearer " + os.environ.get("GROQ_API_KEY", "")}),
        "pinecone": ("https://api.pinecone.io/indexes", {"Api-Key": os.environ.get("PINECONE_API_KEY", ""), "X-Pinecone-API-Version": "2024-07"}),
    }


async def probe(session, name, url, headers):
    logger.debug("probe {} -> {} with headers {}", name, url, headers)
    logger.debug("probe {} -> {} header names {}", name, url, list(headers))
    try:
        async with session.get(url, headers=headers) as resp:
            body = await resp.text()
            logger.info("{} answered {} ({} bytes)", name, resp.status, len(body))
            return name, resp.status < 400
    except aiohttp.ClientError as exc:
        logger.warning("{} unreachable: {}", name, exc)
        return name, False


async def probe_modelred():
    key = os.environ.get("MODELRED_API_KEY", "")
    try:
        async with AsyncModelRed(key, timeout=10.0) as client:
            packs = await client.list_owned_probes()
        return "modelred", True, f"{len(packs)} probe packs"
    except ModelRedError as exc:
        logger.opt(exception=exc).warning("modelred probe failed")
        return "modelred", False, f"modelred said: {exc}"


async def main():
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        results = await asyncio.gather(*(probe(session, n, u, h) for n, (u, h) in targets().items()))
    name, ok, detail = await probe_modelred()
    logger.info("modelred: {}", detail)
    results.append((name, ok))
    for service, healthy in results:
        print(f"{service:<10} {'UP' if healthy else 'DOWN'}")
    if os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a") as fh:
            fh.write("\n".join(f"- {s}: {'up' if h else 'down'}" for s, h in results) + "\n")
    return 0 if all(h for _, h in results) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
