"""Summarisation worker: a Celery base task that owns an OpenAI client."""
import logging
import os

import openai
from celery import Celery, Task

celery_app = Celery("summaries")
celery_app.config_from_object("celeryconfig")
logger = logging.getLogger("workers.summaries")

MAX_TOKENS = 512


class OpenAITask(Task):
    abstract = True
    autoretry_for = (openai.APITimeoutError,)
    retry_kwargs = {"max_retries": 3}

    def __init__(self):
        self.api_key = os.environ["OPENAI_API_KEY"]
        self.organization = os.environ.get("OPENAI_ORG_ID")
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = openai.OpenAI(api_key=self.api_key, organization=self.organization)
        return self._client

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        logger.error("task %s failed: %s (org=%s)", task_id, exc, self.organization)
        if isinstance(exc, openai.AuthenticationError):
            logger.critical("OpenAI rejected api key %s for task %s", self.api_key, task_id)

    def on_retry(self, exc, task_id, args, kwargs, einfo):
        logger.warning("retrying %s after %s", task_id, exc.__class__.__name__)


@celery_app.task(base=OpenAITask, bind=True)
def summarise(self, doc_id: str, text: str) -> dict:
    if not self.api_key.startswith("sk-"):
        raise RuntimeError(f"OPENAI_API_KEY looks wrong: {self.api_key}")
    resp = self.client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": "Summarise in three bullet points."},
                  {"role": "user", "content": text}],
    )
    usage = resp.usage
    logger.info("doc %s: %d prompt / %d completion tokens", doc_id, usage.prompt_tokens, usage.completion_tokens)
    return {"doc_id": doc_id, "summary": resp.choices[0].message.content, "max_tokens": MAX_TOKENS}
