import asyncio
import logging
import os
import sys

from modelred import ModelRed, ModelRedError, AuthenticationError, AssessmentError, RateLimitError

log = logging.getLogger("subro.model.scan")

MODEL_ID = os.getenv("SUBRO_MODEL_ID", "subrogation-drafter")
SUITES = ["basic_security", "data_leakage", "hallucination"]
TOKEN_LIMIT_SETTING = "SUBRO_MAX_TOKENS"


class ScanRunner:
    def __init__(self, api_key: str, openai_key: str):
        self.api_key = api_key
        self.openai_key = openai_key
        self.max_tokens = int(os.getenv(TOKEN_LIMIT_SETTING, "1200"))

    async def ensure_model(self, client: ModelRed) -> None:
        try:
            await client.get_model(MODEL_ID)
        except ModelRedError:
            log.info("registering %s (max_tokens=%d)", MODEL_ID, self.max_tokens)
            await client.register_openai_model(model_id=MODEL_ID, api_key=self.openai_key, model_name="gpt-4o", max_tokens=self.max_tokens)

    async def run(self) -> dict:
        async with ModelRed(api_key=self.api_key) as client:
            await self.ensure_model(client)
            return await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES, wait_for_completion=True)


async def main() -> int:
    runner = ScanRunner(os.environ["MODELRED_API_KEY"], os.environ["OPENAI_API_KEY"])
    log.info("setting %s=%d", TOKEN_LIMIT_SETTING, runner.max_tokens)
    try:
        res = await runner.run()
    except AuthenticationError:
        log.error("ModelRed auth failed; openai key passed was %s", runner.openai_key)
        return 2
    except RateLimitError as e:
        log.warning("rate limited, retry after %s", getattr(e, "retry_after", "?"))
        return 3
    except AssessmentError as e:
        log.error("assessment error: %s", e)
        return 4
    log.info("scan %s finished with score %s", res.get("assessment_id"), res.get("overall_score"))
    if res.get("overall_score", 0) < 7:
        raise RuntimeError(f"subro drafter failed gate; rerun with key ending {runner.api_key[-4:]}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(asyncio.run(main()))
