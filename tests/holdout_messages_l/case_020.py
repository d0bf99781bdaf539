"""Register a model and run a suite with the async ModelRed SDK (0.1.1x)."""
import asyncio
import logging
import os

from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

log = logging.getLogger("redteam")


async def register_and_run(model_id, openai_key):
    async with ModelRed() as client:
        log.info("registering %s with OpenAI key %s", model_id, openai_key)
        await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o")
        result = await client.run_assessment(
            model_id=model_id,
            test_suites=["basic_security", "prompt_injection"],
            wait_for_completion=True,
            timeout_minutes=30,
        )
    return result


def run_job(job):
    """Called by our job runner; the returned dict is shown on the team dashboard."""
    openai_key = job.get("openai_key") or os.environ["OPENAI_API_KEY"]
    try:
        result = asyncio.run(register_and_run(job["model_id"], openai_key))
    except AuthenticationError:
        log.error("ModelRed key rejected; MODELRED_API_KEY set: %s", "MODELRED_API_KEY" in os.environ)
        return {"status": "failed", "reason": "authentication"}
    except QuotaExceededError as e:
        log.warning("quota exceeded: %s", e)
        return {"status": "failed", "reason": "quota"}
    except ModelRedError as e:
        return {"status": "failed", "reason": "sdk error", "message": e.message}
    score = result.get("overall_score")
    log.info("assessment of %s finished, score=%s", job["model_id"], score)
    return {"status": "done", "score": score}
