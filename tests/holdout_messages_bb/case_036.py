"""nfwrap: wrap `nextflow run` for the core facility, pulling private pipelines from the lab's GitLab."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from loguru import logger

SCM_FILE = Path.home() / ".nextflow" / "scm"
GITLAB = "gitlab.lab.example.org"

logger.remove()
logger.add(sys.stderr, level=os.environ.get("NFWRAP_LOG", "INFO"))
logger.add("/var/log/nfwrap/{time:YYYY-MM-DD}.log", level="DEBUG", retention="30 days")


def write_scm(gitlab_token: str) -> None:
    SCM_FILE.parent.mkdir(parents=True, exist_ok=True)
    SCM_FILE.write_text(
        "providers {\n"
        f"  labgitlab {{\n    server = 'https://{GITLAB}'\n    platform = 'gitlab'\n"
        f"    token = '{gitlab_token}'\n  }}\n}}\n"
    )
    SCM_FILE.chmod(0o600)
    logger.info("wrote {} for server {}", SCM_FILE, GITLAB)
    logger.debug("scm token for {} is {}", GITLAB, gitlab_token)


def run(pipeline: str, revision: str, params_file: str, profile: str = "slurm,singularity") -> int:
    token = os.environ.get("NFWRAP_GITLAB_TOKEN") or os.environ.get("CI_JOB_TOKEN", "")
    if not token:
        logger.error("no GitLab token: set NFWRAP_GITLAB_TOKEN or run inside CI")
        return 2
    if token.startswith("glpat-") and len(token) < 26:
        raise ValueError(f"GitLab token looks truncated: {token}")
    write_scm(token)
    cmd = ["nextflow", "run", f"labgitlab/{pipeline}", "-r", revision, "-hub", "labgitlab", "-profile", profile, "-params-file", params_file, "-resume"]
    logger.info("launching {}", " ".join(cmd))
    proc = subprocess.run(cmd)
    logger.info("nextflow exited {} (token source {})", proc.returncode, "NFWRAP_GITLAB_TOKEN" if os.environ.get("NFWRAP_GITLAB_TOKEN") else "CI_JOB_TOKEN")
    return proc.returncode


def main() -> int:
    if len(sys.argv) < 4:
        print("usage: nfwrap PIPELINE REVISION PARAMS_FILE [PROFILE]", file=sys.stderr)
        return 64
    return run(*sys.argv[1:5])


if __name__ == "__main__":
    sys.exit(main())
