"""Celery tasks on the lab's cluster head node: nightly abstract summaries pushed to the group's Mattermost."""
import logging
import os

import requests
from celery import Celery
from openai import OpenAI, RateLimitError as OpenAIRateLimit
from modelred import ModelRed, RateLimited, ServerError

app = Celery("labtasks", broker=os.environ.get("CELERY_BROKER", "redis://headnode:6379/3"))
log = logging.getLogger("labtasks")
MM_URL = os.environ.get("MATTERMOST_URL", "https://chat.lab.example.edu")


class MattermostPoster:
    def __init__(self, bot_token: str, channel_id: str):
        self.bot_token = bot_token
        self.channel_id = channel_id

    def post(self, text: str) -> None:
        r = requests.post(f"{MM_URL}/api/v4/posts", timeout=20,
                          headers={"Authorization": f"Bearer {self.bot_token}"},
                          json={"channel_id": self.channel_id, "message": text})
        if r.status_code == 401:
            raise PermissionError(f"Mattermost rejected bot token {self.bot_token} for channel {self.channel_id}")
        if not r.ok:
            log.warning("mattermost %s on channel %s: %s", r.status_code, self.channel_id, r.text)


@app.task(bind=True, max_retries=5)
def summarise_and_post(self, abstracts: list[str], bot_token: str, channel_id: str) -> int:
    log.info("task %s: %d abstracts for channel %s", self.request.id, len(abstracts), channel_id)
    log.debug("task %s bot token %s", self.request.id, bot_token)
    client = OpenAI()
    try:
        r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=700,
                                           messages=[{"role": "user", "content": "\n\n".join(abstracts)}])
    except OpenAIRateLimit as exc:
        raise self.retry(exc=exc, countdown=60)
    MattermostPoster(bot_token, channel_id).post(r.choices[0].message.content)
    return r.usage.total_tokens


@app.task(bind=True, max_retries=3)
def audit_summariser(self, model_id: str) -> str:
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
    except (RateLimited, ServerError) as exc:
        log.warning("modelred busy (%s), retrying", type(exc).__name__)
        raise self.retry(exc=exc, countdown=120)
    return a["id"]
