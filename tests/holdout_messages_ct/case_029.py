"""Async retry decorator with jitter around generation-2 AsyncModelRed calls."""
import asyncio
import functools
import logging
import os
import random

from modelred import AsyncModelRed, RateLimitError, ServerError, ModelRedError

log = logging.getLogger("aretry")


def aretry(*, attempts=5, on=(RateLimitError, ServerError)):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for i in range(attempts):
                try:
                    return await fn(*args, **kwargs)
                except on as exc:
                    delay = min(30, 2 ** i) + random.uniform(0, 1)
                    log.warning("%s: %s, sleeping %.1fs", fn.__name__, type(exc).__name__, delay)
                    await asyncio.sleep(delay)
            return await fn(*args, **kwargs)
        return wrapper
    return deco


class AssessmentService:
    def __init__(self, api_key=None):
        self._api_key = api_key or os.environ.get("MODELRED_API_KEY")
        self.client = AsyncModelRed(api_key=self._api_key)
        log.debug("service ready, key set: %s", bool(self._api_key))

    @aretry()
    async def create(self, model, test_types):
        return await self.client.create_assessment(model=model, test_types=test_types, priority="high")

    @aretry(attempts=3)
    async def wait(self, assessment_id):
        return await self.client.wait_for_completion(assessment_id, poll_interval=10)

    async def run(self, model, test_types):
        try:
            created = await self.create(model, test_types)
            return await self.wait(created["id"])
        except ModelRedError as exc:
            log.error("assessment for %s failed: %s", model, exc)
            raise ValueError(f"assessment for {model} failed: {exc}") from exc

    def __repr__(self):
        return f"AssessmentService(key={self._api_key})"


async def main():
    svc = AssessmentService()
    log.info("service: %r", svc)
    print(await svc.run("docs-qa", ["jailbreak", "toxicity"]))


if __name__ == "__main__":
    asyncio.run(main())
