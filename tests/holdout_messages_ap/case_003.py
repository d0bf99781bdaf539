"""Transactional mail through SendGrid, with an LLM-written summary vetted by ModelRed."""
import logging
import os

import sendgrid
from sendgrid.helpers.mail import Mail
from modelred import ModelRed, ProviderConfig, RateLimitError, ModelRedError

logger = logging.getLogger(__name__)

FROM_ADDRESS = "no-reply@example.com"
SENDGRID_KEY_ENV = "SENDGRID_API_KEY"


def load_sendgrid_key():
    key = os.environ.get(SENDGRID_KEY_ENV, "")
    if not key:
        raise ValueError(f"{SENDGRID_KEY_ENV} is empty: {key!r}")
    if not key.startswith("SG."):
        raise ValueError("SendGrid key must start with 'SG.', got " + key)
    return key


def send(api_key, to, subject, html):
    client = sendgrid.SendGridAPIClient(api_key=api_key)
    message = Mail(from_email=FROM_ADDRESS, to_emails=to, subject=subject, html_content=html)
    try:
        resp = client.send(message)
    except Exception:
        logger.error("send to %s failed with key=%s", to, api_key)
        raise
    logger.info("sent to %s, message id %s", to, resp.headers.get("X-Message-Id"))
    if resp.status_code >= 300:
        logger.warning("sendgrid status %s body %s", resp.status_code, resp.body)
    return resp.status_code


def register_summary_model():
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o-mini")
    try:
        model = mr.create_model(modelId="order-summary", provider="openai", displayName="Order summary writer", providerConfig=cfg)
        mr.create_assessment(model=model["modelId"], test_types=["pii", "jailbreak"], priority="low")
    except RateLimitError:
        logger.warning("modelred rate limit hit, will retry tomorrow")
    except ModelRedError as err:
        logger.exception("modelred registration failed: %s", err)


def send_receipt(order):
    key = load_sendgrid_key()
    html = f"<h1>Thanks, {order['first_name']}!</h1><p>Order {order['number']} is on its way.</p>"
    return send(key, order["email"], f"Your order {order['number']}", html)
