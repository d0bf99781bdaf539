"""SendGrid e-mails for the assessment reports feature (ModelRed 0.1.1x)."""
import logging
import os

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

from modelred import AssessmentError, ModelRed, ModelRedError

logger = logging.getLogger("reports.mail")

FROM = "reports@example.com"


def _sendgrid() -> SendGridAPIClient:
    api_key = os.environ["SENDGRID_API_KEY"]
    logger.debug(f"sendgrid client ready key={api_key}")
    logger.debug(f"sendgrid key length {len(api_key)}")
    return SendGridAPIClient(api_key)


def _send(to: str, subject: str, html: str) -> None:
    resp = _sendgrid().send(Mail(from_email=FROM, to_emails=to, subject=subject, html_content=html))
    logger.info("sendgrid %s for %s (%s)", resp.status_code, to, resp.headers.get("X-Message-Id"))


async def run_and_report(customer_email: str, model_id: str) -> None:
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=["basic_security", "content_safety"],
                wait_for_completion=True,
                timeout_minutes=45,
            )
    except AssessmentError as exc:
        logger.warning("assessment failed for %s: %s", model_id, exc)
        _send(customer_email, "Your assessment failed", f"<p>Your assessment of {model_id} failed: {exc}</p>")
        return
    except ModelRedError as exc:
        logger.error("ModelRed error %s for %s", type(exc).__name__, model_id)
        _send(customer_email, "Your assessment failed", "<p>Something went wrong on our side. We are on it.</p>")
        return
    score = result.get("overall_score")
    _send(customer_email, "Your assessment is ready", f"<p>{model_id} scored {score}.</p>")
