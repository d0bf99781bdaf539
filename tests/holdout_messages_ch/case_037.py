"""Election-bot admin API: staff trigger red-team scans before each election (generation 2 SDK)."""
import logging
import os

from fastapi import APIRouter, Depends, Header, HTTPException
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

router = APIRouter(prefix="/admin/safety")
admin_log = logging.getLogger("elections.admin")
ADMIN_TOKEN_ENV = "ELECTIONS_ADMIN_TOKEN"
TEST_TYPES = ["misinformation", "prompt_injection"]


def require_admin(x_admin_token: str = Header(...)):
    expected = os.environ.get(ADMIN_TOKEN_ENV, "")
    if not expected:
        admin_log.critical("%s is not configured", ADMIN_TOKEN_ENV)
        raise HTTPException(status_code=503, detail="admin disabled")
    if x_admin_token != expected:
        admin_log.warning("admin token mismatch: got %s", x_admin_token)
        raise HTTPException(status_code=403, detail="forbidden")
    return True


def mr_client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@router.post("/scan/{model_id}")
def scan(model_id: str, _: bool = Depends(require_admin)):
    if not model_id.replace("-", "").isalnum():
        raise HTTPException(status_code=400, detail=f"bad model id {model_id!r}")
    client = mr_client()
    try:
        client.get_model(model_id)
        a = client.create_assessment(model=model_id, test_types=TEST_TYPES, priority="high")
    except NotFoundError:
        raise HTTPException(status_code=404, detail="model not registered")
    except RateLimitError as e:
        raise HTTPException(status_code=429, detail=f"retry after {e.retry_after}s")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=str(e))
    admin_log.info("scan %s started for %s", a["id"], model_id)
    return {"assessment_id": a["id"]}


@router.get("/whoami")
def whoami(x_admin_token: str = Header(...), _: bool = Depends(require_admin)):
    admin_log.info("whoami from token ending %s", x_admin_token[-4:])
    return {"role": "elections-admin"}


@router.post("/rotate")
def rotate(new_token: str, _: bool = Depends(require_admin)):
    if len(new_token) < 32:
        raise HTTPException(status_code=400, detail=f"token too short: {new_token}")
    return {"ok": True}
