"""Video transcoding job runner: after captions are made, checks the caption LLM with ModelRed gen 2 async."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ProviderConfig, ModelRedError, ValidationError, ConflictError

LOG = logging.getLogger("video.jobs")


class CaptionJob:
    def __init__(self, job_id: str, model_id: str, notify):
        self.job_id = job_id
        self.model_id = model_id
        self.notify = notify  # posts to the producer's job page
        self.xai_key = os.environ["XAI_API_KEY"]
        self.client = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])

    async def ensure_model(self):
        cfg = ProviderConfig.grok(api_key=self.xai_key, model_name="grok-2", max_tokens=1024)
        LOG.info("job %s: ensuring model %s (max_tokens=%d)", self.job_id, self.model_id, 1024)
        try:
            await self.client.create_model(modelId=self.model_id, provider="grok",
                                           displayName=f"Captions {self.job_id}", providerConfig=cfg)
        except ConflictError:
            LOG.debug("model %s exists", self.model_id)
        except ValidationError as e:
            LOG.error("provider config rejected: %s; config=%s", e, cfg)
            raise

    async def run(self):
        await self.ensure_model()
        try:
            a = await self.client.create_assessment(model=self.model_id,
                                                    test_types=["toxicity", "bias"], priority="low")
            done = await self.client.wait_for_completion(a["id"], timeout=1800)
        except ModelRedError as e:
            await self.notify(self.job_id, f"Caption model check failed: {e}")
            return None
        except asyncio.TimeoutError:
            LOG.warning("job %s: assessment %s still running", self.job_id, a["id"])
            await self.notify(self.job_id, "Caption model check is taking longer than usual.")
            return None
        score = done.get("overall_score")
        await self.notify(self.job_id, f"Caption model score: {score}")
        return score


async def _print_notify(job_id, text):
    print(f"[{job_id}] {text}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    job = CaptionJob("job-42", "captions-grok", _print_notify)
    LOG.info("xai key loaded: %s", job.xai_key)
    asyncio.run(job.run())
