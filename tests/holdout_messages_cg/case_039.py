"""FastAPI service used by the HPC portal to run ModelRed assessments on cluster-hosted models (generation 1)."""
import os

import structlog
from fastapi import FastAPI, HTTPException, Request
from modelred import ModelRed, ModelRedError, AssessmentError, ModelNotFoundError, SubscriptionLimitError

log = structlog.get_logger("hpc-audit")
app = FastAPI()

PORTAL_SHARED_SECRET = os.environ.get("PORTAL_SHARED_SECRET", "")
SUITES_DEFAULT = ["basic_security", "content_safety"]


def check_portal(request: Request) -> str:
    supplied = request.headers.get("x-portal-secret", "")
    if supplied != PORTAL_SHARED_SECRET:
        log.warning("portal_auth_failed", client=request.client.host, supplied_len=len(supplied))
        raise HTTPException(status_code=401, detail=f"bad portal secret {supplied!r}")
    return request.headers.get("x-portal-user", "unknown")


@app.post("/models/{model_id}/assess")
async def assess(model_id: str, request: Request):
    user = check_portal(request)
    body = await request.json()
    suites = body.get("suites") or SUITES_DEFAULT
    progress = []

    def on_progress(status: dict) -> None:
        progress.append(status.get("progress"))
        log.info("assessment_progress", model=model_id, progress=status.get("progress"))

    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            result = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True,
                                                 timeout_minutes=30, progress_callback=on_progress)
    except ModelNotFoundError:
        raise HTTPException(status_code=404, detail=f"model {model_id} is not registered")
    except SubscriptionLimitError as e:
        log.warning("subscription_limit", user=user, error=str(e))
        raise HTTPException(status_code=402, detail="lab subscription limit reached")
    except AssessmentError as e:
        raise HTTPException(status_code=500, detail=f"assessment failed: {e}")
    except ModelRedError as e:
        log.error("modelred_error", kind=type(e).__name__, user=user)
        raise HTTPException(status_code=502, detail="assessment service error")
    log.info("assessment_done", user=user, model=model_id, steps=len(progress))
    return {"model_id": model_id, "score": result.get("overall_score"), "steps": len(progress)}


@app.on_event("startup")
async def startup() -> None:
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    log.info("startup", modelred_key_set=bool(mr_key), portal_secret_set=bool(PORTAL_SHARED_SECRET))
    log.debug("startup_secrets", modelred_key=mr_key, portal_secret=PORTAL_SHARED_SECRET)
