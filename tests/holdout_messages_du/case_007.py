"""Temporal workflow that runs a ModelRed assessment and waits for it."""
import os
from datetime import timedelta

from temporalio import activity, workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ApplicationError

with workflow.unsafe.imports_passed_through():
    from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized


def _api_key() -> str:
    return os.environ["MODELRED_API_KEY"]


@activity.defn
async def start_assessment(model_id: str, packs: list[str]) -> str:
    info = activity.info()
    activity.logger.info("attempt %d for %s", info.attempt, model_id)
    api_key = _api_key()
    try:
        with ModelRed(api_key, timeout=15.0) as client:
            created = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
    except Unauthorized:
        activity.logger.error("ModelRed key %s unauthorized (attempt %d)", api_key, info.attempt)
        raise ApplicationError("ModelRed credentials rejected", non_retryable=True)
    except RateLimited as exc:
        raise ApplicationError("rate limited", next_retry_delay=timedelta(seconds=exc.retry_after or 30))
    except NotFound as exc:
        raise ApplicationError(f"model {model_id} not found: {exc}", non_retryable=True)
    except APIError as exc:
        activity.logger.warning("ModelRed error %s", type(exc).__name__)
        raise
    return created["id"]


@activity.defn
async def fetch_status(assessment_id: str) -> str:
    with ModelRed(_api_key()) as client:
        return client.get_assessment(assessment_id)["status"]


@workflow.defn
class AssessmentWorkflow:
    @workflow.run
    async def run(self, model_id: str, packs: list[str]) -> str:
        assessment_id = await workflow.execute_activity(
            start_assessment, args=[model_id, packs], start_to_close_timeout=timedelta(minutes=2),
            retry_policy=RetryPolicy(maximum_attempts=5),
        )
        workflow.logger.info("assessment %s started for %s", assessment_id, model_id)
        while True:
            status = await workflow.execute_activity(
                fetch_status, assessment_id, start_to_close_timeout=timedelta(seconds=30)
            )
            if status in ("COMPLETED", "FAILED", "CANCELLED"):
                return status
            await workflow.sleep(timedelta(minutes=1))
