"""myproject/celery.py: Celery app bootstrap, run at import by every worker."""
import logging
import os
import sys

from celery import Celery
from celery.signals import after_setup_logger

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "myproject.settings")

app = Celery("myproject")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

log = logging.getLogger("myproject.celery")

openai_api_key = os.getenv("OPENAI_API_KEY")
modelred_api_key = os.getenv("MODELRED_API_KEY")
worker_concurrency = int(os.getenv("CELERY_CONCURRENCY", "4"))
default_max_tokens = int(os.getenv("LLM_MAX_TOKENS", "512"))

if "worker" in sys.argv:
    print(f"[celery] concurrency={worker_concurrency} max_tokens={default_max_tokens}")
    print(f"[celery] keys present: openai={openai_api_key is not None} modelred={modelred_api_key is not None}")
    if os.getenv("CELERY_DEBUG_ENV") == "1":
        print(f"[celery] OPENAI_API_KEY={openai_api_key}")

if modelred_api_key is None:
    log.warning("MODELRED_API_KEY is not set; scan tasks will fail (value %r)", modelred_api_key)


@after_setup_logger.connect
def setup_loggers(logger, *args, **kwargs):
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for h in logger.handlers:
        h.setFormatter(fmt)
    logger.info("celery logging configured for %s", app.main)


@app.task(bind=True, ignore_result=True)
def debug_task(self):
    print(f"Request: {self.request!r}")
    return "ok"
