"""Celery tasks for scheduled report generation (generation 2 client)."""
import logging
import os

from celery import Celery
from modelred import ModelRedClient, ModelRedError, RateLimitError

app = Celery("reports", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("reports.tasks")


def _client():
    return ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.task(bind=True, max_retries=5)
def weekly_assessment(self, model_name: str, recipients: list):
    try:
        a = _client().create_assessment(model=model_name, test_types=["jailbreak", "pii"], priority="low")
    except RateLimitError as exc:
        log.info("rate limited on %s, retrying", model_name)
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        log.error("create_assessment failed: %s", exc)
        return {"ok": False, "reason": type(exc).__name__}
    return {"ok": True, "assessment": a.get("id"), "recipients": len(recipients)}


@app.task
def render_and_mail(assessment_id: str, smtp_password: str = None):
    smtp_password = smtp_password or os.environ.get("SMTP_PASSWORD")
    log.info("render %s", assessment_id)
    try:
        a = _client().get_assessment(assessment_id)
    except ModelRedError as exc:
        return {"ok": False, "reason": str(exc)}
    if a.get("status") != "COMPLETED":
        log.warning("not completed; will mail later using password %s", smtp_password)
        return {"ok": False, "reason": "pending"}
    return {"ok": True}


@app.task
def ping_provider(openai_api_key: str):
    import openai
    client = openai.OpenAI(api_key=openai_api_key)
    try:
        client.models.list()
    except openai.AuthenticationError as e:
        raise PermissionError(f"openai key rejected: {openai_api_key}") from e
    return True
