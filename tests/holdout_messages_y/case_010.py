"""RQ jobs: run a ModelRed assessment for a customer and e-mail them the outcome."""
import logging
import os

import requests
from django.core.mail import send_mail
from rq import get_current_job

from modelred import ModelRed as ModelRedClient
from modelred import ModelRedError

log = logging.getLogger("jobs.assess")

HOOK_URL = os.environ.get("BILLING_HOOK_URL", "https://billing.internal/usage")


def record_usage(customer_id: str, tokens: int) -> None:
    kwargs = {
        "json": {"customer": customer_id, "tokens": tokens},
        "headers": {"x-api-key": os.environ["BILLING_API_KEY"]},
        "timeout": 10,
    }
    log.debug("POST %s %s", HOOK_URL, kwargs)
    resp = requests.post(HOOK_URL, **kwargs)
    log.debug("billing hook %s for %s tokens", resp.status_code, tokens)


def assess_for_customer(customer_email: str, customer_id: str, model_name: str) -> None:
    job = get_current_job()
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        assessment = client.create_assessment(model=model_name, test_types=["prompt_injection", "toxicity"])
        result = client.wait_for_completion(assessment["id"], timeout=1800)
    except ModelRedError as e:
        log.exception("assessment for %s failed (job %s)", customer_id, job.id if job else "-")
        send_mail("Your model assessment could not be completed", f"We hit an error while testing {model_name}: {e}", "noreply@example.com", [customer_email])
        return
    record_usage(customer_id, result.get("tokens_used", 0))
    send_mail(
        subject="Your model assessment is ready",
        message=f"Score for {model_name}: {result.get('score')}",
        from_email="noreply@example.com",
        recipient_list=[customer_email],
    )


def notify_failure_generic(customer_email: str, model_name: str) -> None:
    send_mail(
        subject="Your model assessment could not be completed",
        message=f"Testing {model_name} failed. Our team has been notified.",
        from_email="noreply@example.com",
        recipient_list=[customer_email],
    )
