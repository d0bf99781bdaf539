"""arq worker: translate product descriptions with Mistral."""
import logging
import os

import httpx
from arq import Retry, cron
from arq.connections import RedisSettings

log = logging.getLogger("arq.translate")
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


async def startup(ctx):
    ctx["mistral_key"] = os.environ["MISTRAL_API_KEY"]
    ctx["mistral_model"] = os.environ.get("MISTRAL_MODEL", "mistral-small-latest")
    ctx["http"] = httpx.AsyncClient(timeout=30)
    log.info("worker up, model %s", ctx["mistral_model"])


async def shutdown(ctx):
    await ctx["http"].aclose()


async def translate(ctx, sku: str, text: str, target: str = "de") -> str:
    key = ctx["mistral_key"]
    body = {
        "model": ctx["mistral_model"],
        "messages": [{"role": "user", "content": f"Translate to {target}:\n{text}"}],
        "max_tokens": 800,
    }
    resp = await ctx["http"].post(MISTRAL_URL, json=body, headers={"Authorization": f"Bearer {key}"})
    if resp.status_code == 429:
        log.warning("429 on %s try %d", sku, ctx["job_try"])
        raise Retry(defer=ctx["job_try"] * 10)
    if resp.status_code == 401:
        raise RuntimeError(f"Mistral rejected key {key} (HTTP {resp.status_code})")
    resp.raise_for_status()
    out = resp.json()
    log.info("%s translated, job %s, %s tokens", sku, ctx["job_id"], out["usage"]["total_tokens"])
    return out["choices"][0]["message"]["content"]


async def check_key(ctx):
    log.debug("cron check_key using %s", ctx["mistral_key"])
    resp = await ctx["http"].get("https://api.mistral.ai/v1/models",
                                 headers={"Authorization": f"Bearer {ctx['mistral_key']}"})
    log.info("key check: HTTP %s", resp.status_code)


class WorkerSettings:
    functions = [translate]
    cron_jobs = [cron(check_key, minute=0)]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(os.environ.get("REDIS_DSN", "redis://localhost:6379"))
    max_jobs = 8
    job_timeout = 120
