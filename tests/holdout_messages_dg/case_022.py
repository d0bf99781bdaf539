"""Datadog LLM Observability bootstrap for the ModelRed scan worker (generation 1)."""
import asyncio
import logging
import os

from ddtrace.llmobs import LLMObs
from modelred import ModelRed, ModelRedError, ValidationError, RateLimitError

log = logging.getLogger("worker")

DD_API_KEY = os.getenv("DD_API_KEY")
DD_SITE = os.getenv("DD_SITE", "datadoghq.eu")


def enable_llmobs() -> None:
    if not DD_API_KEY:
        log.warning("DD_API_KEY not set; LLM Observability disabled")
        return
    LLMObs.enable(ml_app="modelred-worker", api_key=DD_API_KEY, site=DD_SITE, agentless_enabled=True)
    log.info("LLMObs on, site=%s", DD_SITE)
    log.debug("LLMObs api_key=%s", DD_API_KEY)


async def handle_job(job: dict) -> dict:
    with LLMObs.workflow(name="scan-job"):
        try:
            async with ModelRed() as client:
                status = await client.get_assessment_status(job["assessment_id"])
                return {"job": job["id"], "status": status["status"]}
        except ValidationError as e:
            return {"job": job["id"], "status": "invalid", "reason": e.message}
        except RateLimitError:
            return {"job": job["id"], "status": "retry"}
        except ModelRedError as e:
            log.error("job %s failed: %s", job["id"], e)
            return {"job": job["id"], "status": "error", "reason": type(e).__name__}


async def main() -> None:
    enable_llmobs()
    jobs = [{"id": 1, "assessment_id": "as_01"}, {"id": 2, "assessment_id": "as_02"}]
    for res in await asyncio.gather(*(handle_job(j) for j in jobs)):
        log.info("result %s", res)
    LLMObs.flush()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
