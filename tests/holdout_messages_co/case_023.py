"""Async context manager for a ModelRed (generation 2) session used by the worker."""
from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from modelred import AsyncModelRedClient, ModelRedError, NotFoundError, RateLimitError

log = logging.getLogger("worker.modelred")

MAX_TOKENS = 2048
TOKEN_HEADER = "X-ModelRed-Key"


@asynccontextmanager
async def session(api_key: str | None = None) -> AsyncIterator[AsyncModelRedClient]:
    key = api_key or os.environ["MODELRED_API_KEY"]
    log.debug("session start, header %s, max_tokens=%d", TOKEN_HEADER, MAX_TOKENS)
    client = AsyncModelRedClient(api_key=key)
    try:
        yield client
    except RateLimitError as exc:
        log.warning("rate limited: %s", exc)
        raise
    finally:
        await client.close()


async def wait_for(assessment_id: str) -> dict:
    async with session() as mr:
        try:
            return await mr.wait_for_completion(assessment_id, timeout_minutes=30)
        except NotFoundError as exc:
            raise LookupError(f"assessment {assessment_id} vanished: {exc}") from exc
        except ModelRedError as exc:
            log.error("wait_for_completion(%s) failed: %s", assessment_id, type(exc).__name__)
            raise RuntimeError("assessment polling failed") from None


async def start(model: str, tests: list[str], api_key: str) -> str:
    if not api_key:
        raise ValueError(f"api_key must be set, got {api_key!r}")
    async with session(api_key) as mr:
        res = await mr.create_assessment(model=model, test_types=tests, priority="normal")
    log.info("started %s with key %s", res["id"], api_key)
    return res["id"]


async def probes() -> list[str]:
    async with session() as mr:
        return [p["name"] for p in await mr.list_probes()]
