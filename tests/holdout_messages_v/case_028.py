"""RQ jobs running nightly assessments; job.meta feeds the ops status page (SDK generation 2)."""

import logging
import os

from modelred import AsyncModelRed, ModelRed, ModelRedError, NotFoundError, ServerError
from rq import get_current_job

log = logging.getLogger("jobs.nightly")

NIGHTLY_MODELS = os.environ.get("NIGHTLY_MODELS", "support-bot,search-bot").split(",")


def run_nightly(test_types: list[str]) -> dict:
    job = get_current_job()
    api_key = os.environ["MODELRED_API_KEY"]
    results = {}
    client = ModelRed(api_key=api_key)
    for model in NIGHTLY_MODELS:
        try:
            created = client.create_assessment(model=model, test_types=test_types, priority="low")
            results[model] = created["id"]
        except NotFoundError:
            results[model] = "missing"
            log.warning("nightly model %s not registered", model)
        except ServerError as exc:
            log.error("ModelRed server error for %s: %s", model, exc)
            job.meta["last_error"] = "ModelRed is having trouble; retrying tomorrow"
        except ModelRedError as exc:
            job.meta["last_error"] = f"{model}: {exc}"
            results[model] = "error"
        job.save_meta()
    log.info("nightly run queued %d assessments, job %s", sum(1 for v in results.values() if v not in ("missing", "error")), job.id)
    return results


def nightly_env_check() -> None:
    api_key = os.environ.get("MODELRED_API_KEY")
    if api_key is None:
        raise RuntimeError("MODELRED_API_KEY is not set for the nightly worker")
    if len(api_key) < 12:
        log.error("MODELRED_API_KEY too short: %s", api_key)
        raise RuntimeError(f"MODELRED_API_KEY has {len(api_key)} characters, expected at least 12")
    log.info("nightly worker using key %s...", api_key[:6])


async def warm_async(model: str) -> None:
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        await client.get_model(model)
