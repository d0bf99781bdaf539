"""Generation-1 ModelRed registration of the email assistant's Azure deployment."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationError, QuotaExceededError

logger = logging.getLogger("register_models")

AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "mail-assistant")
AZURE_KEY_ENV = "AZURE_OPENAI_API_KEY"


async def register(azure_key: str) -> str:
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
        try:
            await client.register_azure_model(
                model_id="mail-assistant-azure",
                api_key=azure_key,
                endpoint=AZURE_ENDPOINT,
                deployment_name=AZURE_DEPLOYMENT,
                api_version="2024-06-01",
            )
        except ValidationError as exc:
            logger.error("rejected registration of %s at %s: %s", AZURE_DEPLOYMENT, AZURE_ENDPOINT, exc)
            raise ValueError(f"azure key {azure_key} rejected by ModelRed") from exc
        except QuotaExceededError:
            logger.warning("quota exceeded; upgrade plan")
            return "quota"
        except ModelRedError as exc:
            return f"registration failed: {exc}"
    return "ok"


def main() -> None:
    azure_key = os.environ.get(AZURE_KEY_ENV, "")
    logger.info("registering deployment %s (key var %s)", AZURE_DEPLOYMENT, AZURE_KEY_ENV)
    if not azure_key:
        logger.error("no key in %s: %r", AZURE_KEY_ENV, azure_key)
        return
    status = asyncio.run(register(azure_key))
    logger.info("registration status: %s", status)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
