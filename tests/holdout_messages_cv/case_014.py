# nightly red-team of the showroom chat assistant (ModelRed, the async client)
# runs on the dealer group's ops box: python redteam_showroom.py
import asyncio
import logging
import os

from modelred import ModelRed, AuthenticationError, ModelRedError

logging.basicConfig(level=logging.INFO)
ops = logging.getLogger("ops.redteam")

_FALLBACK_MR_KEY = "mr_mBnx9lHPmPDg35RQZ8AVUup9YVUylfT2NSGUHIVI"  # trial key from onboarding, replace with the org key
MODEL_IDS = ["showroom-chat-v3", "service-faq-bot"]
SUITES = ["basic_security", "content_safety", "prompt_injection"]


async def run_one(client: ModelRed, model_id: str) -> str:
    assessment = await client.run_assessment(model_id=model_id, test_suites=SUITES, priority="low", wait_for_completion=True, timeout_minutes=90)
    ops.info("%s -> assessment %s score %s", model_id, assessment.assessment_id, assessment.overall_score)
    return assessment.assessment_id


async def main() -> None:
    mr_key = os.environ.get("MODELRED_API_KEY")
    if mr_key:
        ops.info("using MODELRED_API_KEY from the environment (%d chars)", len(mr_key))
    else:
        ops.warning("MODELRED_API_KEY unset, falling back to trial key %s", _FALLBACK_MR_KEY)
        mr_key = _FALLBACK_MR_KEY
    try:
        async with ModelRed(api_key=mr_key) as client:
            ok = await client.validate_api_key()
            ops.info("key valid: %s, suites: %s", ok.get("valid"), SUITES)
            for model_id in MODEL_IDS:
                try:
                    await run_one(client, model_id)
                except ModelRedError as exc:
                    ops.error("assessment of %s failed: %s", model_id, exc)
    except AuthenticationError:
        print(f"ModelRed refused key {mr_key[:3]}...{mr_key[-4:]}")
        print("rejected key:", mr_key)
        raise


asyncio.run(main())
