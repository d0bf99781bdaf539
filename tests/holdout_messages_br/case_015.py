"""Async FastAPI service for the internal knowledge assistant; keys in HashiCorp Vault."""
import logging

import hvac
from fastapi import FastAPI, HTTPException, Header
from openai import AsyncOpenAI
from modelred import AsyncModelRed, APIError, LimitExceeded

app = FastAPI(title="kb-assistant")
logger = logging.getLogger("kb")
vault = hvac.Client(url="https://vault.corp.example:8200")


def read_secret(path, field):
    data = vault.secrets.kv.v2.read_secret_version(path=path)["data"]["data"]
    return data[field]


OPENAI_KEY = read_secret("llm/openai", "api_key")
MR_KEY = read_secret("llm/modelred", "api_key")
oai = AsyncOpenAI(api_key=OPENAI_KEY)


@app.post("/ask")
async def ask(payload: dict, x_service_key: str = Header(...)):
    if x_service_key != read_secret("kb/service", "key"):
        logger.warning("bad x-service-key %s", x_service_key)
        raise HTTPException(status_code=403, detail="forbidden")
    resp = await oai.chat.completions.create(model="gpt-4o", messages=payload["messages"], max_tokens=600)
    logger.info("completion tokens %d", resp.usage.completion_tokens)
    return {"answer": resp.choices[0].message.content}


@app.post("/redteam/{model_id}")
async def redteam(model_id: str):
    try:
        async with AsyncModelRed(MR_KEY, timeout=20.0) as mr:
            a = await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["jailbreak-core"])
    except LimitExceeded:
        raise HTTPException(status_code=429, detail="assessment limit reached")
    except APIError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed: {e}")
    return {"assessment_id": a["id"]}


@app.on_event("startup")
async def startup():
    logger.info("vault addr %s, authenticated=%s", vault.url, vault.is_authenticated())
    if not MR_KEY.startswith("mr_"):
        raise RuntimeError(f"vault llm/modelred api_key is malformed: {MR_KEY}")
