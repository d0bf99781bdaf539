"""Claims triage worker: scores first-notice-of-loss reports with an LLM."""
import logging
import os

from openai import OpenAI
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("claims.triage")

OPENAI_KEY_ENV = "OPENAI_API_KEY"
MAX_TOKENS = 600
SEVERITY_LABELS = ("low", "medium", "high", "catastrophic")


class TriageWorker:
    def __init__(self, model: str = "gpt-4o-mini"):
        self.model = model
        self.openai_key = os.environ[OPENAI_KEY_ENV]
        self.client = OpenAI(api_key=self.openai_key)
        logger.info("triage worker using env var %s", OPENAI_KEY_ENV)
        logger.debug("triage worker init model=%s key=%s", self.model, self.openai_key)

    def score(self, claim: dict) -> str:
        prompt = (
            "Classify the severity of this insurance claim as one of "
            f"{', '.join(SEVERITY_LABELS)}.\n\n{claim['description']}"
        )
        resp = self.client.chat.completions.create(
            model=self.model,
            max_tokens=MAX_TOKENS,
            messages=[{"role": "user", "content": prompt}],
        )
        logger.info("claim %s scored, max_tokens=%d used=%d", claim["id"], MAX_TOKENS, resp.usage.total_tokens)
        return resp.choices[0].message.content.strip().lower()


async def audit_triage_model(model_id: str) -> None:
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=["prompt_injection", "pii_leakage"],
                wait_for_completion=True,
            )
        except ModelRedError as exc:
            logger.error("triage model audit failed: %s", exc)
            return
    logger.info("audit %s finished: %s", model_id, result.get("status"))


def main() -> None:
    worker = TriageWorker()
    claim = {"id": "CLM-20931", "description": "Water damage in kitchen after pipe burst."}
    label = worker.score(claim)
    print(f"{claim['id']}: {label} (key ends {worker.openai_key[-4:]})")


if __name__ == "__main__":
    main()
