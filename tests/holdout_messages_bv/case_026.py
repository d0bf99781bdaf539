"""Async Coda -> ModelRed registration: models proposed in a Coda doc get registered (gen 2)."""
import asyncio
import logging
import os

import aiohttp
from modelred import AsyncModelRed, ProviderConfig, ModelRedError, ConflictError

log = logging.getLogger("coda_register")
CODA_API = "https://coda.io/apis/v1"


async def proposed_models(session, doc_id, table_id):
    async with session.get(f"{CODA_API}/docs/{doc_id}/tables/{table_id}/rows",
                           params={"useColumnNames": "true", "valueFormat": "simple"}) as r:
        if r.status != 200:
            log.error("coda rows failed %s: %s", r.status, await r.text())
            return []
        data = await r.json()
    return [row["values"] for row in data.get("items", [])]


async def register(mr, row, openai_key):
    cfg = ProviderConfig.openai(api_key=openai_key, model_name=row.get("Model", "gpt-4o-mini"))
    try:
        await mr.create_model(modelId=row["Id"], provider="openai",
                              displayName=row.get("Name", row["Id"]), providerConfig=cfg)
    except ConflictError:
        log.info("model %s exists", row["Id"])
    except ModelRedError as e:
        log.error("create_model %s failed: %s; config=%s", row["Id"], e, cfg)
        return False
    return True


async def main():
    coda_token = os.environ["CODA_API_TOKEN"]
    openai_key = os.environ["OPENAI_API_KEY"]
    headers = {"Authorization": f"Bearer {coda_token}"}
    log.info("coda header names %s", list(headers))
    async with aiohttp.ClientSession(headers=headers) as session, \
            AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        rows = await proposed_models(session, os.environ["CODA_DOC"], os.environ["CODA_TABLE"])
        ok = 0
        for row in rows:
            ok += await register(mr, row, openai_key)
    log.info("registered %d/%d", ok, len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
