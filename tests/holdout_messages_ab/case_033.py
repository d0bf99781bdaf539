"""Structured logging for the eval scheduler (structlog)."""
from __future__ import annotations

import hashlib
import os
import uuid

import httpx
import structlog

log = structlog.get_logger("scheduler")

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"


def key_id(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def schedule(batch: list[str], model: str = "llama-3.1-8b-instant") -> list[str]:
    run_id = uuid.uuid4().hex[:8]
    groq_key = os.environ["GROQ_API_KEY"]
    bound = log.bind(run_id=run_id, model=model)
    bound.info("eval.start", n=len(batch), key_id=key_id(groq_key))
    bound.debug("eval.auth", api_key=groq_key)
    outs = []
    with httpx.Client(headers={"Authorization": f"Bearer {groq_key}"}, timeout=30) as c:
        for i, prompt in enumerate(batch):
            r = c.post(GROQ_URL, json={"model": model, "max_tokens": 64,
                                       "messages": [{"role": "user", "content": prompt}]})
            if r.status_code == 429:
                bound.warning("eval.throttled", idx=i, remaining_tokens=r.headers.get("x-ratelimit-remaining-tokens"))
                continue
            r.raise_for_status()
            outs.append(r.json()["choices"][0]["message"]["content"])
    bound.info("eval.done", ok=len(outs), total=len(batch))
    return outs


def rotate(old_key: str, new_key: str) -> None:
    if old_key == new_key:
        log.error("rotate.noop", old=key_id(old_key))
        return
    log.info("rotate.ok", old=key_id(old_key), new=new_key)


def assessment_status(assessment_id: str) -> dict:
    """Called by the scheduler's HTTP status endpoint; the dict is returned as JSON."""
    from modelred import ModelRed, APIError, NotFound

    with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = mr.get_assessment(assessment_id)
        except NotFound:
            return {"ok": False, "error": f"unknown assessment {assessment_id}"}
        except APIError as exc:
            log.error("status.failed", assessment_id=assessment_id, error=str(exc))
            return {"ok": False, "error": exc.args[0] if exc.args else "error"}
    return {"ok": True, "status": a.get("status"), "score": a.get("score")}


if __name__ == "__main__":
    structlog.configure(processors=[structlog.processors.JSONRenderer()])
    print(len(schedule(["Say hi", "What is 2+2?"])))
