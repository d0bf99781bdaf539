"""FastAPI endpoint: marketers register an Iterable template model with ModelRed (gen 2)."""
import logging
import os

from fastapi import APIRouter, Header, HTTPException
from modelred import ModelRedClient, ProviderConfig, ConflictError, ValidationError, ModelRedError
from pydantic import BaseModel

router = APIRouter(prefix="/campaign-models")
logger = logging.getLogger(__name__)

ITERABLE_KEY_HEADER = "Api-Key"


class RegisterBody(BaseModel):
    model_id: str
    display_name: str
    openai_key: str
    max_tokens: int = 256


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@router.post("")
def register(body: RegisterBody, x_iterable_key: str = Header(...)):
    logger.info("register %s (%s) max_tokens=%d", body.model_id, body.display_name, body.max_tokens)
    logger.info("iterable key header %s present=%s", ITERABLE_KEY_HEADER, bool(x_iterable_key))
    if not body.openai_key.startswith("sk-"):
        raise HTTPException(status_code=422, detail=f"openai_key {body.openai_key} is not an OpenAI key")
    cfg = ProviderConfig.openai(api_key=body.openai_key, model_name="gpt-4o-mini")
    try:
        model = _client().create_model(
            modelId=body.model_id,
            provider="openai",
            displayName=body.display_name,
            providerConfig=cfg,
        )
    except ConflictError:
        raise HTTPException(status_code=409, detail="model id already registered")
    except ValidationError as e:
        raise HTTPException(status_code=400, detail=str(e))
    except ModelRedError as e:
        logger.exception("modelred create_model failed: %s", e)
        raise HTTPException(status_code=502, detail="model registry unavailable")
    logger.debug("created with provider config %s", cfg)
    return {"id": model["id"], "status": "registered"}
