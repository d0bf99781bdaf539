"""Red-team worker (generation 1 SDK): results go to the team dashboard's /api/runs."""
import asyncio
import logging

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger("redteam.worker")

SUITES = ["basic_security", "prompt_injection", "data_leakage"]


async def run_one(model_id: str) -> dict:
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=SUITES,
                priority="high",
                wait_for_completion=True,
                timeout_minutes=45,
            )
        except AuthenticationError:
            logger.error("MODELRED_API_KEY was rejected for %s", model_id)
            return {"model_id": model_id, "state": "error", "message": "authentication failed"}
        except QuotaExceededError as e:
            logger.warning("quota exceeded for %s: %r", model_id, e)
            return {"model_id": model_id, "state": "deferred", "message": "quota exceeded", "kind": type(e).__name__}
        except ModelRedError as e:
            return {"model_id": model_id, "state": "error", "message": str(e)}
    return {
        "model_id": model_id,
        "state": "done",
        "score": result.get("overall_score"),
        "assessment_id": result.get("assessment_id"),
    }


async def run_all(model_ids: list[str]) -> list[dict]:
    rows = await asyncio.gather(*(run_one(m) for m in model_ids))
    failed = [r["model_id"] for r in rows if r["state"] == "error"]
    if failed:
        logger.warning("failed: %s", ", ".join(failed))
    return list(rows)


def post_runs(rows: list[dict], dashboard_url: str, dash_token: str) -> None:
    import requests
    r = requests.post(f"{dashboard_url}/api/runs", json=rows,
                      headers={"Authorization": f"Bearer {dash_token}"}, timeout=20)
    if not r.ok:
        logger.error("dashboard upload failed %s; token=%s", r.status_code, dash_token)


if __name__ == "__main__":
    import os
    logging.basicConfig(level=logging.INFO)
    out = asyncio.run(run_all(os.environ.get("MODELS", "chatbot-prod").split(",")))
    post_runs(out, os.environ["DASHBOARD_URL"], os.environ["DASHBOARD_TOKEN"])
