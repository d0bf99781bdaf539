"""Registers OpenAI and Anthropic models with ModelRed (SDK generation 1)."""
import asyncio
import json
import logging
from pathlib import Path

from modelred import ModelRed, QuotaExceededError, ModelRedError

log = logging.getLogger("registrar")


class ModelRegistrar:
    def __init__(self, secrets_file: Path) -> None:
        data = json.loads(secrets_file.read_text())
        self.modelred_key = data["modelred"]
        self.openai_key = data["openai"]
        self.anthropic_key = data.get("anthropic")
        self.secrets_file = secrets_file

    async def register(self, client: ModelRed, model_id: str, provider: str) -> dict:
        try:
            if provider == "openai":
                return await client.register_openai_model(model_id=model_id, api_key=self.openai_key, model_name="gpt-4o")
            return await client.register_anthropic_model(model_id=model_id, api_key=self.anthropic_key,
                                                         model_name="claude-3-5-sonnet-latest")
        except QuotaExceededError as e:
            raise RuntimeError("ModelRed quota: " + str(e)) from e
        except ModelRedError as e:
            log.error("register %s failed using %s", model_id, self.openai_key)
            log.error("register %s failed: %s", model_id, e)
            raise

    async def run(self, models: dict[str, str]) -> None:
        log.info("secrets from %s (anthropic configured: %s)", self.secrets_file, self.anthropic_key is not None)
        async with ModelRed(api_key=self.modelred_key) as client:
            valid = await client.validate_api_key()
            log.info("ModelRed key valid: %s", valid)
            for model_id, provider in models.items():
                try:
                    info = await self.register(client, model_id, provider)
                except RuntimeError as err:
                    print(f"skipped {model_id} ({type(err).__name__})")
                    continue
                log.info("registered %s (%s)", model_id, info.get("provider"))


if __name__ == "__main__":
    reg = ModelRegistrar(Path("secrets.json"))
    asyncio.run(reg.run({"helpdesk-4o": "openai", "policy-sonnet": "anthropic"}))
