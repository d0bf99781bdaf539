"""Async ModelRed scan scheduler for the speech models (generation 3)."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, RateLimited, ServerError, Unauthorized, NotAllowedForApiKey

log = logging.getLogger("speech.scans")

RETRYABLE = (RateLimited, ServerError)
SPEECH_MODELS = ["whisper-large-v3", "nova-2-general", "eleven-multilingual-v2"]


class ScanScheduler:
    def __init__(self, api_key=None, packs=None):
        self.api_key = api_key or os.environ["MODELRED_API_KEY"]
        self.packs = packs or ["pp_prompt_injection", "pp_pii"]
        self.results = {}

    async def scan_one(self, mr, model_id, attempts=3):
        for attempt in range(1, attempts + 1):
            try:
                return await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=self.packs)
            except RETRYABLE as e:
                log.warning("%s attempt %d: %s", model_id, attempt, type(e).__name__)
                await asyncio.sleep(2 ** attempt)
            except NotAllowedForApiKey as e:
                log.error("key not allowed for %s: %s", model_id, e)
                return {"model": model_id, "error": "not allowed"}
        return {"model": model_id, "error": "gave up"}

    async def run(self):
        try:
            async with AsyncModelRed(self.api_key, timeout=30.0, max_retries=1) as mr:
                out = await asyncio.gather(*(self.scan_one(mr, m) for m in SPEECH_MODELS))
        except Unauthorized:
            log.critical("ModelRed rejected key %s", self.api_key)
            raise
        self.results = dict(zip(SPEECH_MODELS, out))
        return self.results


async def api_scan_all(request_key: str):
    sched = ScanScheduler(api_key=request_key)
    try:
        return {"results": await sched.run()}
    except ModelRedError as e:
        return {"results": {}, "error": f"{e}"}


if __name__ == "__main__":
    s = ScanScheduler()
    log.info("packs %s models %s", s.packs, SPEECH_MODELS)
    print(asyncio.run(s.run()))
