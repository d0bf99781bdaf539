"""Async batch inference worker pulling prompts from a queue, one provider key per batch."""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

import httpx

log = logging.getLogger("batch.worker")


async def _call(client: httpx.AsyncClient, prompt: str, **opts: Any) -> str:
    r = await client.post("/v1/chat/completions", json={"model": opts["model"], "messages": [{"role": "user", "content": prompt}],
                                                         "max_tokens": opts.get("max_tokens", 128)})
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


async def run_batch(batch: dict, concurrency: int = 8) -> list[str | None]:
    key = batch.get("api_key") or os.environ["OPENAI_API_KEY"]
    opts = {"model": batch["model"], "max_tokens": batch.get("max_tokens", 128), "api_key": key}
    log.info("batch %s: %d prompts, model=%s, max_tokens=%s", batch["id"], len(batch["prompts"]), opts["model"], opts["max_tokens"])
    sem = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url="https://api.openai.com", headers={"Authorization": f"Bearer {key}"}) as client:
        async def one(p: str) -> str | None:
            async with sem:
                try:
                    return await _call(client, p, **opts)
                except httpx.HTTPStatusError as exc:
                    log.warning("batch %s prompt failed: %s", batch["id"], exc.response.status_code)
                    return None
        results = await asyncio.gather(*(one(p) for p in batch["prompts"]))
    failed = sum(r is None for r in results)
    if failed == len(results):
        log.error("batch %s failed entirely with options %s", batch["id"], opts)
    return list(results)


async def main(queue: asyncio.Queue) -> None:
    while True:
        batch = await queue.get()
        try:
            await run_batch(batch)
        except KeyError as exc:
            log.error("malformed batch %s: missing %s", batch.get("id"), exc)
        except Exception:
            log.exception("batch %s crashed (payload keys: %s)", batch.get("id"), list(batch))
            log.debug("crashed batch used key %s", batch.get("api_key") or "<env>")
        finally:
            queue.task_done()
