"""Dagster sensor that launches a report job when new ModelRed assessments finish."""
import os

import dagster as dg
from modelred import APIError, ModelRed, RateLimited

ORG_ID = os.environ.get("MODELRED_ORG_ID", "acme")


@dg.op
def build_report(context: dg.OpExecutionContext, config: dict) -> None:
    context.log.info(f"building report for {config['assessment_id']}")


@dg.job
def assessment_report_job():
    build_report()


@dg.sensor(job=assessment_report_job, minimum_interval_seconds=300)
def finished_assessments(context: dg.SensorEvaluationContext):
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        return dg.SkipReason(f"MODELRED_API_KEY missing for org {ORG_ID}")
    context.log.info(f"polling ModelRed for org {ORG_ID} with {key}")
    try:
        with ModelRed(key, timeout=10.0, max_retries=1) as client:
            page = client.list_assessments(status="COMPLETED", limit=20)
    except RateLimited as exc:
        return dg.SkipReason(f"rate limited ({type(exc).__name__}), trying next tick")
    except APIError as exc:
        context.log.error(f"ModelRed list failed: {exc}")
        return dg.SkipReason("ModelRed unavailable")
    cursor = context.cursor or ""
    fresh = [a for a in page.get("data", []) if a["completedAt"] > cursor]
    if not fresh:
        return dg.SkipReason(f"no new assessments since {cursor or 'start'}")
    context.update_cursor(max(a["completedAt"] for a in fresh))
    return [
        dg.RunRequest(run_key=a["id"], run_config={"ops": {"build_report": {"config": {"assessment_id": a["id"]}}}})
        for a in fresh
    ]


defs = dg.Definitions(jobs=[assessment_report_job], sensors=[finished_assessments])
