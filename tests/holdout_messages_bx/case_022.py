"""Gen-2 async ModelRed client used by the robotics eval service; retries with backoff."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ProviderConfig, RateLimitError, ServerError, ModelRedError

log = logging.getLogger("eval.redteam")


class RedTeamService:
    def __init__(self):
        self._key = os.environ.get("MODELRED_API_KEY")
        self.xai_key = os.environ.get("XAI_API_KEY")
        self.client = AsyncModelRed(api_key=self._key)

    async def register_grok_planner(self, model_id: str):
        cfg = ProviderConfig.grok(api_key=self.xai_key, model_name="grok-2")
        await self.client.create_model(modelId=model_id, provider="grok", displayName="Grok planner", providerConfig=cfg)
        log.info("registered %s (xai key ...%s)", model_id, self.xai_key[-4:])

    async def assess(self, model_id: str, retries: int = 3) -> dict:
        delay = 2.0
        for attempt in range(1, retries + 1):
            try:
                job = await self.client.create_assessment(model=model_id, test_types=["unsafe_actuation"], priority="normal")
                return await self.client.wait_for_completion(job["id"])
            except (RateLimitError, ServerError) as e:
                log.warning("attempt %d failed (%s), sleeping %.0fs", attempt, type(e).__name__, delay)
                await asyncio.sleep(delay)
                delay *= 2
            except ModelRedError as e:
                raise RuntimeError(f"assessment of {model_id} failed: {e}") from e
        raise TimeoutError(f"gave up on {model_id} after {retries} attempts")

    async def check_keys(self):
        if self.xai_key and not self.xai_key.startswith("xai-"):
            raise ValueError(f"XAI_API_KEY has an unexpected prefix: {self.xai_key}")
        log.info("keys present: modelred=%s xai=%s", bool(self._key), bool(self.xai_key))


async def main():
    svc = RedTeamService()
    await svc.check_keys()
    await svc.register_grok_planner("grok-planner-v1")
    print(await svc.assess("grok-planner-v1"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
