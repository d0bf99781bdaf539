"""Celery tasks: triage Freshdesk tickets with Groq and escalate urgent ones."""
import os

from celery import Celery
from celery.utils.log import get_task_logger
import requests
from groq import Groq
from modelred import ModelRed, RateLimited, ServerError, ModelRedError

app = Celery("helpdesk", broker=os.getenv("BROKER_URL", "redis://localhost:6379/0"))
tlog = get_task_logger(__name__)

GROQ_API_KEY = os.environ["GROQ_API_KEY"]
FD_API_KEY = os.environ["FRESHDESK_API_KEY"]
FD_DOMAIN = os.environ["FRESHDESK_DOMAIN"]
RETRYABLE = (RateLimited, ServerError)
groq = Groq(api_key=GROQ_API_KEY)


@app.task(bind=True, max_retries=3)
def triage(self, ticket_id: int):
    t = requests.get(f"https://{FD_DOMAIN}/api/v2/tickets/{ticket_id}", auth=(FD_API_KEY, "X"), timeout=15)
    if t.status_code == 401:
        tlog.error("freshdesk auth failed for domain %s using %s", FD_DOMAIN, FD_API_KEY)
        return
    ticket = t.json()
    out = groq.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=5, messages=[{"role": "user", "content": f"Urgent? yes/no: {ticket['description_text'][:2000]}"}])
    tlog.info("ticket %s triaged, %s completion tokens", ticket_id, out.usage.completion_tokens)
    if out.choices[0].message.content.strip().lower().startswith("yes"):
        requests.put(f"https://{FD_DOMAIN}/api/v2/tickets/{ticket_id}", json={"priority": 4}, auth=(FD_API_KEY, "X"), timeout=15)


@app.task(bind=True, max_retries=5)
def audit_triage_model(self):
    client = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=1)
    try:
        return client.create_assessment_by_id(model_id="fd-triage-llama", probe_pack_ids=["pp_injection", "pp_pii"])
    except RETRYABLE as exc:
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        tlog.error("audit failed: %r", exc)
        raise


@app.task
def check_keys():
    tlog.info("groq key configured=%s, prefix=%s", bool(GROQ_API_KEY), GROQ_API_KEY[:4])
    if not GROQ_API_KEY.startswith("gsk_"):
        raise ValueError(f"GROQ_API_KEY looks malformed: {GROQ_API_KEY}")
    return True
