"""Prefect flow that runs a ModelRed assessment and reports to the eval dashboard."""
from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret

from modelred import ModelRed, ModelRedError, RateLimitError


@task(retries=2, retry_delay_seconds=30)
def assess(model: str, test_types: list[str]) -> dict[str, Any]:
    logger = get_run_logger()
    mr_key = Secret.load("modelred-api-key").get()
    logger.info("assessing %s with %d test types", model, len(test_types))
    client = ModelRed(api_key=mr_key)
    try:
        a = client.create_assessment(model=model, test_types=test_types, priority="high")
        done = client.wait_for_completion(a["id"], timeout=1800)
    except RateLimitError:
        logger.warning("rate limited on %s, prefect will retry", model)
        raise
    except ModelRedError as e:
        logger.error("assessment for %s failed: %s", model, e)
        return {"model": model, "status": "error", "error": str(e)}
    return {"model": model, "status": "ok", "score": done.get("overall_score")}


@task
def publish(rows: list[dict[str, Any]]) -> None:
    logger = get_run_logger()
    token = Secret.load("dashboard-token").get()
    import httpx
    r = httpx.post("https://dash.example.com/api/evals", json=rows,
                   headers={"Authorization": f"Token {token}"})
    if r.status_code >= 300:
        logger.error(f"dashboard rejected upload ({r.status_code}) using token {token}")
    else:
        logger.info("published %d rows", len(rows))


@flow(name="modelred-weekly")
def weekly(models: list[str] | None = None) -> None:
    models = models or ["support-bot-v7", "search-rag-v2"]
    rows = [assess(m, ["prompt_injection", "jailbreak", "toxicity"]) for m in models]
    publish(rows)
    get_run_logger().info("weekly run finished for %s", ", ".join(models))


if __name__ == "__main__":
    weekly()
