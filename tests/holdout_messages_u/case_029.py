"""Airflow DAG: after the weekly fine-tune, register the model with ModelRed (0.1.3x) and
start an assessment. Keys come from Airflow connections."""
from __future__ import annotations

import logging

import pendulum
from airflow.decorators import dag, task
from airflow.exceptions import AirflowException
from airflow.hooks.base import BaseHook
from modelred import ModelRedClient, ProviderConfig
from modelred import ModelRedError, RateLimitError, ConflictError

log = logging.getLogger(__name__)


@dag(schedule="@weekly", start_date=pendulum.datetime(2024, 1, 1), catchup=False)
def modelred_after_finetune():
    @task
    def register(model_version: str = "ft-support-v12") -> str:
        mr = BaseHook.get_connection("modelred")
        oai = BaseHook.get_connection("openai_ft")
        provider_key = oai.password
        log.info("registering %s (org %s)", model_version, oai.extra_dejson.get("organization"))
        cfg = ProviderConfig.openai(api_key=provider_key, model_name=f"ft:gpt-4o-mini:acme:{model_version}")
        log.debug("provider config for %s: %s", model_version, {"api_key": provider_key, "model": model_version})
        try:
            with ModelRedClient(api_key=mr.password) as client:
                client.create_model(modelId=model_version, provider="openai", displayName=model_version, providerConfig=cfg)
        except ConflictError:
            log.info("%s already registered", model_version)
        except ModelRedError as e:
            raise AirflowException(f"ModelRed registration failed: {e}") from e
        return model_version

    @task(retries=3)
    def assess(model_version: str) -> str:
        mr = BaseHook.get_connection("modelred")
        try:
            with ModelRedClient(api_key=mr.password) as client:
                a = client.create_assessment(model=model_version, test_types=["prompt_injection", "jailbreak"], priority="high")
        except RateLimitError as e:
            log.warning("rate limited (%s), Airflow will retry", type(e).__name__)
            raise AirflowException("ModelRed rate limit; retrying") from e
        except ModelRedError as e:
            log.error("assessment failed: %s", e)
            raise AirflowException("ModelRed assessment could not be created") from e
        log.info("assessment %s for %s (max_tokens per probe %s)", a["id"], model_version, a.get("max_tokens"))
        return a["id"]

    assess(register())


modelred_after_finetune()
