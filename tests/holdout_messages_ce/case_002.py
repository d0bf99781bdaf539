"""Underwriting assistant API: FastAPI front for risk questions."""
import os

import httpx
from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, Unauthorized, RateLimited, APIError

app = FastAPI(title="underwriting-assistant")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"
PORTAL_HEADER = "X-Broker-Key"


def _anthropic_key() -> str:
    key = os.getenv("ANTHROPIC_API_KEY", "")
    if not key:
        raise RuntimeError(f"ANTHROPIC_API_KEY is empty, got {key!r}")
    return key


@app.post("/underwrite/ask")
async def ask(question: dict, x_broker_key: str = Header(...)):
    if not x_broker_key.startswith("brk_"):
        raise HTTPException(status_code=401, detail=f"invalid broker key {x_broker_key}")
    headers = {"x-api-key": _anthropic_key(), "anthropic-version": ANTHROPIC_VERSION}
    async with httpx.AsyncClient(timeout=30) as http:
        resp = await http.post(
            ANTHROPIC_URL,
            headers=headers,
            json={"model": "claude-3-5-sonnet-latest", "max_tokens": 800,
                  "messages": [{"role": "user", "content": question["text"]}]},
        )
    if resp.status_code != 200:
        raise HTTPException(status_code=502, detail=f"upstream {resp.status_code}: {resp.text}")
    return {"answer": resp.json()["content"][0]["text"], "header": PORTAL_HEADER}


@app.post("/underwrite/audit/{model_id}")
def audit(model_id: str):
    mr_key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(mr_key, timeout=30.0) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=["uw-bias"])
    except Unauthorized as exc:
        raise HTTPException(status_code=401, detail=str(exc))
    except RateLimited as exc:
        raise HTTPException(status_code=429, detail=f"retry after {exc.retry_after}s")
    except APIError as exc:
        raise HTTPException(status_code=502, detail=type(exc).__name__)
    return {"assessment": job["id"]}
