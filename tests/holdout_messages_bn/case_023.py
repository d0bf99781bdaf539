"""Register the SageMaker-hosted SQL model with ModelRed (generation 1) and trigger a scan."""
import logging
import os

from fastapi import APIRouter, HTTPException
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, ModelNotFoundError, ValidationError

router = APIRouter(prefix="/safety")
logger = logging.getLogger("safety")

ENDPOINT_NAME = os.environ.get("SQL_MODEL_ENDPOINT", "sqlcoder-15b-prod")
REGION = os.environ.get("AWS_REGION", "us-east-1")


@router.post("/register")
async def register() -> dict:
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    logger.info("registering %s in %s with access key id %s", ENDPOINT_NAME, REGION, access_key_id)
    logger.debug("aws secret for registration: %s", secret_access_key)
    async with ModelRed() as client:
        await client.register_sagemaker_model(
            model_id="sqlcoder-prod", endpoint_name=ENDPOINT_NAME, region=REGION,
            aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key,
        )
    return {"model_id": "sqlcoder-prod"}


@router.post("/scan/{model_id}")
async def scan(model_id: str):
    if not model_id.replace("-", "").isalnum() or len(model_id) > 50:
        raise HTTPException(status_code=400, detail="invalid model id")
    try:
        async with ModelRed() as client:
            res = await client.run_assessment(model_id=model_id, test_suites=["basic_security", "sql_injection"], timeout_minutes=30)
    except ModelNotFoundError:
        raise HTTPException(status_code=404, detail=f"model {model_id} not registered")
    except ValidationError as exc:
        logger.warning("validation: %s", exc)
        raise HTTPException(status_code=422, detail="invalid scan request")
    except ModelRedError as exc:
        return JSONResponse({"ok": False, "reason": f"{exc}"}, status_code=502)
    return {"ok": True, "assessment": res.assessment_id}


@router.get("/key-check")
async def key_check():
    key = os.environ.get("MODELRED_API_KEY", "")
    async with ModelRed(api_key=key) as client:
        ok = await client.validate_api_key()
    logger.info("modelred key valid=%s (...%s)", ok, key[-4:])
    return {"valid": bool(ok)}
