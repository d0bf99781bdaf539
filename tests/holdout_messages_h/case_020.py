"""FastAPI gateway in front of ModelRed: checks the caller's X-API-Key."""
import hmac
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException
from modelred import AsyncModelRed, APIError, NotFound

app = FastAPI()
logger = logging.getLogger("gateway")
INTERNAL_KEY = os.environ["GATEWAY_INTERNAL_KEY"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]


def require_key(x_api_key: str = Header(default="")) -> str:
    if not x_api_key:
        raise HTTPException(status_code=401, detail="missing X-API-Key")
    if not hmac.compare_digest(x_api_key, INTERNAL_KEY):
        logger.warning("bad key presented (prefix %s)", x_api_key[:4])
        raise HTTPException(status_code=403, detail=f"invalid API key {x_api_key}")
    return x_api_key


@app.get("/assessments/{assessment_id}")
async def get_assessment(assessment_id: str, _key: str = Depends(require_key)):
    async with AsyncModelRed(MODELRED_KEY) as client:
        try:
            return await client.get_assessment(assessment_id)
        except NotFound:
            raise HTTPException(status_code=404, detail="assessment not found")
        except APIError as e:
            logger.error("modelred error on %s: %s", assessment_id, e)
            raise HTTPException(status_code=502, detail=str(e))


@app.get("/health")
async def health():
    return {"ok": True, "key_configured": bool(MODELRED_KEY), "key_hint": MODELRED_KEY[-4:]}
