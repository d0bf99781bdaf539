"""FastAPI service that runs ModelRed assessments on behalf of tenants (generation 3 SDK)."""
import logging
import os

from fastapi import FastAPI, HTTPException
from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized

log = logging.getLogger("assess.api")
app = FastAPI()

MODELRED_API_KEY = os.environ["MODELRED_API_KEY"]
KEY_ENV_NAME = "MODELRED_API_KEY"


def _client() -> ModelRed:
    if not MODELRED_API_KEY:
        raise RuntimeError(f"{KEY_ENV_NAME} is not set")
    log.info("modelred client ready (key length %d)", len(MODELRED_API_KEY))
    return ModelRed(MODELRED_API_KEY, timeout=30.0)


@app.post("/assessments/{model_id}")
def start(model_id: str, packs: list[str]):
    try:
        with _client() as client:
            created = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except Unauthorized as exc:
        log.error("modelred rejected our key: %s", exc)
        raise HTTPException(status_code=502, detail="Upstream authentication failed")
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc))
    except RateLimited as exc:
        log.warning("rate limited by modelred: %r", exc)
        raise HTTPException(status_code=429, detail="Try again later")
    except APIError as exc:
        log.exception("modelred failure")
        raise HTTPException(status_code=502, detail=f"ModelRed error: {exc}")
    log.info("assessment %s created for %s", created["id"], model_id)
    return {"id": created["id"]}


@app.get("/health")
def health():
    configured = bool(MODELRED_API_KEY)
    if not configured:
        log.warning("%s missing, health degraded", KEY_ENV_NAME)
    return {"modelred_key_configured": configured}


@app.get("/debug/config")
def debug_config():
    log.debug("serving debug config")
    return {"key_env": KEY_ENV_NAME, "key_prefix": MODELRED_API_KEY[:3]}
