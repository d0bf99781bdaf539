"""@task.sensor waiting for a ModelRed assessment (0.1.3x), then reading the result."""
import logging
import os
from datetime import datetime, timedelta

from airflow.decorators import dag, task
from airflow.exceptions import AirflowException
from airflow.sensors.base import PokeReturnValue
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

log = logging.getLogger(__name__)


def _client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@dag(start_date=datetime(2024, 7, 1), schedule=None, catchup=False, params={"assessment_id": ""})
def wait_for_redteam():
    @task.sensor(poke_interval=120, timeout=int(timedelta(hours=4).total_seconds()), mode="reschedule")
    def assessment_finished(params=None) -> PokeReturnValue:
        assessment_id = params["assessment_id"]
        try:
            a = _client().get_assessment(assessment_id)
        except RateLimitError as e:
            log.warning("rate limited polling %s: %s", assessment_id, e)
            return PokeReturnValue(is_done=False)
        except NotFoundError as e:
            raise AirflowException(f"assessment {assessment_id} not found ({type(e).__name__})") from e
        except ModelRedError as e:
            raise AirflowException(f"polling {assessment_id} failed: {e}") from e
        log.info("assessment %s status %s", assessment_id, a.get("status"))
        return PokeReturnValue(is_done=a.get("status") == "COMPLETED", xcom_value=a.get("id"))

    @task
    def report(assessment_id: str) -> None:
        key = os.environ["MODELRED_API_KEY"]
        log.info("fetching report for %s with key %s", assessment_id, key)
        log.info("MODELRED_API_KEY present: %s", "MODELRED_API_KEY" in os.environ)
        a = _client().get_assessment(assessment_id)
        log.info("score %s, max_tokens per probe %s", a.get("overall_score"), a.get("max_tokens"))

    report(assessment_finished())


wait_for_redteam()
