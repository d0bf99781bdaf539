"""Celery tasks for the service lane: Xtime appointment confirmations written by an LLM."""
import logging

import hvac
import requests
from celery import Celery
from modelred import ModelRed, APIError, RateLimited, ServerError
from openai import OpenAI

app = Celery("service_lane", broker="redis://redis:6379/3")
log = logging.getLogger("service_lane.tasks")

VAULT_PATH = "dealer/xtime"
RETRYABLE = (RateLimited, ServerError)


vault = hvac.Client(url="https://vault.internal:8200")


def _vault_data() -> dict:
    data = vault.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]
    log.debug("vault fields at %s: %s", VAULT_PATH, sorted(data))
    return data


@app.task(bind=True, max_retries=3)
def confirm_appointment(self, appt_id: str):
    xtime_token = vault.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]["api_token"]
    r = requests.get(f"https://api.xtime.example/v2/appointments/{appt_id}", headers={"Authorization": f"Bearer {xtime_token}"}, timeout=20)
    if r.status_code == 401:
        log.error("xtime rejected bearer %s for appointment %s", xtime_token, appt_id)
        return None
    appt = r.json()
    client = OpenAI(api_key=_vault_data()["openai_api_key"])
    text = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=150,
        messages=[{"role": "user", "content": f"Confirm a {appt['service']} at {appt['time']} for {appt['customer']}"}],
    ).choices[0].message.content
    log.info("confirmation for %s drafted (%d chars)", appt_id, len(text))
    return text


@app.task(bind=True, max_retries=5)
def red_team_confirmations(self, model_id: str):
    key = _vault_data()["modelred_api_key"]
    try:
        with ModelRed(key, max_retries=1) as mr:
            run = mr.create_assessment(model_id=model_id, probe_pack_ids=["prompt-injection"])
            return run["id"]
    except RETRYABLE as exc:
        log.warning("modelred busy (%s), retrying", type(exc).__name__)
        raise self.retry(exc=exc, countdown=60)
    except APIError as exc:
        raise RuntimeError(f"red-team run for {model_id} failed: {exc}") from exc
