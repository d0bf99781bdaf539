"""Browser-extension backend: the extension posts page text, we summarise and red-team."""
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, APIError, RateLimited
import httpx
import logging

app = FastAPI()
log = logging.getLogger("ext-backend")

MODELRED_KEY = os.environ["MODELRED_API_KEY"]
EXTENSION_ID = os.environ.get("EXTENSION_ID", "abcdefghijklmnop")


class ScanRequest(BaseModel):
    model_id: str
    packs: list[str]


@app.post("/v1/scan")
async def scan(req: ScanRequest, x_extension_key: str = Header(...)):
    if x_extension_key != os.environ.get("EXTENSION_SHARED_KEY"):
        log.warning("bad extension key from extension: %s", x_extension_key)
        raise HTTPException(status_code=401, detail="invalid extension key")
    async with AsyncModelRed(MODELRED_KEY, max_retries=2) as client:
        try:
            job = await client.create_assessment(model_id=req.model_id, probe_pack_ids=req.packs)
        except RateLimited as e:
            log.info("rate limited, retry after %s", getattr(e, "retry_after", None))
            raise HTTPException(status_code=429, detail="busy, try again later")
        except APIError as e:
            return {"ok": False, "error": str(e)}
    return {"ok": True, "assessment": job.get("id")}


@app.get("/v1/health")
async def health():
    async with httpx.AsyncClient(timeout=5) as http:
        r = await http.get("https://api.modelred.ai/health", headers={"Authorization": f"Bearer {MODELRED_KEY}"})
    log.info("upstream health %s for extension %s", r.status_code, EXTENSION_ID)
    return {"upstream": r.status_code}


@app.get("/v1/debug/config")
async def debug_config():
    log.debug("key suffix ...%s", MODELRED_KEY[-4:])
    return {"extension": EXTENSION_ID, "key_configured": bool(MODELRED_KEY)}
