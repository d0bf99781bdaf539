"""Generation-1 ModelRed helpers built as partials and closures for a job scheduler."""
import asyncio
import functools
import logging

from modelred import ModelRed, ModelRedError, RateLimitError

log = logging.getLogger("scheduler.mr")


def progress_printer(model_id):
    def callback(progress):
        log.info("%s: %s%%", model_id, progress.get("percent"))
    return callback


async def _assess(api_key, model_id, suites, priority):
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(
            model_id=model_id,
            test_suites=suites,
            priority=priority,
            wait_for_completion=True,
            progress_callback=progress_printer(model_id),
        )


def make_job(api_key, model_id, suites, priority="normal"):
    job = functools.partial(_assess, api_key, model_id, suites, priority)
    log.debug("job made: %s %s", model_id, suites)
    log.debug("job for %s bound to key %s", model_id, api_key)
    return job


async def run_jobs(jobs, concurrency=2):
    sem = asyncio.Semaphore(concurrency)

    async def guarded(job):
        async with sem:
            try:
                return await job()
            except RateLimitError as exc:
                log.warning("rate limited: %s", type(exc).__name__)
                await asyncio.sleep(30)
                return await job()
            except ModelRedError as exc:
                return {"error": repr(exc)}

    return await asyncio.gather(*(guarded(j) for j in jobs))


def schedule(api_key, model_ids):
    jobs = [make_job(api_key, m, ["basic_security"]) for m in model_ids]
    log.info("scheduling %d jobs", len(jobs))
    return asyncio.run(run_jobs(jobs))
