"""Streaming chat endpoint; logs usage per tenant."""
import logging

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import StreamingResponse
from openai import AsyncOpenAI

app = FastAPI()
log = logging.getLogger("chat")
TENANTS = {}  # tenant id -> {"openai_key": ..., "name": ..., "token_quota": ...}


def tenant(x_tenant_key: str = Header(...)):
    t = TENANTS.get(x_tenant_key)
    if t is None:
        log.warning("unknown tenant key %s", x_tenant_key)
        raise HTTPException(status_code=401, detail="unknown tenant")
    return t


@app.post("/chat")
async def chat(body: dict, t=Depends(tenant)):
    client = AsyncOpenAI(api_key=t["openai_key"])
    log.info("tenant %s, quota %d tokens", t["name"], t["token_quota"])

    async def gen():
        stream = await client.chat.completions.create(
            model=body.get("model", "gpt-4o-mini"), messages=body["messages"], stream=True,
            stream_options={"include_usage": True})
        async for chunk in stream:
            if chunk.usage:
                log.info("tenant %s used %d tokens", t["name"], chunk.usage.total_tokens)
                continue
            token = chunk.choices[0].delta.content or ""
            log.debug("token: %r", token)
            yield token
    return StreamingResponse(gen(), media_type="text/plain")


@app.get("/admin/tenants")
def list_tenants():
    log.info("tenants: %s", [t["name"] for t in TENANTS.values()])
    log.debug("tenant table: %s", TENANTS)
    return {"count": len(TENANTS)}
