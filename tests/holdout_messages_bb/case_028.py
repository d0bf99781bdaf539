"""Run a Snakemake workflow in a subprocess with the provider keys the LLM rules need."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("wfrunner")

PASSTHROUGH = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "NCBI_API_KEY")


@dataclass
class WorkflowRun:
    workdir: Path
    cores: int = 8
    profile: str | None = None
    extra_env: dict[str, str] = field(default_factory=dict)

    def child_env(self) -> dict[str, str]:
        env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}
        for name in PASSTHROUGH:
            if name in os.environ:
                env[name] = os.environ[name]
        env.update(self.extra_env)
        return env

    def command(self) -> list[str]:
        cmd = ["snakemake", "--cores", str(self.cores), "--directory", str(self.workdir)]
        if self.profile:
            cmd += ["--profile", self.profile]
        return cmd

    def run(self) -> int:
        env = self.child_env()
        log.info("running %s", " ".join(self.command()))
        log.info("passing env vars %s", sorted(env))
        log.debug("child env: %s", env)
        proc = subprocess.run(self.command(), env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = proc.stderr[-2000:]
            log.error("snakemake failed (%d): %s", proc.returncode, tail)
        return proc.returncode


def run_for_project(project_dir: str, openai_key: str) -> int:
    if not openai_key.startswith("sk-"):
        raise ValueError(f"project {project_dir}: openai_key {openai_key!r} is not an OpenAI key")
    wf = WorkflowRun(Path(project_dir), extra_env={"OPENAI_API_KEY": openai_key})
    log.info("project %s, %d cores, profile %s", project_dir, wf.cores, wf.profile)
    return wf.run()
