"""Small FastAPI service: after a training run finishes, register and scan the model."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

app = FastAPI()
log = logging.getLogger("posttrain")
SERVICE_TOKEN_HEADER = "X-Service-Token"


class RunFinished(BaseModel):
    run_id: str
    model_name: str
    endpoint_url: str
    max_tokens: int = 512


def _client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/hooks/run-finished")
def run_finished(evt: RunFinished, x_service_token: str = Header(...)):
    if x_service_token != os.environ["POSTTRAIN_SERVICE_TOKEN"]:
        log.warning("bad %s header from run %s", SERVICE_TOKEN_HEADER, evt.run_id)
        raise HTTPException(401, detail=f"invalid service token {x_service_token}")
    log.info("run %s finished, model=%s max_tokens=%d", evt.run_id, evt.model_name, evt.max_tokens)
    client = _client()
    cfg = ProviderConfig.rest(api_key=os.environ["INFERENCE_GATEWAY_KEY"], endpoint=evt.endpoint_url)
    try:
        client.create_model(modelId=evt.model_name, provider="rest", displayName=evt.model_name,
                            providerConfig=cfg)
    except ConflictError:
        log.info("model %s already registered", evt.model_name)
    try:
        a = client.create_assessment(model=evt.model_name, test_types=["jailbreak", "pii"])
    except ModelRedError as e:
        log.exception("assessment for %s failed", evt.model_name)
        raise HTTPException(status_code=502, detail=str(e))
    return {"assessment_id": a["id"], "model": evt.model_name}


@app.get("/healthz")
def healthz():
    key = os.environ.get("MODELRED_API_KEY", "")
    return {"ok": True, "modelred_key_set": bool(key), "key_suffix": key[-4:]}
