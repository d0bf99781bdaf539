# register_faq_bot.py -- registers the club membership FAQ bot (Claude) with ModelRed
# (0.1.1x API) and kicks off a security assessment. Run once per release.
import asyncio
import os
import sys

from modelred import ModelRed, ModelRedError, QuotaExceededError

MODEL_ID = "members-faq-claude"
SUITES = ["basic_security", "prompt_injection", "pii_leakage"]
ANTHROPIC_ENV = "ANTHROPIC_API_KEY"

anthropic_key = os.environ.get(ANTHROPIC_ENV)
if anthropic_key is None:
    print(f"{ANTHROPIC_ENV} not set; value is {anthropic_key}", file=sys.stderr)
    sys.exit(1)
verbose = "-v" in sys.argv
if verbose:
    print("anthropic key:", anthropic_key)
print("modelred key configured:", "MODELRED_API_KEY" in os.environ)


async def main() -> str:
    async with ModelRed() as client:
        try:
            await client.register_anthropic_model(model_id=MODEL_ID, api_key=anthropic_key, model_name="claude-3-5-sonnet-latest", max_tokens=1024)
        except QuotaExceededError as e:
            print("quota exceeded:", type(e).__name__, file=sys.stderr)
            raise RuntimeError("ModelRed model quota reached") from e
        except ModelRedError as e:
            raise RuntimeError("could not register FAQ bot: " + str(e)) from e
        run = await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES, priority="high")
        return run["assessment_id"]


assessment_id = asyncio.run(main())
print(f"assessment {assessment_id} started for {MODEL_ID} (max_tokens 1024)")


async def poll(aid: str, every: int = 30) -> dict:
    async with ModelRed() as client:
        while True:
            status = await client.get_assessment_status(aid)
            print(f"{aid}: {status.get('status')} {status.get('progress', 0)}%")
            if status.get("status") in ("completed", "failed"):
                return status
            await asyncio.sleep(every)


if "--wait" in sys.argv:
    final = asyncio.run(poll(assessment_id))
    print("final score:", final.get("overall_score"))
