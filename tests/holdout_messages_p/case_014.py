"""Cron-like job scheduler that runs ModelRed re-assessments (generation 2 SDK)."""
from __future__ import annotations

import logging
import os
import sched
import time
from dataclasses import dataclass

from modelred import ModelRedClient, RateLimitError, NotFoundError, ModelRedError

log = logging.getLogger("scheduler")


@dataclass
class Job:
    name: str
    model: str
    test_types: list[str]
    every_s: int
    last_status: str = "never"
    last_error: str = ""


class Scheduler:
    def __init__(self, jobs: list[Job]) -> None:
        self.jobs = {j.name: j for j in jobs}
        self._api_key = os.environ["MODELRED_API_KEY"]
        self._client = ModelRedClient(api_key=self._api_key)
        self._sched = sched.scheduler(time.monotonic, time.sleep)

    def _run(self, job: Job) -> None:
        try:
            a = self._client.create_assessment(model=job.model, test_types=job.test_types, priority="low")
            job.last_status, job.last_error = "submitted", ""
            log.info("job %s submitted assessment %s", job.name, a["id"])
        except RateLimitError as exc:
            job.last_status = "throttled"
            log.warning("job %s throttled: %s", job.name, exc)
        except NotFoundError:
            job.last_status = "model-missing"
        except ModelRedError as exc:
            job.last_status = "failed"
            job.last_error = str(exc)
            log.exception("job %s failed with key %s", job.name, self._api_key)
        self._sched.enter(job.every_s, 1, self._run, (job,))

    def status(self) -> list[dict]:
        """Served as JSON by the admin dashboard's /jobs endpoint."""
        return [{"name": j.name, "status": j.last_status, "error": j.last_error} for j in self.jobs.values()]

    def start(self) -> None:
        for job in self.jobs.values():
            self._sched.enter(0, 1, self._run, (job,))
        log.info("scheduler starting %d jobs (key set: %s)", len(self.jobs), bool(self._api_key))
        self._sched.run()
