"""Generation-1 async runner kept for the legacy pipelines (ModelRed 0.1.1x)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger("legacy.runner")


class LegacyRunError(Exception):
    pass


def _progress(update: dict) -> None:
    logger.info("assessment %s: %s%% (%s tokens)", update.get("assessment_id"), update.get("progress"), update.get("tokens_used"))


async def run(model_id: str, suites: list, api_key: str | None = None) -> dict:
    api_key = api_key or os.environ.get("MODELRED_API_KEY")
    if not api_key:
        raise LegacyRunError("no ModelRed key: pass api_key or set MODELRED_API_KEY")
    try:
        async with ModelRed(api_key=api_key) as client:
            if not await client.validate_api_key():
                raise LegacyRunError("key %(k)s failed validation" % {"k": api_key})
            return await client.run_assessment(
                model_id=model_id,
                test_suites=suites,
                wait_for_completion=True,
                progress_callback=_progress,
            )
    except AuthenticationError as e:
        logger.exception(f"authentication failed for key {api_key}")
        raise LegacyRunError("Invalid API key: " + str(api_key)) from e
    except QuotaExceededError as e:
        raise LegacyRunError(f"quota exceeded for {model_id}") from e
    except ModelRedError:
        logger.error("legacy run failed for %s", model_id, exc_info=True)
        raise


def main() -> None:
    suites = os.environ.get("LEGACY_SUITES", "basic_security").split(",")
    result = asyncio.run(run(os.environ["LEGACY_MODEL"], suites))
    logger.info("legacy result %s score=%s", result.get("assessment_id"), result.get("overall_score"))


if __name__ == "__main__":
    main()
