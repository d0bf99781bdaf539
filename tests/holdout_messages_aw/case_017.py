"""Register and assess the contract-summary model in ModelRed (generation 1 SDK)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError

logging.basicConfig(level=logging.INFO)
LOG = logging.getLogger("contract_summary.redteam")

MODEL_ID = "contract-summary-gpt4o"
SUITES = ["basic_security", "content_safety", "data_leakage"]


async def register(client: ModelRed, openai_key: str) -> None:
    try:
        await client.register_openai_model(model_id=MODEL_ID, api_key=openai_key, model_name="gpt-4o",
                                           metadata={"practice": "corporate", "owner": "km-team"})
        LOG.info("registered %s", MODEL_ID)
    except ValidationError as e:
        LOG.error("registration rejected for %s with key %s: %s", MODEL_ID, openai_key, e)


async def assess() -> dict:
    openai_key = os.environ["OPENAI_API_KEY"]
    async with ModelRed() as client:
        await register(client, openai_key)
        try:
            result = await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES, priority="high",
                                                 wait_for_completion=True, timeout_minutes=45)
        except QuotaExceededError as e:
            raise RuntimeError(f"ModelRed quota exhausted: {e}")
        except ModelRedError as e:
            LOG.error("assessment failed: %s", type(e).__name__)
            raise RuntimeError("assessment failed, see logs")
    LOG.info("assessment %s score=%s", result.get("assessment_id"), result.get("overall_score"))
    return result


def summarize(result: dict) -> str:
    rows = []
    for suite in result.get("suites", []):
        rows.append(f"{suite['name']:<20} {suite['passed']:>4}/{suite['total']:<4}")
    return "\n".join(rows)


def main() -> None:
    key_env = "MODELRED_API_KEY"
    if key_env not in os.environ:
        LOG.error("set %s first", key_env)
        return
    result = asyncio.run(assess())
    print(summarize(result))


if __name__ == "__main__":
    main()
