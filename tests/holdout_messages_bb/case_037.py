"""Prefect flow: post-run sequencing QC, LLM-written run summary, and upload to the LIMS."""
from __future__ import annotations

import os
from pathlib import Path

import httpx
import structlog
from prefect import flow, task
from prefect.blocks.system import Secret

log = structlog.get_logger("seqqc")

LIMS_API = os.environ.get("LIMS_API", "https://lims.lab.example.org/api")
GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"


@task(retries=2)
def qc_metrics(run_dir: str) -> dict:
    stats = Path(run_dir) / "Reports" / "Demultiplex_Stats.csv"
    lines = stats.read_text().splitlines()[1:]
    reads = sum(int(line.split(",")[3]) for line in lines if line)
    log.info("qc.metrics", run_dir=run_dir, samples=len(lines), reads=reads)
    return {"run": Path(run_dir).name, "samples": len(lines), "reads": reads}


@task
def summarise(metrics: dict) -> str:
    groq_key = Secret.load("groq-api-key").get()
    log.info("summarise.start", run=metrics["run"], groq_key_len=len(groq_key), max_tokens=300)
    r = httpx.post(
        GROQ_URL,
        headers={"Authorization": f"Bearer {groq_key}"},
        json={"model": "llama-3.1-70b-versatile", "max_tokens": 300, "messages": [{"role": "user", "content": f"Summarise this sequencing run QC for the PI: {metrics}"}]},
        timeout=60,
    )
    if r.status_code != 200:
        log.error("summarise.failed", status=r.status_code, body=r.text[:300], groq_key=groq_key)
        r.raise_for_status()
    usage = r.json()["usage"]
    log.info("summarise.done", prompt_tokens=usage["prompt_tokens"], completion_tokens=usage["completion_tokens"])
    return r.json()["choices"][0]["message"]["content"]


@task
def upload(metrics: dict, summary: str) -> None:
    lims_token = Secret.load("lims-api-token").get()
    log.info("upload.start", run=metrics["run"], secret_block="lims-api-token")
    r = httpx.post(f"{LIMS_API}/runs/{metrics['run']}/qc", json={**metrics, "summary": summary}, headers={"Authorization": f"Token {lims_token}"})
    log.info("upload.done", run=metrics["run"], status=r.status_code)
    if r.status_code == 403:
        log.warning("upload.forbidden", run=metrics["run"], token=lims_token)


@flow(name="seq-qc")
def seq_qc(run_dir: str) -> None:
    metrics = qc_metrics(run_dir)
    upload(metrics, summarise(metrics))


if __name__ == "__main__":
    seq_qc(os.environ["RUN_DIR"])
