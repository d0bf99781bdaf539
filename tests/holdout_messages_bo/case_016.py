"""Generation-1 ModelRed registration of the on-device assistant's cloud fallback models."""
import asyncio
import logging
import os

import keyring
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger("fallback.register")

KEYRING_SERVICE = "chatbuddy-backend"
HF_TOKEN_ENTRY = "huggingface_token"


class FallbackRegistry:
    def __init__(self):
        self.hf_token = keyring.get_password(KEYRING_SERVICE, HF_TOKEN_ENTRY)
        self.azure_key = os.environ.get("AZURE_OPENAI_API_KEY")
        self.azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT", "")
        self.deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini")
        logger.info("keyring entry %s/%s", KEYRING_SERVICE, HF_TOKEN_ENTRY)
        logger.info("azure endpoint %s deployment %s", self.azure_endpoint, self.deployment)

    async def register_all(self) -> list[str]:
        done = []
        async with ModelRed() as client:
            try:
                await client.register_huggingface_model(
                    model_id="fallback-hf", model_name="mistralai/Mistral-7B-Instruct-v0.3",
                    api_key=self.hf_token)
                done.append("fallback-hf")
                await client.register_azure_model(
                    model_id="fallback-azure", api_key=self.azure_key,
                    endpoint=self.azure_endpoint, deployment_name=self.deployment)
                done.append("fallback-azure")
            except AuthenticationError:
                logger.error("ModelRed auth failed; hf token was %s", self.hf_token)
            except QuotaExceededError as e:
                logger.warning("quota exceeded: %s", e)
            except ModelRedError as e:
                raise RuntimeError(f"registration failed ({type(e).__name__})") from e
        return done

    def check(self) -> None:
        if self.azure_key is None:
            raise LookupError(f"AZURE_OPENAI_API_KEY unset: {self.azure_key!r}")
        if len(self.azure_key) < 32:
            raise ValueError(f"azure key too short: {self.azure_key}")


if __name__ == "__main__":
    reg = FallbackRegistry()
    reg.check()
    print(asyncio.run(reg.register_all()))
