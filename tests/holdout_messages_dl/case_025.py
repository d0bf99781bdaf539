"""Eval runner plugin: reports results to ModelRed (generation 2) and returns a status line to the runner."""
import logging
import os

from modelred import AsyncModelRed, ModelRedError, RateLimitError, NotFoundError, ProviderConfig

log = logging.getLogger("evalrunner.modelred")


class ModelRedReporter:
    name = "modelred"

    def __init__(self, api_key: str | None = None, openrouter_key: str | None = None) -> None:
        self.api_key = api_key or os.environ.get("MODELRED_API_KEY")
        self.openrouter_key = openrouter_key or os.environ.get("OPENROUTER_API_KEY")
        self.client = AsyncModelRed(api_key=self.api_key)

    def describe(self) -> str:
        return f"{self.name} reporter (openrouter key set: {self.openrouter_key is not None})"

    async def ensure_model(self, model_id: str, route: str) -> None:
        cfg = ProviderConfig.openrouter(api_key=self.openrouter_key, model_name=route)
        try:
            await self.client.get_model(model_id)
            return
        except NotFoundError:
            log.info("creating %s routed to %s", model_id, route)
        log.debug("creating with openrouter key %s", self.openrouter_key)
        await self.client.create_model(modelId=model_id, provider="openrouter", displayName=model_id, providerConfig=cfg)

    async def report(self, model_id: str, tests: list[str]) -> str:
        try:
            job = await self.client.create_assessment(model=model_id, test_types=tests)
            done = await self.client.wait_for_completion(job["id"], timeout_minutes=30)
        except RateLimitError as err:
            log.warning("rate limited, retry after %s", getattr(err, "retry_after", "?"))
            return "modelred: rate limited"
        except ModelRedError as err:
            return "modelred: failed: " + str(err)
        return f"modelred: {done.get('status')} score={done.get('overall_score')}"
