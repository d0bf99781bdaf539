"""Bug-bounty report drafting service (FastAPI) with gen-1 ModelRed pre-release scans."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, TierRestrictedError
from openai import AsyncOpenAI

app = FastAPI(title="bb-drafter")
access_log = logging.getLogger("bb.access")
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    access_log.error("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": str(exc)})


@app.exception_handler(TierRestrictedError)
async def tier_restricted(request: Request, exc: TierRestrictedError):
    return JSONResponse(status_code=402, content={"error": "upgrade required"})


@app.post("/draft")
async def draft(request: Request):
    body = await request.json()
    bearer = request.headers.get("authorization", "")
    if not bearer.startswith("Bearer "):
        access_log.warning("rejected authorization header %s from %s", bearer, request.client.host)
        return JSONResponse(status_code=401, content={"error": "missing bearer"})
    out = await llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=1800,
        messages=[{"role": "user", "content": f"Draft a HackerOne report: {body.get('notes', '')}"}],
    )
    access_log.info("draft for %s: %d tokens", request.client.host, out.usage.total_tokens)
    return {"draft": out.choices[0].message.content}


@app.post("/scan/{model_id}")
async def scan(model_id: str):
    async with ModelRed() as client:
        res = await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
    return {"assessment": res}


@app.on_event("startup")
async def startup():
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        raise RuntimeError(f"MODELRED_API_KEY is malformed: {key}")
    access_log.info("startup ok, key ...%s", key[-4:])
