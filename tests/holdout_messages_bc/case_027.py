# quick test of the brokerage's listing chatbot against ModelRed (gen 1), run by hand
import asyncio
import logging
from modelred import ModelRed, ModelRedError, AuthenticationError

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("scan")

MODELRED_KEY = "mr_w2a54FUMb4J0DyvFldhelWhFrMN1qvwYUGwUerk9"
MODEL_ID = "brokerage-listing-chat"
SUITES = ["basic_security", "content_safety", "fair_housing"]
KEY_PLACEHOLDER = "mr_your_key_here"


def progress(status):
    log.info("progress %s%%", status.get("progress"))


async def main():
    async with ModelRed(api_key=MODELRED_KEY) as client:
        try:
            ok = await client.validate_api_key()
        except AuthenticationError:
            log.error("key rejected: %s", MODELRED_KEY)
            return
        log.info("key valid=%s, placeholder in docs is %s", ok, KEY_PLACEHOLDER)
        suites = await client.get_test_suites()
        log.info("available suites: %s", [s["name"] for s in suites])
        try:
            result = await client.run_assessment(
                model_id=MODEL_ID,
                test_suites=SUITES,
                wait_for_completion=True,
                timeout_minutes=30,
                progress_callback=progress,
            )
        except ModelRedError as e:
            log.error("run failed: %s (%s)", e, type(e).__name__)
            return
        print("overall score", result.get("overall_score"))


if __name__ == "__main__":
    print(f"scanning {MODEL_ID} with {len(SUITES)} suites, key ...{MODELRED_KEY[-4:]}")
    asyncio.run(main())
    print("finished run for", MODEL_ID, "with key", MODELRED_KEY)
