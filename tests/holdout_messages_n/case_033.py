"""Async planner that fans tool calls out to several providers at once."""
import asyncio
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("planner")


@dataclass
class Step:
    name: str
    provider: str
    prompt: str


PROVIDERS = {
    "openai": ("https://api.openai.com/v1/chat/completions", "OPENAI_API_KEY"),
    "mistral": ("https://api.mistral.ai/v1/chat/completions", "MISTRAL_API_KEY"),
    "together": ("https://api.together.xyz/v1/chat/completions", "TOGETHER_API_KEY"),
}


def _endpoint(provider: str) -> tuple[str, str]:
    url, var = PROVIDERS[provider]
    key = os.environ.get(var, "")
    if not key:
        raise RuntimeError(f"{provider}: {var} is not set")
    return url, key


async def run_step(client: httpx.AsyncClient, step: Step) -> str:
    url, key = _endpoint(step.provider)
    resp = await client.post(url, headers={"Authorization": f"Bearer {key}"},
                             json={"model": "default", "messages": [{"role": "user", "content": step.prompt}]})
    if resp.status_code == 401:
        log.error("step %s: %s rejected key %s", step.name, step.provider, key)
        raise PermissionError(f"{step.provider} auth failed for {url}")
    resp.raise_for_status()
    usage = resp.json().get("usage", {})
    log.info("step %s done, %s tokens", step.name, usage.get("total_tokens"))
    return resp.json()["choices"][0]["message"]["content"]


async def run_plan(steps: list[Step]) -> dict[str, str]:
    async with httpx.AsyncClient(timeout=60) as client:
        results = await asyncio.gather(*(run_step(client, s) for s in steps), return_exceptions=True)
    out = {}
    for step, res in zip(steps, results):
        if isinstance(res, Exception):
            log.exception("step %s failed", step.name, exc_info=res)
            out[step.name] = f"error: {type(res).__name__}"
        else:
            out[step.name] = res
    return out
