"""Dagster schedule + op registering and scanning a model (generation 2 SDK)."""
import os

import dagster as dg
from modelred import ConflictError, ModelRed, ModelRedError, ProviderConfig


class ScanConfig(dg.Config):
    model_id: str = "support-bot"
    display_name: str = "Support bot"
    test_types: list[str] = ["prompt_injection", "data_leakage"]


@dg.op
def register_and_scan(context: dg.OpExecutionContext, config: ScanConfig) -> str:
    mr_key = os.environ["MODELRED_API_KEY"]
    openai_key = os.environ["OPENAI_API_KEY"]
    client = ModelRed(api_key=mr_key)
    context.log.info(f"openai key configured: {bool(openai_key)}")
    provider_config = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
    context.log.info(f"registering {config.model_id} as {config.display_name}")
    try:
        client.create_model(
            modelId=config.model_id,
            provider="openai",
            displayName=config.display_name,
            providerConfig=provider_config,
        )
    except ConflictError:
        context.log.info(f"{config.model_id} already registered")
    except ModelRedError as err:
        raise dg.Failure(description=f"ModelRed rejected the registration: {err}") from err
    try:
        job = client.create_assessment(model=config.model_id, test_types=config.test_types, priority="normal")
    except ModelRedError as err:
        context.log.error(f"assessment not created: {err!r}")
        raise dg.Failure(description="assessment could not be created") from err
    context.log.debug(f"openai key used for the detectors: {openai_key}")
    return job["id"]


@dg.job
def weekly_scan_job():
    register_and_scan()


weekly = dg.ScheduleDefinition(job=weekly_scan_job, cron_schedule="0 3 * * 1", execution_timezone="Europe/Berlin")
defs = dg.Definitions(jobs=[weekly_scan_job], schedules=[weekly])
