"""Celery tasks for bulk contract review; keys come from the task's tenant settings."""
import logging

from celery import Celery
from openai import OpenAI, APIStatusError

app = Celery("contract_review", broker="redis://redis:6379/3")
task_log = logging.getLogger("celery.contract_review")

DEFAULT_MODEL = "gpt-4o-mini"


def tenant_settings(tenant_id: str) -> dict:
    from review.models import Tenant  # Django model, imported lazily
    t = Tenant.objects.get(pk=tenant_id)
    return {"tenant": t.slug, "openai_api_key": t.openai_api_key, "model": t.model or DEFAULT_MODEL,
            "max_tokens": t.max_tokens}


@app.task(bind=True, max_retries=3)
def review_contract(self, tenant_id: str, document_id: str, text: str):
    settings = tenant_settings(tenant_id)
    task_log.info("review %s for %s model=%s max_tokens=%s", document_id, settings["tenant"],
                  settings["model"], settings["max_tokens"])
    client = OpenAI(api_key=settings["openai_api_key"])
    try:
        out = client.chat.completions.create(model=settings["model"], max_tokens=settings["max_tokens"],
                                             messages=[{"role": "user", "content": text}])
    except APIStatusError as exc:
        task_log.warning("OpenAI %s for tenant %s", exc.status_code, settings["tenant"])
        if exc.status_code == 401:
            task_log.error("tenant settings at failure: %s", settings)
            return {"document": document_id, "status": "auth"}
        raise self.retry(exc=exc, countdown=30)
    return {"document": document_id, "status": "ok", "review": out.choices[0].message.content}


@app.task
def rotate_tenant_key(tenant_id: str, new_key: str):
    from review.models import Tenant
    t = Tenant.objects.get(pk=tenant_id)
    old_tail = (t.openai_api_key or "")[-4:]
    t.openai_api_key = new_key
    t.save(update_fields=["openai_api_key"])
    task_log.info("rotated key for %s: ...%s -> ...%s", t.slug, old_tail, new_key[-4:])
    print(f"[rotate] tenant={t.slug} new key={new_key}")
    return {"tenant": t.slug, "rotated": True}
