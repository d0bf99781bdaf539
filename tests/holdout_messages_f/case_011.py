"""Assessment runner on the generation-1 ModelRed SDK (async)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError, ValidationError

logger = logging.getLogger(__name__)

SUITES = ["basic_security", "prompt_injection"]


async def register(model_id: str) -> dict:
    openai_key = os.environ["OPENAI_API_KEY"]
    async with ModelRed() as client:
        try:
            return await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")
        except ValidationError as e:
            logger.warning("registration rejected for %s: %s", model_id, e)
            return {"registered": False, "reason": str(e)}
        except ModelRedError as e:
            logger.error("register failed: %s (key ending %s)", type(e).__name__, openai_key[-4:])
            return {"registered": False, "reason": "registration failed"}


async def run(model_id: str) -> dict:
    try:
        async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES, wait_for_completion=True)
            logger.info("assessment %s finished: %s", result.get("assessment_id"), result.get("status"))
            return result
    except AuthenticationError:
        raise PermissionError("ModelRed authentication failed; check MODELRED_API_KEY")
    except QuotaExceededError as e:
        raise RuntimeError("quota exceeded: " + str(e)) from e
    except ModelRedError as e:
        logger.error("ModelRed operation failed: %s", type(e).__name__)
        raise Exception("Assessment failed. Please try again.") from e


if __name__ == "__main__":
    print(asyncio.run(run("demo-model")))
