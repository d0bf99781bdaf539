"""Self-driving lab orchestrator: an async campaign loop proposes the next
electrodeposition recipe with an LLM planner; the planner model is registered with
ModelRed and assessed before each campaign."""
import asyncio
import logging
import os

from modelred import ModelRed, AuthenticationError, ModelRedError, QuotaExceededError, ValidationError

log = logging.getLogger("sdl.campaign")

PLANNER_MODEL_ID = "sdl-electrodep-planner"
SUITES = ["basic_security", "prompt_injection", "harmful_content"]


def progress(status):
    log.info("assessment progress: %s%%", status.get("progress"))


async def prepare_planner(mr_key: str, openai_key: str):
    async with ModelRed(api_key=mr_key) as client:
        try:
            await client.validate_api_key()
        except AuthenticationError:
            log.error("ModelRed rejected key %s", mr_key)
            raise
        try:
            await client.register_openai_model(PLANNER_MODEL_ID, api_key=openai_key, model_name="gpt-4o")
        except ValidationError as exc:
            log.warning("registration refused: %s", exc)
        result = await client.run_assessment(
            model_id=PLANNER_MODEL_ID, test_suites=SUITES, priority="high",
            wait_for_completion=True, timeout_minutes=30, progress_callback=progress,
        )
        log.info("planner assessment %s: score %s", result.get("assessment_id"), result.get("overall_score"))
        return result


async def run_campaign(n_rounds: int):
    mr_key = os.environ["MODELRED_API_KEY"]
    openai_key = os.environ["OPENAI_API_KEY"]
    try:
        await prepare_planner(mr_key, openai_key)
    except QuotaExceededError as exc:
        log.warning("ModelRed quota: %s; campaign continues unassessed", type(exc).__name__)
    except ModelRedError:
        log.exception("planner assessment failed")
        return
    for rnd in range(n_rounds):
        log.info("round %d: proposing recipe", rnd)
        await asyncio.sleep(0.1)
    log.debug("campaign used planner keys %s / %s", mr_key, openai_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run_campaign(5))
