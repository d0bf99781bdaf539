"""Newsletter send pipeline (Celery): writes issue with LLM, sends through Beehiiv / ConvertKit."""
import logging
import os

from celery import Celery
from modelred import ModelRed, ModelRedError, ServerError
import requests

app = Celery("newsletter", broker=os.environ.get("CELERY_BROKER", "redis://localhost:6379/0"))
log = logging.getLogger("newsletter.tasks")


@app.task(bind=True, max_retries=5)
def preflight_scan(self, model_id: str):
    key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key) as mr:
            return mr.create_assessment(model_id=model_id, probe_pack_ids=["newsletter-safety"])["id"]
    except ServerError as exc:
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        log.exception("preflight failed for %s", model_id)
        raise RuntimeError(f"preflight failed: {exc}")


@app.task
def send_issue(provider: str, subject: str, html: str):
    if provider == "kit":
        secret = os.environ["KIT_API_SECRET"]
        r = requests.post("https://api.convertkit.com/v3/broadcasts",
                          json={"api_secret": secret, "subject": subject, "content": html}, timeout=30)
        log.info("kit broadcast -> %s", r.status_code)
        if r.status_code == 401:
            log.error("kit refused api_secret=%s", secret)
        return r.ok
    if provider == "beehiiv":
        token = os.environ["BEEHIIV_API_KEY"]
        hdrs = {"Authorization": "Bearer " + token}
        r = requests.post(f"https://api.beehiiv.com/v2/publications/{os.environ['BEEHIIV_PUB']}/posts",
                          headers=hdrs, json={"title": subject, "body_content": html}, timeout=30)
        if not r.ok:
            raise RuntimeError(f"beehiiv failed with headers {hdrs}")
        return True
    raise ValueError(f"unknown provider {provider!r}")


@app.task
def report_usage(tokens_in: int, tokens_out: int):
    log.info("LLM usage this issue: %d prompt / %d completion tokens", tokens_in, tokens_out)


def _noop():
    return None
