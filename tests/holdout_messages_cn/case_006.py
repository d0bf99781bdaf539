"""Medallia feedback sync as a Celery task, with a ModelRed check of the theme classifier."""
import logging
import os

import requests
from celery import Celery
from modelred import ModelRed, ModelRedError, NotFoundError

celery_app = Celery("feedback", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("feedback.tasks")

MEDALLIA_TOKEN_URL = "https://instance.medallia.com/oauth/acme/token"
MEDALLIA_QUERY_URL = "https://instance.medallia.com/acme/api/query"


def medallia_token() -> str:
    resp = requests.post(MEDALLIA_TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": os.environ["MEDALLIA_CLIENT_ID"],
        "client_secret": os.environ["MEDALLIA_CLIENT_SECRET"],
    }, timeout=20)
    resp.raise_for_status()
    body = resp.json()
    task_log.info("medallia token type %s, expires in %ss", body["token_type"], body["expires_in"])
    return body["access_token"]


@celery_app.task(bind=True, max_retries=3)
def sync_feedback(self, since: str):
    token = medallia_token()
    task_log.debug("medallia bearer %s", token)
    q = {"query": "query { feedback(filter: {since: \"%s\"}) { nodes { id comment score } } }" % since}
    r = requests.post(MEDALLIA_QUERY_URL, json=q, headers={"Authorization": f"Bearer {token}"}, timeout=60)
    task_log.info("query status %s, %d bytes", r.status_code, len(r.content))
    nodes = r.json()["data"]["feedback"]["nodes"]
    return {"synced": len(nodes)}


@celery_app.task
def check_theme_classifier(model_id: str) -> dict:
    with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            model = client.get_model(model_id)
        except NotFoundError:
            return {"ok": False, "reason": "model not registered"}
        except ModelRedError as e:
            task_log.exception("modelred lookup failed for %s", model_id)
            return {"ok": False, "reason": str(e)}
        job = client.create_assessment(model=model["modelId"], test_types=["bias", "toxicity"])
    return {"ok": True, "assessment": job["id"]}
