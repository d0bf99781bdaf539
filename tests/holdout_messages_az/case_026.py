"""Creator studio API: creators plug in their own LLM key for fan Q&A and can red-team it."""
import logging
import os

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, APIError, Unauthorized, ValidationFailed

from .auth import current_creator
from .vault import save_creator_secret

router = APIRouter(prefix="/studio")
log = logging.getLogger("studio.llm")

ALLOWED_PREFIXES = ("sk-", "sk-ant-")
MR_KEY = os.environ["MODELRED_API_KEY"]


class KeyIn(BaseModel):
    provider: str
    api_key: str
    max_tokens: int = 512


@router.put("/llm-key")
def put_key(body: KeyIn, creator=Depends(current_creator)):
    if not body.api_key.startswith(ALLOWED_PREFIXES):
        raise HTTPException(status_code=422, detail=f"{body.api_key} is not an OpenAI or Anthropic key")
    save_creator_secret(creator.id, body.provider, body.api_key)
    log.info("creator %s set %s key, max_tokens=%d", creator.id, body.provider, body.max_tokens)
    return {"provider": body.provider, "last4": body.api_key[-4:]}


@router.post("/llm-key/redteam")
def redteam(creator=Depends(current_creator), x_request_id: str = Header(default="")):
    try:
        with ModelRed(MR_KEY, timeout=20.0, max_retries=2) as client:
            run = client.create_assessment(model_id=f"creator-{creator.id}", probe_pack_ids=["fan-qa-safety"])
    except Unauthorized as exc:
        log.error("studio modelred key rejected (req %s): %s", x_request_id, exc)
        raise HTTPException(status_code=503, detail="Safety scans are unavailable right now")
    except ValidationFailed as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    except APIError as exc:
        raise HTTPException(status_code=502, detail=f"scan failed ({type(exc).__name__})")
    return {"assessment": run.id}


@router.get("/debug/config")
def debug_config(creator=Depends(current_creator)):
    if not creator.is_staff:
        raise HTTPException(status_code=403)
    log.warning("staff %s viewed studio config, modelred key %s", creator.id, MR_KEY)
    return {"modelred_key_set": bool(MR_KEY), "prefixes": ALLOWED_PREFIXES}
