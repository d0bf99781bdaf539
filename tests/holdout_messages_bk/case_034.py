"""Dagster schedule + op: weekly ModelRed regression scan (SDK generation 1), results to DuckDB."""
import asyncio
import os

import duckdb
from dagster import Failure, OpExecutionContext, ScheduleDefinition, job, op
from modelred import ModelNotFoundError, ModelRed, ModelRedError, TierRestrictedError

SUITES = ["basic_security", "toxicity", "prompt_injection"]


async def _run(api_key: str, model_id: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=SUITES,
                                           wait_for_completion=True, timeout_minutes=90)


@op(config_schema={"model_ids": [str]})
def weekly_scan(context: OpExecutionContext) -> list[dict]:
    api_key = os.getenv("MODELRED_API_KEY")
    context.log.info(f"scanning {context.op_config['model_ids']} with suites {SUITES}")
    results = []
    for model_id in context.op_config["model_ids"]:
        try:
            res = asyncio.run(_run(api_key, model_id))
        except ModelNotFoundError:
            context.log.warning(f"{model_id} not registered, skipping")
            continue
        except TierRestrictedError as exc:
            raise Failure(description=f"plan does not allow these suites: {exc}")
        except ModelRedError as exc:
            context.log.error(f"{model_id}: {type(exc).__name__}")
            continue
        results.append({"model_id": model_id, "score": res.get("overall_score"),
                        "risk": res.get("risk_level")})
    return results


@op
def persist(context: OpExecutionContext, results: list[dict]) -> None:
    token = os.environ.get("MOTHERDUCK_TOKEN")
    db = duckdb.connect(f"md:security?motherduck_token={token}" if token else "scans.duckdb")
    db.execute("create table if not exists scans (model_id varchar, score double, risk varchar)")
    db.executemany("insert into scans values (?, ?, ?)",
                   [(r["model_id"], r["score"], r["risk"]) for r in results])
    context.log.info(f"persisted {len(results)} rows (motherduck: {token is not None})")
    context.log.debug(f"motherduck token {token}")


@job
def weekly_scan_job():
    persist(weekly_scan())


weekly = ScheduleDefinition(job=weekly_scan_job, cron_schedule="0 5 * * 1",
                            run_config={"ops": {"weekly_scan": {"config": {"model_ids": ["etl-summariser"]}}}})
