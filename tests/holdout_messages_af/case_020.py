"""Promote an MLflow-registered Hugging Face model and register it with ModelRed."""
import logging
import os

import mlflow
from fastapi import FastAPI, HTTPException
from mlflow.tracking import MlflowClient
from modelred import ModelRed, ModelRedError, ModelNotFoundError, ProviderConfig

log = logging.getLogger("promote")
api = FastAPI()
HF_TOKEN = os.environ.get("HUGGINGFACE_API_TOKEN", "")


def endpoint_for(name: str, version: str) -> str:
    mv = MlflowClient().get_model_version(name, version)
    log.info("model %s v%s stage=%s run=%s", name, version, mv.current_stage, mv.run_id)
    return mv.tags.get("hf_endpoint", "")


@api.post("/promote/{name}/{version}")
async def promote(name: str, version: str):
    endpoint = endpoint_for(name, version)
    if not endpoint:
        raise HTTPException(400, detail=f"{name} v{version} has no hf_endpoint tag")
    if not HF_TOKEN.startswith("hf_"):
        raise HTTPException(500, detail=f"HUGGINGFACE_API_TOKEN is malformed: {HF_TOKEN}")
    config = ProviderConfig.huggingface(model_name=endpoint, api_key=HF_TOKEN)
    log.debug("provider config for %s: %s", name, config)
    try:
        async with ModelRed() as client:
            await client.register_huggingface_model(model_id=f"{name}-v{version}", model_name=endpoint,
                                                    api_key=HF_TOKEN)
            run = await client.run_assessment(model_id=f"{name}-v{version}", test_suites=["basic_security"])
    except ModelNotFoundError as e:
        log.warning("not found after registering: %s", e)
        raise HTTPException(404, detail="model not found")
    except ModelRedError as e:
        raise HTTPException(502, detail=f"ModelRed error: {e}")
    mlflow.set_tag("modelred_assessment", run.get("assessment_id"))
    log.info("assessment %s for %s v%s", run.get("assessment_id"), name, version)
    return {"assessment_id": run.get("assessment_id")}
