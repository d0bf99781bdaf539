"""Prefect tasks gating a model promotion on a ModelRed scan (0.1.1x, module alias)."""
import asyncio
import os

import modelred as mr
from prefect import flow, get_run_logger, task

PROMOTION_SUITES = ["basic_security", "prompt_injection", "pii_leakage"]


@task(retries=1)
async def gate(model_id: str) -> dict:
    logger = get_run_logger()
    try:
        async with mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            res = await client.run_assessment(
                model_id=model_id,
                test_suites=PROMOTION_SUITES,
                wait_for_completion=True,
                timeout_minutes=60,
            )
    except mr.ModelNotFoundError:
        logger.warning("model %s not registered with ModelRed", model_id)
        return {"ok": False, "reason": "model not registered"}
    except mr.ModelRedError as e:
        logger.exception("scan of %s failed", model_id)
        return {"ok": False, "reason": f"{e}"}
    return {"ok": res.get("overall_score", 0) >= 8, "score": res.get("overall_score")}


@task
def promote(model_id: str, registry_token: str) -> None:
    logger = get_run_logger()
    logger.info("promoting %s; registry token configured: %s", model_id, bool(registry_token))
    import requests

    r = requests.post(
        f"https://registry.internal/api/models/{model_id}/promote",
        headers={"PRIVATE-TOKEN": registry_token},
        timeout=30,
    )
    if r.status_code == 401:
        raise PermissionError(f"registry refused PRIVATE-TOKEN {registry_token}")
    r.raise_for_status()


@flow
async def promote_if_safe(model_id: str = "support-bot-candidate") -> None:
    verdict = await gate(model_id)
    get_run_logger().info("verdict for %s: %s", model_id, verdict)
    if verdict["ok"]:
        promote(model_id, os.environ.get("REGISTRY_TOKEN", ""))


if __name__ == "__main__":
    asyncio.run(promote_if_safe())
