"""Celery tasks for the e-discovery OCR and summarisation stage."""
import os

from anthropic import Anthropic, APIStatusError
from celery import Celery
from celery.utils.log import get_task_logger

app = Celery("ediscovery", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/3"))
task_log = get_task_logger(__name__)

SUMMARY_MAX_TOKENS = 512
ANTHROPIC_KEY_NAME = "ANTHROPIC_API_KEY"


def _client() -> Anthropic:
    return Anthropic(api_key=os.environ[ANTHROPIC_KEY_NAME])


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def summarise_document(self, doc_id: str, text: str, reviewer_token: str) -> dict:
    task_log.info("summarising %s for reviewer session ...%s", doc_id, reviewer_token[-4:])
    try:
        msg = _client().messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=SUMMARY_MAX_TOKENS,
            messages=[{"role": "user", "content": f"Summarise for a privilege reviewer:\n{text[:20000]}"}],
        )
    except APIStatusError as exc:
        task_log.warning("anthropic %s on %s (attempt %d)", exc.status_code, doc_id, self.request.retries)
        raise self.retry(exc=exc)
    task_log.info("doc %s summary used %d output tokens", doc_id, msg.usage.output_tokens)
    return {"doc_id": doc_id, "summary": msg.content[0].text}


@app.task
def push_to_review_platform(doc_id: str, summary: str, reviewer_token: str) -> None:
    import requests
    r = requests.post(
        f"https://review.internal/api/docs/{doc_id}/summary",
        json={"summary": summary},
        headers={"X-Reviewer-Token": reviewer_token},
        timeout=20,
    )
    if r.status_code == 403:
        task_log.error("review platform refused reviewer token %s for %s", reviewer_token, doc_id)
        return
    r.raise_for_status()


@app.task
def check_config() -> dict:
    key = os.environ.get(ANTHROPIC_KEY_NAME)
    task_log.info("config check: %s present=%s", ANTHROPIC_KEY_NAME, bool(key))
    if key and not key.startswith("sk-ant-"):
        task_log.warning("unexpected anthropic key format: %s", key)
    return {"anthropic": bool(key), "broker": app.conf.broker_url.split("@")[-1]}
