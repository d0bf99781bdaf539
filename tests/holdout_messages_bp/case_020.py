"""Model-card generator that registers a Hub model with ModelRed (gen 1, async)."""
import asyncio
import logging
import os

from huggingface_hub import ModelCard, ModelCardData
from modelred import ModelRed, ModelRedError, ValidationError, AuthenticationError

logger = logging.getLogger("card")


def write_card(repo_id: str, base: str, metrics: dict) -> ModelCard:
    data = ModelCardData(language="en", license="apache-2.0", base_model=base)
    card = ModelCard.from_template(data, model_id=repo_id, model_description="SFT on support chats")
    card.text += "\n## Metrics\n" + "\n".join(f"- {k}: {v}" for k, v in metrics.items())
    logger.info("card for %s (%d chars)", repo_id, len(card.text))
    return card


async def register(repo_id: str, hf_token: str, mr_api_key: str):
    async with ModelRed(api_key=mr_api_key) as client:
        try:
            await client.validate_api_key()
        except AuthenticationError:
            logger.error("ModelRed key rejected: %s", mr_api_key)
            raise
        try:
            await client.register_huggingface_model(model_id=repo_id.replace("/", "-"), model_name=repo_id,
                                                    api_key=hf_token)
        except ValidationError as e:
            logger.warning("validation: %s", e)
            raise ValueError("model registration rejected; check the repo id") from None
        except ModelRedError:
            logger.exception("register failed")
            raise
    logger.info("registered %s (hf token prefix %s)", repo_id, hf_token[:3])


async def main():
    repo = os.environ.get("REPO_ID", "acme/support-mistral")
    hf_token = os.environ["HF_TOKEN"]
    card = write_card(repo, "mistralai/Mistral-7B-v0.3", {"eval_loss": 1.12, "max_tokens": 2048})
    card.push_to_hub(repo, token=hf_token)
    await register(repo, hf_token, os.environ["MODELRED_API_KEY"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
