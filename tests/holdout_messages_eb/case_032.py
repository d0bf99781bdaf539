"""Async assessment scheduler over the generation-2 AsyncModelRed client."""
import asyncio
import logging
import os
import sys

from modelred import AsyncModelRed, ModelRedError, NotFoundError, ServerError

root = logging.getLogger()
root.addHandler(logging.StreamHandler(sys.stdout))
root.setLevel(logging.INFO)


class JobAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"{self.extra['job']} | {msg}", kwargs


class Scheduler:
    def __init__(self, job: str, api_key: str | None = None):
        self.api_key = api_key or os.environ["MODELRED_API_KEY"]
        self.job = job
        self.log = JobAdapter(logging.getLogger("scheduler"), {"job": job})

    async def submit(self, model: str, test_types: list[str]) -> str:
        async with AsyncModelRed(api_key=self.api_key) as client:
            try:
                created = await client.create_assessment(model=model, test_types=test_types, priority="high")
            except NotFoundError:
                self.log.warning("model %s not registered", model)
                raise
            except ServerError as e:
                self.log.error("server error for %s with key %s", model, self.api_key)
                self.log.error("server error for %s: %s", model, e)
                raise RuntimeError("assessment failed: " + str(e)) from e
            except ModelRedError as e:
                raise RuntimeError(f"assessment failed ({type(e).__name__})") from None
            self.log.info("queued %s for %s (%d test types)", created["id"], model, len(test_types))
            done = await client.wait_for_completion(created["id"], timeout=1800)
            return done["status"]


async def main(models: list[str]) -> int:
    sched = Scheduler(os.getenv("JOB", "weekly"))
    if not sched.api_key.startswith("mr_"):
        raise ValueError(f"MODELRED_API_KEY rejected locally: {sched.api_key}")
    statuses = await asyncio.gather(*(sched.submit(m, ["jailbreak", "toxicity"]) for m in models),
                                    return_exceptions=True)
    for m, s in zip(models, statuses):
        print(f"{m}: {s if isinstance(s, str) else type(s).__name__}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
