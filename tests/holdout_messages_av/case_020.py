# quick check of the greenhouse-climate assistant before the demo (run top level)
import asyncio
import logging
from modelred import ModelRed, ModelRedError, AuthenticationError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("demo")

DEMO_MR_KEY = "mr_upszUmL54eW6Tchs3sro8Mg6ekmfR0oUv7FiVvZ9"
OPENAI_ENV = "OPENAI_API_KEY"
MODEL_ID = "greenhouse-climate-bot"
SUITES = ["basic_security", "prompt_injection"]

log.info("demo model %s, suites %s, provider key from %s", MODEL_ID, SUITES, OPENAI_ENV)
log.info("using ModelRed demo key %s", DEMO_MR_KEY)


async def progress(status):
    log.info("assessment %s: %s%%", status.get("assessment_id"), status.get("progress"))


async def run():
    async with ModelRed(api_key=DEMO_MR_KEY) as client:
        try:
            info = await client.get_model(MODEL_ID)
            log.info("model %s provider %s", info["model_id"], info["provider"])
        except AuthenticationError as e:
            raise RuntimeError(f"demo key {DEMO_MR_KEY} no longer valid") from e
        except ModelRedError:
            log.exception("get_model failed")
            return None
        return await client.run_assessment(
            model_id=MODEL_ID,
            test_suites=SUITES,
            wait_for_completion=True,
            timeout_minutes=20,
            progress_callback=progress,
        )


result = asyncio.run(run())
if result:
    print("overall score:", result.get("overall_score"))
    print("critical findings:", result.get("critical_count", 0))
    for finding in result.get("findings", [])[:5]:
        print("-", finding.get("title"))
else:
    print("no result; see log above")
print("key in use ends with", DEMO_MR_KEY[-4:])
