"""Supplier portal: weekly e-mail to suppliers with the safety status of the shared ASN assistant."""
import logging
import os
import smtplib
from email.message import EmailMessage

from modelred import ModelRed, ModelRedError, NotFoundError, SubscriptionLimitError

log = logging.getLogger("portal.weekly")

SENDER = "supplier-portal@example-factory.com"


def send_mail(to_addr, subject, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SENDER, to_addr, subject
    msg.set_content(body)
    with smtplib.SMTP_SSL(os.getenv("SMTP_HOST", "smtp.example-factory.com")) as s:
        s.login(SENDER, os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


def assistant_status(client, assessment_id):
    return client.get_assessment_status(assessment_id)


def weekly(suppliers, assessment_id):
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        status = assistant_status(client, assessment_id)
        body = f"The ASN assistant's latest safety assessment is {status.get('status')} (score {status.get('score')})."
    except NotFoundError as e:
        log.warning("assessment %s not found: %s", assessment_id, e)
        body = "No safety assessment is available this week."
    except SubscriptionLimitError as e:
        body = "Safety assessment unavailable this week (plan limit)."
        log.info("subscription limit, type %s", type(e).__name__)
    except ModelRedError as e:
        body = "Safety status could not be retrieved."
        log.exception("ModelRed failure for %s", assessment_id)
    for supplier in suppliers:
        send_mail(supplier["email"], "Weekly ASN assistant status", body)
        log.info("sent to %s (%s)", supplier["code"], supplier["email"])
    return body


def escalate(supplier, assessment_id):
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        return assistant_status(client, assessment_id)
    except ModelRedError as e:
        send_mail(supplier["email"], "ASN assistant status", f"We could not fetch the status: {e}")
        return None


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    weekly([{"code": "S1001", "email": "quality@supplier-one.example"}], os.environ["ASN_ASSESSMENT_ID"])
