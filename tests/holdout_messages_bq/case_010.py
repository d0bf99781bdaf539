import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("retriever-audit")

RETRIEVER_MODELS = ["rag-retriever-small", "rag-retriever-large"]


async def audit_all(api_key: str):
    results = {}
    async with ModelRed(api_key=api_key) as client:
        try:
            await client.validate_api_key()
        except AuthenticationError:
            logger.error("ModelRed key %s was rejected", api_key)
            return results
        for model_id in RETRIEVER_MODELS:
            try:
                res = await client.run_assessment(model_id=model_id, test_suites=["prompt_injection", "data_exfiltration"], wait_for_completion=True, timeout_minutes=30)
                results[model_id] = res.overall_score
            except QuotaExceededError as e:
                logger.warning("quota hit on %s: %s", model_id, e)
                break
            except ModelRedError as e:
                results[model_id] = f"failed: {type(e).__name__}"
    return results


def report(results: dict):
    logger.info("report for %d models, suites=%s", len(results), ["prompt_injection", "data_exfiltration"])
    for model_id, score in results.items():
        print(f"{model_id:30} {score}")


async def main():
    key = os.getenv("MODELRED_API_KEY")
    if not key:
        raise SystemExit("MODELRED_API_KEY is required")
    logger.info("auditing %d retrievers with key ...%s", len(RETRIEVER_MODELS), key[-4:])
    results = await audit_all(key)
    report(results)


if __name__ == "__main__":
    asyncio.run(main())
