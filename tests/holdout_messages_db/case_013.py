"""Celery canvas: summarise uploaded documents in chunks and merge with a chord."""
import logging
import os

from celery import chord, shared_task
from openai import OpenAI, APIStatusError, AuthenticationError

log = logging.getLogger("docs.pipeline")


def _openai():
    key = os.environ["OPENAI_API_KEY"]
    return OpenAI(api_key=key, max_retries=2), key


@shared_task(bind=True, max_retries=3)
def summarise_chunk(self, doc_id, idx, text):
    client, key = _openai()
    try:
        out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300,
                                             messages=[{"role": "user", "content": text}])
    except AuthenticationError as exc:
        log.error("openai auth failed for doc %s chunk %s (request id %s)", doc_id, idx, exc.request_id)
        log.error("rejected openai key: %s", key)
        raise
    except APIStatusError as exc:
        log.warning("openai %s on chunk %s: %s", exc.status_code, idx, exc.message)
        raise self.retry(exc=exc, countdown=10)
    log.info("chunk %s/%s used %s completion tokens", doc_id, idx, out.usage.completion_tokens)
    return out.choices[0].message.content


@shared_task
def merge_summaries(parts, doc_id):
    from docs.models import Document
    doc = Document.objects.get(pk=doc_id)
    doc.summary = "\n\n".join(parts)
    doc.save(update_fields=["summary"])
    log.info("document %s summarised from %d chunks", doc_id, len(parts))
    return doc_id


def start_pipeline(doc):
    chunks = [doc.text[i:i + 4000] for i in range(0, len(doc.text), 4000)]
    header = [summarise_chunk.s(doc.pk, i, c) for i, c in enumerate(chunks)]
    result = chord(header)(merge_summaries.s(doc.pk))
    log.info("pipeline %s started for %s (%d chunks)", result.id, doc.pk, len(chunks))
    return result.id


def explain_config():
    _, key = _openai()
    if not key.startswith("sk-"):
        raise RuntimeError("OPENAI_API_KEY is set but not an sk- key: " + key)
    return f"openai configured (...{key[-4:]})"
