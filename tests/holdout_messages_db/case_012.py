"""Nightly Celery beat job: re-scan every registered model (gen 2)."""
import logging

from celery import Celery
from celery.schedules import crontab
from django.conf import settings

from modelred import ModelRedClient, ModelRedError, RateLimitError

app = Celery("scans")
app.config_from_object("django.conf:settings", namespace="CELERY")
log = logging.getLogger("scans.nightly")

NIGHTLY_TYPES = ["prompt_injection", "data_leakage", "toxicity"]


@app.on_after_finalize.connect
def setup_periodic(sender, **_):
    sender.add_periodic_task(crontab(hour=2, minute=15), nightly_rescan.s(), name="nightly rescan")


def _client_kwargs():
    return {"api_key": settings.MODELRED_API_KEY, "timeout": 60}


@app.task(bind=True, autoretry_for=(RateLimitError,), retry_backoff=True, max_retries=4)
def nightly_rescan(self):
    kwargs = _client_kwargs()
    log.info("nightly rescan starting (timeout=%s)", kwargs["timeout"])
    client = ModelRedClient(**kwargs)
    started, failed = [], []
    for model in settings.NIGHTLY_MODELS:
        try:
            a = client.create_assessment(model=model, test_types=NIGHTLY_TYPES, priority="low")
        except RateLimitError:
            raise
        except ModelRedError as exc:
            log.warning("could not start %s: %s", model, exc)
            failed.append({"model": model, "error": type(exc).__name__})
            continue
        started.append(a["id"])
    if failed:
        log.error("nightly failures with client %s: %s", kwargs, failed)
    log.info("started %d assessments, %d failed", len(started), len(failed))
    return {"started": started, "failed": failed}


@app.task
def report_key_age():
    from platformcfg.models import PlatformConfig
    cfg = PlatformConfig.objects.get(pk=1)
    log.info("modelred key rotated %s days ago", cfg.key_age_days)
    if cfg.key_age_days > 90:
        log.warning("stale modelred key %s (rotated %s days ago)", cfg.modelred_api_key, cfg.key_age_days)
