"""Celery signal handlers for the worker fleet: failure alerts and task auditing."""
import logging

from celery.signals import task_failure, task_prerun, task_retry, worker_ready
from django.conf import settings
from django.core.mail import mail_admins

audit = logging.getLogger("celery.audit")

SENSITIVE_KWARGS = {"api_key", "openai_api_key", "detector_api_key", "token"}


def _scrub(kwargs):
    return {k: ("***" if k in SENSITIVE_KWARGS else v) for k, v in (kwargs or {}).items()}


@worker_ready.connect
def on_ready(sender=None, **_):
    audit.info("worker ready; broker=%s, key configured=%s", settings.CELERY_BROKER_HOST, bool(settings.MODELRED_API_KEY))


@task_prerun.connect
def on_prerun(task_id=None, task=None, args=None, kwargs=None, **_):
    audit.info("start %s[%s] kwargs=%s", task.name, task_id, _scrub(kwargs))


@task_retry.connect
def on_retry(request=None, reason=None, **_):
    audit.warning("retry %s[%s]: %s", request.task, request.id, reason)


@task_failure.connect
def on_failure(task_id=None, exception=None, args=None, kwargs=None, traceback=None, sender=None, **_):
    audit.error("task %s[%s] failed: %s", sender.name, task_id, type(exception).__name__)
    audit.debug("failed task %s detector key: %s", task_id, (kwargs or {}).get("detector_api_key"))
    key = (kwargs or {}).get("api_key")
    if key:
        audit.error("failing task was using key %s", key)
    mail_admins(
        subject=f"Celery task failed: {sender.name}",
        message=f"task_id={task_id}\nexception={type(exception).__name__}\nkwargs={_scrub(kwargs)}",
        fail_silently=True,
    )


def describe_key_kwargs():
    """Used by the ops page to show which kwargs are scrubbed."""
    names = ", ".join(sorted(SENSITIVE_KWARGS))
    audit.info("scrubbed kwarg names: %s", names)
    return names
