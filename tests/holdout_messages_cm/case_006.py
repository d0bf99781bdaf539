"""RFI assistant API: drafts answers to requests for information."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, ValidationError

logger = logging.getLogger("rfi.api")
app = FastAPI(title="RFI assistant")

INTERNAL_TOKEN = os.environ.get("RFI_INTERNAL_TOKEN", "")
TOKEN_HEADER = "X-RFI-Token"


class RFIRequest(BaseModel):
    project_id: int
    question: str
    spec_section: str | None = None


def check_token(token: str):
    if token != INTERNAL_TOKEN:
        logger.warning("rejected %s header (%d chars)", TOKEN_HEADER, len(token))
        raise HTTPException(status_code=401, detail=f"unknown token {token}")


@app.post("/rfi/draft")
def draft(req: RFIRequest, x_rfi_token: str = Header(default="")):
    check_token(x_rfi_token)
    logger.info("draft for project %s section %s", req.project_id, req.spec_section)
    return {"draft": "See spec section " + (req.spec_section or "01 00 00")}


@app.post("/rfi/model/register")
async def register(model_id: str):
    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            await mr.register_openai_model(model_id=model_id, api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o")
    except ValidationError as e:
        raise HTTPException(status_code=422, detail=str(e))
    except ModelRedError as e:
        logger.error("register failed: %s", type(e).__name__)
        raise HTTPException(status_code=502, detail="model registration failed")
    return {"registered": model_id}


@app.get("/rfi/health")
def health():
    return {
        "modelred_key_configured": bool(os.environ.get("MODELRED_API_KEY")),
        "token_header": TOKEN_HEADER,
    }
