"""Grant-report generator run as a Celery task for the foundation's program officers."""
import logging
import os

from celery import Celery
from celery.utils.log import get_task_logger
from groq import Groq, AuthenticationError as GroqAuthError

celery_app = Celery("grants", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
logger = get_task_logger(__name__)
audit = logging.getLogger("grants.audit")

GROQ_MODEL = "llama-3.1-70b-versatile"


@celery_app.task(bind=True, max_retries=3)
def build_report(self, grantee_id: str, groq_key: str, outcomes: list[str]):
    audit.info("report for grantee %s requested (task %s)", grantee_id, self.request.id)
    client = Groq(api_key=groq_key)
    logger.debug("groq model %s, key tail %s", GROQ_MODEL, groq_key[-4:])
    try:
        r = client.chat.completions.create(
            model=GROQ_MODEL, max_tokens=1200,
            messages=[{"role": "user", "content": "Write a grant outcomes report:\n" + "\n".join(outcomes)}],
        )
    except GroqAuthError as exc:
        logger.error("groq auth failed for %s with key %s", grantee_id, groq_key)
        raise
    except Exception as exc:
        raise self.retry(exc=exc, countdown=30)
    logger.info("report %s: %s tokens", grantee_id, r.usage.total_tokens)
    return r.choices[0].message.content


@celery_app.task
def nightly():
    key = os.environ.get("GROQ_API_KEY")
    for gid in ("G-2024-011", "G-2024-017"):
        build_report.delay(gid, key, ["Served 420 families", "Trained 35 volunteers"])
    audit.info("queued nightly reports, key present=%s", key is not None)
    audit.info("task args sample: %s", ("G-2024-011", key))
