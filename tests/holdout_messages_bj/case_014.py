import asyncio
import logging
import os
from dataclasses import dataclass, field

from modelred import AsyncModelRed, RateLimited, ServerError, ModelRedError

log = logging.getLogger("batchscan")
RETRYABLE = (RateLimited, ServerError)


@dataclass
class ScanJob:
    model_id: str
    packs: list = field(default_factory=lambda: ["owasp-llm-top10"])
    detector_key: str = field(default="", repr=False)


class BatchScanner:
    def __init__(self, api_key: str, concurrency: int = 3):
        self.api_key = api_key
        self.sem = asyncio.Semaphore(concurrency)
        self.results = {}

    async def one(self, mr, job: ScanJob, attempt=0):
        async with self.sem:
            try:
                res = await mr.create_assessment(model_id=job.model_id, probe_pack_ids=job.packs,
                                                 detector_api_key=job.detector_key or None)
            except RETRYABLE as e:
                log.warning("retry %s after %r", job, e)
                await asyncio.sleep(2 ** attempt)
                return await self.one(mr, job, attempt + 1)
            except ModelRedError as e:
                self.results[job.model_id] = f"failed: {type(e).__name__}"
                return None
            self.results[job.model_id] = res["id"]
            return res

    async def run(self, jobs):
        log.debug("scanner key=%s concurrency=%s", self.api_key, self.sem._value)
        async with AsyncModelRed(self.api_key) as mr:
            await asyncio.gather(*(self.one(mr, j) for j in jobs))
        return self.results


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    det = os.environ.get("OPENAI_API_KEY", "")
    jobs = [ScanJob("home-mistral"), ScanJob("home-llama", detector_key=det)]
    log.info("jobs: %s", jobs)
    for j in jobs:
        if j.detector_key and len(j.detector_key) < 20:
            log.warning("detector key for %s looks truncated: %s", j.model_id, j.detector_key)
    print(asyncio.run(BatchScanner(os.environ["MODELRED_API_KEY"]).run(jobs)))
