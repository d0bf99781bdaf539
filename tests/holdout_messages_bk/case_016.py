"""Prefect flow that red-teams every model a pipeline uses (ModelRed generation 1, async)."""
import asyncio

from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError
from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret
from prefect.states import Failed

SUITES = ["basic_security", "prompt_injection"]


@task(retries=1)
async def assess(model_id: str, api_key: str) -> dict:
    logger = get_run_logger()
    async with ModelRed(api_key=api_key) as client:
        try:
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES,
                                                 priority="high", wait_for_completion=True,
                                                 timeout_minutes=30)
        except QuotaExceededError as e:
            logger.warning("quota exceeded for %s: %s", model_id, e)
            return {"model_id": model_id, "status": "skipped", "reason": "quota"}
        except ValidationError as e:
            return {"model_id": model_id, "status": "invalid", "reason": str(e)}
    logger.info("assessment for %s finished: %s", model_id, result.get("status"))
    return {"model_id": model_id, "status": "done", "score": result.get("overall_score")}


@flow(name="pipeline-redteam")
async def pipeline_redteam(model_ids: list[str]):
    logger = get_run_logger()
    api_key = (await Secret.load("modelred-api-key")).get()
    logger.info("modelred key block loaded, %d characters", len(api_key))
    async with ModelRed(api_key=api_key) as client:
        try:
            await client.validate_api_key()
        except ModelRedError as e:
            logger.error("key validation failed (%s) for key %s", type(e).__name__, api_key)
            return Failed(message=f"ModelRed key validation failed: {e}")
    results = await asyncio.gather(*(assess(m, api_key) for m in model_ids))
    bad = [r["model_id"] for r in results if r["status"] != "done"]
    if bad:
        logger.warning("not assessed: %s", ", ".join(bad))
    return results


if __name__ == "__main__":
    asyncio.run(pipeline_redteam(["etl-summariser", "etl-classifier", "etl-translator"]))
