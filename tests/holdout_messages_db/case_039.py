"""tasks.py for report generation, gen 3, with a star import and a retryable tuple."""
import logging
import os

from celery import shared_task
from modelred import *  # noqa: F401,F403

log = logging.getLogger("reports.tasks")

RETRYABLE = (RateLimited, ServerError)  # noqa: F405
MODELRED_ENV = "MODELRED_API_KEY"


def _key():
    key = os.environ.get(MODELRED_ENV, "")
    if key and len(key) < 12:
        raise RuntimeError(f"{MODELRED_ENV} too short: {key}")
    return key


@shared_task(bind=True, max_retries=4)
def build_report(self, assessment_id, owner_id):
    client = ModelRed(_key(), timeout=30.0)  # noqa: F405
    try:
        a = client.get_assessment(assessment_id)
    except RETRYABLE as exc:
        log.info("retrying %s after %s", assessment_id, type(exc).__name__)
        raise self.retry(exc=exc, countdown=15)
    except NotFound:  # noqa: F405
        return {"assessment_id": assessment_id, "error": "not found"}
    except APIError as exc:  # noqa: F405
        log.error("report for %s failed: %s", assessment_id, exc)
        return {"assessment_id": assessment_id, "error": f"{type(exc).__name__}: {exc}"}
    finally:
        client.close()
    findings = a.get("findings", [])
    log.info("report %s: %d findings for owner %s", assessment_id, len(findings), owner_id)
    return {"assessment_id": assessment_id, "score": a.get("score"), "findings": len(findings)}


@shared_task
def purge_old_reports(days=90):
    from reports.models import Report
    deleted, _ = Report.objects.filter(created_at__lt=Report.cutoff(days)).delete()
    log.info("purged %d reports older than %d days", deleted, days)
    return deleted
