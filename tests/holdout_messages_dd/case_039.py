"""Celery tasks: nightly push of AI-written streak reminders (class-based task with retries)."""
import logging
import os

import requests
from celery import Celery, Task

celery_app = Celery("reminders", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("tasks.reminders")


class LLMTask(Task):
    autoretry_for = ()
    max_retries = 3
    _api_key = None

    @property
    def api_key(self) -> str:
        if self._api_key is None:
            self._api_key = os.environ["XAI_API_KEY"]
        return self._api_key


@celery_app.task(bind=True, base=LLMTask)
def write_reminder(self, user_id: str, streak_days: int) -> str:
    try:
        r = requests.post("https://api.x.ai/v1/chat/completions", timeout=20,
                          headers={"Authorization": f"Bearer {self.api_key}"},
                          json={"model": "grok-2-latest", "max_tokens": 40,
                                "messages": [{"role": "user", "content": f"Short streak reminder, {streak_days} days"}]})
        r.raise_for_status()
    except requests.ConnectionError as exc:
        raise self.retry(exc=exc, countdown=30)
    if r.status_code == 200 and not r.json().get("choices"):
        raise ValueError(f"empty completion for {user_id} (max_tokens=40)")
    return r.json()["choices"][0]["message"]["content"]


@celery_app.task(bind=True, base=LLMTask)
def check_key(self):
    key = self.api_key
    if not key.startswith("xai-"):
        raise ValueError(f"XAI_API_KEY is not an xAI key: {key}")
    log.info("xai key ok (ends %s)", key[-4:])


@celery_app.task
def push_reminder(device_token: str, text: str):
    fcm_server_key = os.environ["FCM_SERVER_KEY"]
    r = requests.post("https://fcm.googleapis.com/fcm/send", timeout=10,
                      headers={"Authorization": f"key={fcm_server_key}"},
                      json={"to": device_token, "notification": {"body": text}})
    log.info("legacy fcm %s success=%s", r.status_code, r.json().get("success"))
