"""Open-text theme coding with an LLM, behind a ModelRed gate (generation 1 SDK)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger("themes.gate")

SUITES = ["prompt_injection", "pii_leakage", "toxicity"]


class ThemeCoderGate:
    def __init__(self, model_id: str, api_key: str | None = None):
        self.model_id = model_id
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")

    async def check(self) -> bool:
        async with ModelRed(api_key=self.api_key) as client:
            try:
                ok = await client.validate_api_key()
            except AuthenticationError:
                logger.error("ModelRed key %s is invalid", self.api_key)
                return False
            logger.info("key valid: %s, model %s", ok, self.model_id)
            try:
                result = await client.run_assessment(
                    model_id=self.model_id,
                    test_suites=SUITES,
                    wait_for_completion=True,
                    timeout_minutes=30,
                )
            except QuotaExceededError as e:
                logger.warning("quota exceeded (%s), skipping gate", type(e).__name__)
                return True
            except ModelRedError as e:
                raise RuntimeError(f"theme coder gate failed: {e}") from e
        score = result.get("overall_score", 0)
        logger.info("assessment %s scored %s on %s", result.get("assessment_id"), score, SUITES)
        return score >= 7.0


async def main() -> None:
    gate = ThemeCoderGate(os.environ.get("THEME_MODEL_ID", "theme-coder-v2"))
    if not gate.api_key:
        logger.error("no ModelRed key (got %r)", gate.api_key)
        return
    passed = await gate.check()
    print("gate passed" if passed else "gate failed")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
