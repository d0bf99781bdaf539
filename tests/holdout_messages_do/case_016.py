"""Register the RAG answerer (OpenAI-backed, Pinecone-retrieved) with ModelRed and assess it."""
import logging
import os

from modelred import (
    AuthenticationError,
    ModelRed,
    ModelRedError,
    QuotaExceededError,
)

logger = logging.getLogger("rag.redteam")

TEST_SUITES = ["basic_security", "prompt_injection", "jailbreak"]


async def register_answerer(model_id: str, api_key: str, model_name: str = "gpt-4o-mini") -> bool:
    logger.info("registering %s on %s", model_id, model_name)
    logger.debug("provider api_key=%s", api_key)
    async with ModelRed() as client:
        await client.register_openai_model(
            model_id=model_id,
            api_key=api_key,
            model_name=model_name,
            max_tokens=1024,
        )
    return True


async def assess(model_id: str) -> dict:
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=TEST_SUITES,
                priority="normal",
                wait_for_completion=True,
                timeout_minutes=90,
            )
        except AuthenticationError:
            logger.error("ModelRed key rejected")
            return {"ok": False, "error": "authentication failed"}
        except QuotaExceededError as e:
            logger.warning("quota: %s", e)
            return {"ok": False, "error": "quota exceeded"}
        except ModelRedError as e:
            return {"ok": False, "error": e.message}
    return {"ok": True, "score": result.overall_score, "risk": result.risk_level}


async def main() -> None:
    key = os.environ["OPENAI_API_KEY"]
    await register_answerer("kb-answerer-v3", key)
    out = await assess("kb-answerer-v3")
    logger.info("assessment: %s", out)


if __name__ == "__main__":
    import asyncio

    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
