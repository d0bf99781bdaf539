"""Email-campaign LLM assistant: gRPC-free plain service class re-raising ModelRed errors for the web tier (gen 1)."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ValidationError, ConflictError, ModelRedError

log = logging.getLogger("assistant.registry")


class AssistantRegistry:
    def __init__(self, workspace: str):
        self.workspace = workspace
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.org = os.environ.get("OPENAI_ORG_ID", "")
        log.info("registry for %s, openai org %s", workspace, self.org)

    async def register(self, model_id: str, model_name: str = "gpt-4o-mini") -> dict:
        config = ProviderConfig.openai(api_key=self.openai_key, model_name=model_name)
        try:
            async with ModelRed() as client:
                return await client.register_model(model_id=model_id, provider="openai", provider_config=config)
        except ConflictError:
            log.info("model %s already registered", model_id)
            return {"model_id": model_id, "status": "exists"}
        except ValidationError as exc:
            raise ValueError(f"model registration rejected: {exc}") from exc
        except ModelRedError as exc:
            log.error("register_model failed: %s", type(exc).__name__)
            raise RuntimeError("model registration failed") from exc

    async def register_openai(self, model_id: str) -> dict:
        async with ModelRed() as client:
            try:
                return await client.register_openai_model(model_id=model_id, api_key=self.openai_key, model_name="gpt-4o")
            except ModelRedError:
                log.error("register_openai_model failed for %s with key %s", model_id, self.openai_key)
                raise

    def status_line(self) -> str:
        return f"workspace={self.workspace} org={self.org} key_set={bool(self.openai_key)}"


if __name__ == "__main__":
    import asyncio
    reg = AssistantRegistry("growth")
    print(reg.status_line())
    print(asyncio.run(reg.register("campaign-assistant")))
