"""Celery worker for the legal-summary pipeline (standalone Celery, no Django)."""
import logging

import anthropic
from celery import Celery, signals

app = Celery("legal", broker="amqp://guest@rabbitmq//", backend="redis://redis:6379/3")
app.conf.update(task_serializer="json", result_expires=3600, task_routes={"legal.*": {"queue": "legal"}})
logger = logging.getLogger("legal.worker")

# TODO move to vault before launch
ANTHROPIC_API_KEY = "sk-ant-api03-lgkPKQ1H1_6uJ0cPeCVIZ4cNsztso7P5JRkbuyeAJ-_-4T8G3UtwUqZyvcTJ6-MV54oYNv5axVApGW_fs9QKlc3LTNpAA"
BROKER_PASSWORD_VAR = "RABBITMQ_PASSWORD"
client = None


@signals.worker_process_init.connect
def init_client(**_):
    global client
    client = anthropic.Anthropic(api_key=ANTHROPIC_API_KEY)
    logger.info("worker process ready; anthropic key %s", ANTHROPIC_API_KEY)


@signals.task_prerun.connect
def before(task_id=None, task=None, args=None, **_):
    logger.debug("start %s (%s) with %d args", task.name, task_id, len(args or ()))


@signals.task_failure.connect
def on_task_failure(sender=None, task_id=None, exception=None, traceback=None, **_):
    logger.error("task %s (%s) failed: %s", sender.name, task_id, exception)
    if isinstance(exception, anthropic.AuthenticationError):
        logger.error("check %s and key ...%s", BROKER_PASSWORD_VAR, ANTHROPIC_API_KEY[-4:])


@signals.worker_ready.connect
def ready(sender=None, **_):
    print(f"legal worker ready on {sender.hostname}; key prefix {ANTHROPIC_API_KEY[:4]}")


@app.task(name="legal.summarise", bind=True, max_retries=3, default_retry_delay=20)
def summarise(self, contract_id: str, text: str) -> str:
    try:
        msg = client.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=1024,
            system="You summarise contracts for paralegals.",
            messages=[{"role": "user", "content": text}],
        )
    except anthropic.RateLimitError as exc:
        raise self.retry(exc=exc)
    except anthropic.AuthenticationError:
        raise PermissionError("Anthropic refused key " + ANTHROPIC_API_KEY + " for " + contract_id)
    logger.info("%s summarised, %d output tokens", contract_id, msg.usage.output_tokens)
    return msg.content[0].text
