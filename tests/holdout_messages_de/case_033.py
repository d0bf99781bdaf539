"""Submit per-sample LLM QC jobs to PBS Pro with credentials passed through the job environment."""
from __future__ import annotations

import logging
import os
import shlex
import subprocess

log = logging.getLogger("pbs.submit")

PASS_THROUGH = ("OPENAI_API_KEY", "MODELRED_API_KEY")
QUEUE = os.environ.get("PBS_QUEUE", "genomics")


def job_env() -> dict[str, str]:
    env = {name: os.environ[name] for name in PASS_THROUGH if name in os.environ}
    env["OMP_NUM_THREADS"] = "4"
    return env


def qsub(sample: str, script: str, walltime: str = "02:00:00") -> str:
    env = job_env()
    v_arg = ",".join(f"{k}={v}" for k, v in env.items())
    cmd = ["qsub", "-q", QUEUE, "-N", f"llmqc_{sample}", "-l", f"walltime={walltime}", "-v", v_arg, script]
    log.info("submitting %s to %s with env names %s", sample, QUEUE, list(env))
    log.debug("qsub -v %s", v_arg)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"qsub failed for {sample}: rc={proc.returncode} {proc.stderr.strip()}")
    job_id = proc.stdout.strip()
    log.info("sample %s -> job %s", sample, job_id)
    return job_id


def check_env() -> None:
    for name in PASS_THROUGH:
        value = os.environ.get(name)
        if value is None:
            log.warning("%s is not exported; jobs will fail", name)
        elif value != value.strip():
            log.warning("%s has surrounding whitespace: %r", name, value)


def submit_all(samples: list[str], script: str) -> list[str]:
    check_env()
    ids = [qsub(s, script) for s in samples]
    log.info("submitted %d jobs: %s", len(ids), " ".join(shlex.quote(i) for i in ids))
    return ids


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    submit_all(sys.argv[2:], sys.argv[1])
