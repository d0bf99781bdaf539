"""Celery tasks for the billing worker: monthly invoice summaries with Claude."""
import logging
import os

from anthropic import Anthropic, APIStatusError
from celery import Celery
from celery.utils.log import get_task_logger

app = Celery("billing", broker=os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/0"))
task_log = get_task_logger(__name__)
audit = logging.getLogger("billing.audit")

ANTHROPIC_KEY_VAR = "ANTHROPIC_API_KEY"


def _anthropic() -> Anthropic:
    key = os.environ.get(ANTHROPIC_KEY_VAR)
    task_log.info("creating Anthropic client from %s", ANTHROPIC_KEY_VAR)
    return Anthropic(api_key=key)


@app.task(bind=True, max_retries=3)
def summarise_invoice(self, invoice: dict) -> str:
    client = _anthropic()
    items = "\n".join(f"- {li['description']}: {li['amount'] / 100:.2f}" for li in invoice["lines"])
    try:
        msg = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=300,
            messages=[{"role": "user", "content": f"Write a two-line plain summary:\n{items}"}],
        )
    except APIStatusError as exc:
        task_log.warning("anthropic %s on invoice %s", exc.status_code, invoice["id"])
        raise self.retry(exc=exc, countdown=30)
    task_log.info("invoice %s summary: %d in / %d out tokens", invoice["id"], msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


@app.task
def rotate_provider_key(tenant_id: str, new_key: str) -> None:
    audit.info("tenant %s rotated provider key to %s", tenant_id, new_key)
    if not new_key.startswith("sk-ant-"):
        raise ValueError(f"tenant {tenant_id}: not an Anthropic key: {new_key}")
    audit.info("tenant %s rotated provider key (len %d)", tenant_id, len(new_key))


@app.task
def monthly_close(period: str) -> None:
    from billing.models import Invoice

    for inv in Invoice.objects.filter(period=period, summary=""):
        summarise_invoice.delay(inv.as_dict())
    task_log.info("queued summaries for %s", period)
