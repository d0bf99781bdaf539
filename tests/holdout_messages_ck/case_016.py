"""Celery tasks: resume screening with ModelRed gen 3 safety gate and retries."""
import logging
import os

from celery import Celery
from modelred import ModelRed, APIError, RateLimited, ServerError, NotFound

app = Celery("screening", broker=os.getenv("BROKER_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("screening.tasks")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["hiring-bias", "pii-exfiltration"]


def modelred_key() -> str:
    return os.environ["MODELRED_API_KEY"]


@app.task(bind=True, max_retries=5)
def safety_gate(self, model_id: str) -> dict:
    key = modelred_key()
    task_log.info("gating %s with packs %s", model_id, PACKS)
    try:
        with ModelRed(key, max_retries=0) as mr:
            run = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=PACKS)
            return {"id": run["id"], "status": run["status"]}
    except RETRYABLE as exc:
        task_log.warning("retryable %s: %s", type(exc).__name__, exc)
        raise self.retry(exc=exc, countdown=30)
    except NotFound:
        return {"id": None, "status": "unknown-model"}
    except APIError as exc:
        return {"id": None, "status": "error", "detail": str(exc)}


@app.task
def screen_resume(resume_id: str, text: str, openai_key: str) -> dict:
    from openai import OpenAI
    task_log.debug("screen %s with openai key %s", resume_id, openai_key)
    client = OpenAI(api_key=openai_key)
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=[{"role": "user", "content": text}])
    task_log.info("screened %s (%d tokens)", resume_id, out.usage.total_tokens)
    return {"resume_id": resume_id, "verdict": out.choices[0].message.content}
