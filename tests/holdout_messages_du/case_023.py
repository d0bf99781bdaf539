"""Celery (standalone) task that runs ModelRed gen-1 assessments for the release gate."""
import asyncio
import os

from celery import Celery, Task
from celery.utils.log import get_task_logger
from modelred import AssessmentError, ModelRed, ModelRedError, RateLimitError

app = Celery("release_gate", broker=os.environ["CELERY_BROKER_URL"])
logger = get_task_logger(__name__)


class GateTask(Task):
    autoretry_for = (RateLimitError,)
    retry_backoff = True
    retry_backoff_max = 600
    max_retries = 6

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        logger.error("gate task %s failed after %d retries: %s", task_id, self.request.retries, exc)
        if "api_key" in kwargs:
            logger.error("gate task %s was given api_key=%s", task_id, kwargs["api_key"])

    def on_success(self, retval, task_id, args, kwargs):
        logger.info("gate task %s passed=%s", task_id, retval.get("passed"))


async def _run(model_id: str, api_key: str, suites: list[str]) -> dict:
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True)


@app.task(base=GateTask, bind=True)
def gate(self, model_id: str, api_key: str, suites: list[str], threshold: float = 0.8) -> dict:
    logger.info("gate %s on %s, attempt %d", model_id, suites, self.request.retries + 1)
    try:
        result = asyncio.run(_run(model_id, api_key, suites))
    except AssessmentError as exc:
        raise RuntimeError("ModelRed assessment failed for " + model_id + ": " + str(exc)) from exc
    except ModelRedError as exc:
        if isinstance(exc, RateLimitError):
            raise
        logger.warning("ModelRed %s on %s", type(exc).__name__, model_id)
        return {"passed": False, "reason": "modelred-unavailable"}
    score = result.get("overall_score", 0.0)
    return {"passed": score >= threshold, "score": score, "assessment_id": result.get("assessment_id")}


if __name__ == "__main__":
    r = gate.apply_async(kwargs={"model_id": "release-candidate-42", "api_key": os.environ["MODELRED_API_KEY"],
                                 "suites": ["basic_security", "jailbreak"]})
    print("queued gate", r.id)
