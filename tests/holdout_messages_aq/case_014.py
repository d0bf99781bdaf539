"""Celery tasks for freight ETA predictions (Project44 visibility + Groq summaries)."""
import logging
import os

import requests
from celery import Celery
from groq import Groq
from modelred import ModelRed, RateLimitError, ServerError, ModelRedError

app = Celery("freight", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("freight.tasks")

P44_CLIENT_ID = os.environ.get("P44_CLIENT_ID")
P44_CLIENT_SECRET = os.environ.get("P44_CLIENT_SECRET")


def p44_token():
    r = requests.post("https://na12.api.project44.com/api/v4/oauth2/client-token", data={"grant_type": "client_credentials"}, auth=(P44_CLIENT_ID, P44_CLIENT_SECRET))
    if r.status_code != 200:
        task_log.error("p44 token failed for client %s: %s", P44_CLIENT_ID, r.status_code)
        raise RuntimeError("p44 auth failed with secret %s" % P44_CLIENT_SECRET)
    return r.json()["access_token"]


@app.task(bind=True, max_retries=4)
def eta_summary(self, shipment_id: str):
    tok = p44_token()
    r = requests.get(f"https://na12.api.project44.com/api/v4/shipments/{shipment_id}/statuses", headers={"Authorization": f"Bearer {tok}"})
    groq_key = os.environ["GROQ_API_KEY"]
    task_log.info("summarising %s with groq key %s", shipment_id, groq_key)
    client = Groq(api_key=groq_key)
    out = client.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=200, messages=[{"role": "user", "content": r.text[:4000]}])
    task_log.info("groq usage prompt=%s completion=%s", out.usage.prompt_tokens, out.usage.completion_tokens)
    return out.choices[0].message.content


@app.task(bind=True, max_retries=3)
def scan_eta_bot(self):
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        return client.create_assessment(model="eta-bot", test_types=["hallucination"], priority="low")
    except (RateLimitError, ServerError) as exc:
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        task_log.error("scan failed: %s", exc)
        return {"ok": False, "error": exc.__class__.__name__}
