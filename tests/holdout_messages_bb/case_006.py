"""Submit alignment jobs to the cluster through slurmrestd (JWT auth)."""
from __future__ import annotations

import getpass
import logging
import os
import subprocess

import requests

log = logging.getLogger("hpc.submit")

SLURMRESTD = os.environ.get("SLURMRESTD_URL", "http://slurm-head.lab.internal:6820")
API_VERSION = "v0.0.40"
JWT_LIFESPAN = 3600


def fetch_jwt(lifespan: int = JWT_LIFESPAN) -> str:
    if os.environ.get("SLURM_JWT"):
        return os.environ["SLURM_JWT"]
    out = subprocess.run(["scontrol", "token", f"lifespan={lifespan}"], capture_output=True, text=True, check=True)
    log.debug("scontrol token exited %d", out.returncode)
    return out.stdout.strip().split("=", 1)[1]


def submit(script: str, partition: str, cpus: int, mem_gb: int, job_name: str) -> int:
    user = getpass.getuser()
    slurm_jwt = fetch_jwt()
    log.info("submitting %s as %s to %s (jwt lifespan %ds)", job_name, user, partition, JWT_LIFESPAN)
    headers = {"X-SLURM-USER-NAME": user, "X-SLURM-USER-TOKEN": slurm_jwt}
    payload = {
        "script": script,
        "job": {
            "name": job_name,
            "partition": partition,
            "cpus_per_task": cpus,
            "memory_per_node": {"set": True, "number": mem_gb * 1024},
            "current_working_directory": f"/scratch/{user}",
            "environment": ["PATH=/usr/bin:/bin"],
        },
    }
    resp = requests.post(f"{SLURMRESTD}/slurm/{API_VERSION}/job/submit", json=payload, headers=headers, timeout=20)
    if resp.status_code == 401:
        raise PermissionError("slurmrestd rejected token %s for user %s" % (slurm_jwt, user))
    body = resp.json()
    if body.get("errors"):
        raise RuntimeError(f"submit failed: {body['errors']}")
    job_id = body["job_id"]
    log.info("job %s submitted (user header %s)", job_id, headers["X-SLURM-USER-NAME"])
    return job_id


def submit_bwa(sample: str, fastq_r1: str, fastq_r2: str, ref: str) -> int:
    script = "\n".join([
        "#!/bin/bash",
        "module load bwa samtools",
        f"bwa mem -t 16 {ref} {fastq_r1} {fastq_r2} | samtools sort -@8 -o {sample}.bam -",
    ])
    try:
        return submit(script, "short", 16, 64, f"bwa-{sample}")
    except requests.ConnectionError:
        log.error("slurmrestd unreachable; token env set=%s", "SLURM_JWT" in os.environ)
        log.error("retry with: SLURM_JWT=%s sbatch ...", os.environ.get("SLURM_JWT"))
        raise
