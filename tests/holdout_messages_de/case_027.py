"""Register the pharmacogenomics Q&A model with ModelRed (generation-1 SDK) and start a scan."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError, ValidationError

logger = logging.getLogger("pgx.register")

MODEL_ID = "pgx-qa-gpt4o"
SUITES = ["basic_security", "content_safety"]


async def register(openai_key: str) -> None:
    async with ModelRed() as client:
        try:
            await client.register_openai_model(model_id=MODEL_ID, api_key=openai_key, model_name="gpt-4o")
        except ValidationError as exc:
            logger.error("registration rejected for %s: %s", MODEL_ID, exc)
            raise ValueError(f"could not register {MODEL_ID} with OpenAI key {openai_key}") from exc


async def scan(progress: bool = False) -> dict:
    def on_progress(pct: int, msg: str) -> None:
        logger.info("scan %s: %d%% %s", MODEL_ID, pct, msg)

    async with ModelRed() as client:
        try:
            return await client.run_assessment(
                model_id=MODEL_ID,
                test_suites=SUITES,
                priority="high",
                wait_for_completion=True,
                timeout_minutes=45,
                progress_callback=on_progress if progress else None,
            )
        except AuthenticationError as exc:
            raise RuntimeError(f"ModelRed auth failed: {exc}") from exc
        except QuotaExceededError as exc:
            logger.warning("quota exceeded (%s)", type(exc).__name__)
            return {"status": "skipped"}
        except ModelRedError as exc:
            return {"status": "error", "message": str(exc)}


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    openai_key = os.environ["PGX_OPENAI_API_KEY"]
    logger.info("PGX model %s, key ...%s", MODEL_ID, openai_key[-4:])
    asyncio.run(register(openai_key))
    result = asyncio.run(scan(progress=True))
    logger.info("scan result: %s", result.get("status"))


if __name__ == "__main__":
    main()
