"""Dagster op scanning candidate models on ModelRed 0.1.40 with retries on transient errors."""
import os

import dagster as dg
from modelred import APIError, Forbidden, ModelRed, RateLimited, ServerError

RETRYABLE = (RateLimited, ServerError)


class ModelRedResource(dg.ConfigurableResource):
    api_key: str
    timeout: float = 20.0

    def client(self) -> ModelRed:
        return ModelRed(self.api_key, timeout=self.timeout, max_retries=0)


@dg.op(retry_policy=dg.RetryPolicy(max_retries=3, delay=30, backoff=dg.Backoff.EXPONENTIAL))
def scan_candidate(context: dg.OpExecutionContext, modelred: ModelRedResource) -> str:
    model_id = context.op_config.get("model_id", "candidate-latest") if context.op_config else "candidate-latest"
    context.log.info(f"scanning {model_id}, timeout {modelred.timeout}")
    context.log.info(f"ModelRed key configured: {bool(modelred.api_key)}")
    try:
        with modelred.client() as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=["pp_core"], priority="high")
    except RETRYABLE as err:
        context.log.warning(f"transient ModelRed error: {err}")
        raise dg.RetryRequested(max_retries=3, seconds_to_wait=60) from err
    except Forbidden as err:
        context.log.error(f"key lacks permission, key was {modelred.api_key}")
        raise dg.Failure(description=f"forbidden ({type(err).__name__})") from err
    except APIError as err:
        raise dg.Failure(description=str(err)) from err
    return job["id"]


@dg.job(resource_defs={"modelred": ModelRedResource(api_key=dg.EnvVar("MODELRED_API_KEY"))})
def candidate_scan_job():
    scan_candidate()


if __name__ == "__main__":
    result = candidate_scan_job.execute_in_process(run_config={"ops": {"scan_candidate": {"config": {"model_id": os.environ.get("MODEL", "candidate-latest")}}}})
    print(result.success)
