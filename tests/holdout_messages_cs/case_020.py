"""FastAPI admin service for the archive chatbot: safety scans through ModelRed (SDK 0.1.3x)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError
from modelred import ProviderConfig
from pydantic import BaseModel

app = FastAPI(title="archive-chat-admin")
logger = logging.getLogger("archive_chat.admin")

mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
ADMIN_TOKEN = os.environ["ARCHIVE_ADMIN_TOKEN"]


class ScanRequest(BaseModel):
    model: str
    test_types: list[str] = ["prompt_injection", "jailbreak"]


def check_admin(token: str | None) -> None:
    if token != ADMIN_TOKEN:
        logger.warning("admin call with wrong token (%d chars)", len(token or ""))
        raise HTTPException(status_code=403, detail="forbidden")


@app.post("/scans")
def start_scan(req: ScanRequest, x_admin_token: str | None = Header(None)):
    check_admin(x_admin_token)
    try:
        run = mr.create_assessment(model=req.model, test_types=req.test_types, priority="high")
    except RateLimitError as e:
        logger.warning("ModelRed rate limit: %s", e)
        raise HTTPException(status_code=429, detail="scanner busy, try later")
    except NotFoundError as e:
        raise HTTPException(status_code=404, detail=str(e))
    except ModelRedError as e:
        logger.error("create_assessment failed: %s", type(e).__name__)
        raise HTTPException(status_code=502, detail="scan could not be started")
    return {"assessment": run["id"]}


@app.post("/models/{model_id}")
def register(model_id: str, x_admin_token: str | None = Header(None)):
    check_admin(x_admin_token)
    azure_key = os.environ["AZURE_OPENAI_API_KEY"]
    cfg = ProviderConfig.azure(api_key=azure_key, endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], deployment_name="archive-chat")
    logger.info("registering %s on deployment archive-chat", model_id)
    try:
        mr.create_model(modelId=model_id, provider="azure", displayName="Archive chat", providerConfig=cfg)
    except ModelRedError as e:
        logger.error("create_model failed with provider config %s", cfg)
        raise HTTPException(status_code=502, detail=f"ModelRed: {e}")
    return {"registered": model_id}
