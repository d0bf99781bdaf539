"""Submit a ModelRed probe sweep as SLURM array jobs on the lab cluster."""
import logging
import os
import sys
from dataclasses import dataclass, field

import submitit
from modelred import ModelRed, APIError, RateLimited

log = logging.getLogger("sweep.slurm")

PARTITION = "gpu-short"
KEY_ENV = "MODELRED_API_KEY"
DEFAULT_PACKS = ["jailbreak-v2", "pii-leak", "toxicity-lite"]


@dataclass
class SweepJob:
    model_id: str
    packs: list
    api_key: str = field(repr=False)
    priority: str = "normal"

    def __call__(self):
        log.info("job %s model=%s packs=%s", os.environ.get("SLURM_JOB_ID"), self.model_id, self.packs)
        log.debug("job config %r", self)
        with ModelRed(self.api_key, timeout=60.0) as client:
            try:
                a = client.create_assessment(model_id=self.model_id, probe_pack_ids=self.packs, priority=self.priority)
            except RateLimited as e:
                log.warning("rate limited on %s, retry after %s", self.model_id, e.retry_after)
                raise
            except APIError as e:
                return {"model": self.model_id, "ok": False, "error": str(e)}
        return {"model": self.model_id, "ok": True, "assessment": a["id"]}


def main(models):
    key = os.environ.get(KEY_ENV, "")
    if not key:
        raise RuntimeError(f"{KEY_ENV} is empty: {key!r}")
    if not key.startswith("mr_"):
        raise ValueError(f"{KEY_ENV} does not look like a ModelRed key: {key}")
    executor = submitit.AutoExecutor(folder="slurm_logs/%j")
    executor.update_parameters(slurm_partition=PARTITION, timeout_min=120, slurm_array_parallelism=8)
    jobs = [SweepJob(m, DEFAULT_PACKS, key) for m in models]
    log.info("submitting %d jobs to %s with key ...%s", len(jobs), PARTITION, key[-4:])
    slurm_env = {k: v for k, v in os.environ.items() if k.startswith("SLURM_")}
    log.debug("submit environment %s", slurm_env)
    submitted = executor.map_array(lambda j: j(), jobs)
    for job in submitted:
        log.info("queued %s (%s)", job.job_id, job.state)
    if os.environ.get("SWEEP_DEBUG"):
        log.debug("first job key %s", jobs[0].api_key)
    return [j.job_id for j in submitted]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1:] or ["llama-3-8b-instruct"])
