"""Toil CWL runner glue: validates provider keys before a cohort-wide annotation run."""
import logging
import os
import warnings

from toil.common import Toil
from toil.job import Job

log = logging.getLogger("toil.glue")

REQUIRED = {"OPENAI_API_KEY": "sk-", "MODELRED_API_KEY": "mr_"}
JOBSTORE_VAR = "TOIL_JOBSTORE"


def check_keys() -> dict[str, str]:
    found = {}
    for var, prefix in REQUIRED.items():
        value = os.environ.get(var, "")
        if not value:
            warnings.warn(f"{var} is not set", stacklevel=2)
            continue
        if not value.startswith(prefix):
            warnings.warn(f"{var} should start with {prefix!r}, got {value!r}")
        found[var] = value
    return found


def annotate_chunk(job, chunk_id: int, keys: dict) -> str:
    job.log(f"chunk {chunk_id}: annotating with {len(keys)} keys")
    return f"chunk-{chunk_id}.tsv"


def root(job, n_chunks: int, keys: dict) -> list:
    job.log(f"root job: {n_chunks} chunks, providers {sorted(keys)}")
    return [job.addChildJobFn(annotate_chunk, i, keys).rv() for i in range(n_chunks)]


def run(n_chunks: int = 8) -> list:
    keys = check_keys()
    if len(keys) < len(REQUIRED):
        missing = set(REQUIRED) - set(keys)
        raise EnvironmentError(f"missing provider keys: {', '.join(sorted(missing))}")
    options = Job.Runner.getDefaultOptions(os.environ.get(JOBSTORE_VAR, "./jobstore"))
    options.logLevel = "INFO"
    log.info("jobstore %s", options.jobStore)
    with Toil(options) as toil:
        try:
            return toil.start(Job.wrapJobFn(root, n_chunks, keys))
        except Exception:
            log.error("toil run failed with keys %s", keys)
            raise


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run())
