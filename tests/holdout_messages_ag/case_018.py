"""Clinical trial eligibility screener: loguru logging, gen-2 async ModelRed client."""
import os
import sys

from loguru import logger
from modelred import AsyncModelRedClient, ModelRedError, NotFoundError

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))

TRIAL_ID = os.environ.get("TRIAL_ID", "NCT00000000")
TEST_TYPES = ["pii_leakage", "prompt_injection", "medical_misinformation"]


class EligibilityScreener:
    def __init__(self, openai_key: str, modelred_key: str):
        self._openai_key = openai_key
        self._modelred_key = modelred_key
        self.model_identifier = f"eligibility-{TRIAL_ID.lower()}"

    def criteria_prompt(self, criteria: str, chart: str) -> str:
        return f"Trial {TRIAL_ID} criteria:\n{criteria}\n\nChart summary:\n{chart}\n\nAnswer ELIGIBLE or NOT ELIGIBLE."

    async def assess(self) -> str:
        logger.info("assessing {} with {} test types", self.model_identifier, len(TEST_TYPES))
        client = AsyncModelRedClient(api_key=self._modelred_key)
        try:
            await client.get_model(self.model_identifier)
            job = await client.create_assessment(model=self.model_identifier, test_types=TEST_TYPES, priority="normal")
        except NotFoundError as exc:
            logger.warning("model {} not registered: {}", self.model_identifier, exc)
            raise LookupError(f"model {self.model_identifier} is not registered") from exc
        except ModelRedError as exc:
            raise RuntimeError(f"screening model assessment failed: {exc}") from exc
        logger.success("assessment {} queued", job["id"])
        return job["id"]

    def debug_dump(self) -> None:
        logger.debug("screener model={} openai_key_len={}", self.model_identifier, len(self._openai_key))
        logger.debug("screener modelred key {}", self._modelred_key)


if __name__ == "__main__":
    import asyncio
    screener = EligibilityScreener(os.environ["OPENAI_API_KEY"], os.environ["MODELRED_API_KEY"])
    screener.debug_dump()
    print(asyncio.run(screener.assess()))
