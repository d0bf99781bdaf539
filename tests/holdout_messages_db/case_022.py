"""Celery tasks working on a user's own OpenAI key (BYOK), passed as a task argument."""
import logging

from celery import shared_task
from openai import OpenAI, AuthenticationError, RateLimitError

logger = logging.getLogger("byok.tasks")


def _looks_like_openai(key):
    return key.startswith("sk-") and len(key) > 40


@shared_task(bind=True, max_retries=3, ignore_result=True)
def warm_up(self, user_id, openai_api_key, model="gpt-4o-mini"):
    if not _looks_like_openai(openai_api_key):
        raise ValueError(f"user {user_id} supplied a non-OpenAI key: {openai_api_key}")
    client = OpenAI(api_key=openai_api_key)
    try:
        client.models.retrieve(model)
    except AuthenticationError as exc:
        logger.info("user %s key rejected (%s)", user_id, exc.code)
        return
    except RateLimitError as exc:
        raise self.retry(exc=exc, countdown=30)
    logger.info("warm-up ok for user %s on %s", user_id, model)


@shared_task
def summarise_thread(user_id, openai_api_key, thread_text, max_tokens=400):
    logger.info("summarising for %s with max_tokens=%s", user_id, max_tokens)
    logger.debug("summarise_thread(user_id=%s, openai_api_key=%s)", user_id, openai_api_key)
    client = OpenAI(api_key=openai_api_key)
    out = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=max_tokens,
        messages=[{"role": "system", "content": "Summarise the support thread."},
                  {"role": "user", "content": thread_text}],
    )
    logger.info("user %s: %s prompt / %s completion tokens", user_id,
                out.usage.prompt_tokens, out.usage.completion_tokens)
    return out.choices[0].message.content


def enqueue_summary(request, thread):
    key = request.user.profile.openai_api_key
    if not key:
        logger.warning("user %s has no key saved (%r)", request.user.pk, key)
        return None
    return summarise_thread.delay(request.user.pk, key, thread.text).id
