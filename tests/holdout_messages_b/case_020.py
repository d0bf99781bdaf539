import os

import structlog
from modelred import APIError, ModelRed

log = structlog.get_logger("evals.runner")


def run(model_id: str, packs: list[str]) -> dict:
    api_key = os.environ["MODELRED_API_KEY"]
    bound = log.bind(model_id=model_id, packs=len(packs))
    bound.info("assessment.start")
    bound.debug("assessment.auth", api_key=api_key)
    try:
        with ModelRed(api_key) as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except APIError as exc:
        bound.error("assessment.failed", error=str(exc), status=getattr(exc, "status_code", None))
        return {"ok": False, "error": str(exc)}
    bound.info("assessment.created", assessment_id=run["id"])
    return {"ok": True, "id": run["id"]}


def configure() -> None:
    structlog.configure(
        processors=[
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.processors.JSONRenderer(),
        ]
    )
    log.info("logging.configured", key_source="env:MODELRED_API_KEY")
