"""Hospital revenue-cycle dashboard backend: denial explanations, Redis-cached per-tenant LLM keys."""
import json
import logging
import os

import redis
from fastapi import FastAPI, HTTPException

log = logging.getLogger("rcm.denials")
app = FastAPI()
cache = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))

TENANT_KEY_PREFIX = "tenant:llmkey:"
CACHE_KEY_FMT = "denial:{tenant}:{claim}"


def tenant_llm_key(tenant: str) -> str:
    raw = cache.get(TENANT_KEY_PREFIX + tenant)
    if raw is None:
        raise HTTPException(status_code=404, detail=f"no LLM key configured for tenant {tenant}")
    return raw.decode()


@app.get("/tenants/{tenant}/claims/{claim}/denial-explanation")
def explain(tenant: str, claim: str):
    cache_key = CACHE_KEY_FMT.format(tenant=tenant, claim=claim)
    hit = cache.get(cache_key)
    if hit:
        log.info("cache hit %s", cache_key)
        return json.loads(hit)
    api_key = tenant_llm_key(tenant)
    from openai import OpenAI, AuthenticationError
    try:
        resp = OpenAI(api_key=api_key).chat.completions.create(model="gpt-4o-mini", max_tokens=300,
            messages=[{"role": "user", "content": f"Explain CARC denial for claim {claim} in plain English."}])
    except AuthenticationError:
        log.error("tenant %s LLM key invalid: %s", tenant, api_key)
        raise HTTPException(status_code=502, detail=f"tenant {tenant} LLM key was rejected by the provider")
    result = {"claim": claim, "explanation": resp.choices[0].message.content, "tokens": resp.usage.total_tokens}
    cache.setex(cache_key, 3600, json.dumps(result))
    return result


@app.put("/tenants/{tenant}/llm-key")
def set_key(tenant: str, body: dict):
    key = body.get("api_key", "")
    if not key.startswith(("sk-", "sk-proj-")):
        raise HTTPException(status_code=422, detail=f"not an OpenAI key: {key}")
    cache.set(TENANT_KEY_PREFIX + tenant, key)
    log.info("tenant %s llm key set (%s...%s)", tenant, key[:3], key[-4:])
    return {"ok": True}
