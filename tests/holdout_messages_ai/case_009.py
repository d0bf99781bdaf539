"""Celery tasks that generate feedback for submitted homework."""
import os

from celery import Celery
from celery.utils.log import get_task_logger
import google.generativeai as genai

app = Celery("feedback", broker=os.getenv("BROKER_URL", "redis://localhost:6379/2"))
task_log = get_task_logger(__name__)

GEMINI_KEY = os.getenv("GOOGLE_API_KEY")
genai.configure(api_key=GEMINI_KEY)
GEMINI_KEY_VAR = "GOOGLE_API_KEY"


@app.task(bind=True, max_retries=3)
def feedback_for_submission(self, submission_id: int, text: str, rubric: str) -> dict:
    task_log.info("feedback for submission %s (%d chars)", submission_id, len(text))
    model = genai.GenerativeModel("gemini-1.5-flash")
    try:
        result = model.generate_content(
            f"Give formative feedback against this rubric:\n{rubric}\n---\n{text}",
            generation_config={"max_output_tokens": 700, "temperature": 0.3},
        )
    except Exception as exc:
        task_log.warning("gemini call failed for %s using %s: %s", submission_id, GEMINI_KEY_VAR, exc)
        raise self.retry(exc=exc, countdown=30)
    usage = result.usage_metadata
    task_log.info("tokens prompt=%s output=%s", usage.prompt_token_count, usage.candidates_token_count)
    return {"submission": submission_id, "feedback": result.text}


@app.task
def ping_gemini() -> bool:
    if not GEMINI_KEY:
        task_log.error("no Gemini key configured")
        return False
    task_log.debug("pinging Gemini with key %s", GEMINI_KEY)
    try:
        genai.GenerativeModel("gemini-1.5-flash").count_tokens("ping")
    except Exception as exc:
        raise RuntimeError(f"Gemini ping failed with key {GEMINI_KEY}: {exc}") from exc
    return True


@app.task
def bulk_feedback(submission_ids: list[int]) -> int:
    queued = 0
    for sid in submission_ids:
        feedback_for_submission.delay(sid, "", "")
        queued += 1
    task_log.info("queued %d feedback jobs", queued)
    return queued
