"""Stripe-style invoicing backend: send invoice emails with LLM-written payment reminders."""
import logging
import os
from decimal import Decimal

import sendgrid
from sendgrid.helpers.mail import Mail
from openai import OpenAI, APIStatusError

logger = logging.getLogger("billing.reminders")

SENDGRID_KEY = os.environ.get("SENDGRID_API_KEY")
REMINDER_MAX_TOKENS = 250
FROM_ADDR = "billing@invoicely.example"


def reminder_text(client: OpenAI, customer: str, amount: Decimal, days_overdue: int) -> str:
    try:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=REMINDER_MAX_TOKENS,
            messages=[{"role": "system", "content": "You write polite payment reminders."},
                      {"role": "user", "content": f"{customer} owes {amount} EUR, {days_overdue} days late."}],
        )
    except APIStatusError as exc:
        logger.error("openai %s: %s", exc.status_code, exc.message)
        raise
    logger.info("reminder for %s used %s prompt tokens", customer, resp.usage.prompt_tokens)
    return resp.choices[0].message.content


def send_reminders(invoices: list[dict], openai_api_key: str) -> int:
    if not SENDGRID_KEY:
        raise EnvironmentError(f"SENDGRID_API_KEY missing, value={SENDGRID_KEY!r}")
    client = OpenAI(api_key=openai_api_key)
    sg = sendgrid.SendGridAPIClient(api_key=SENDGRID_KEY)
    sent = 0
    for inv in invoices:
        body = reminder_text(client, inv["customer_name"], Decimal(inv["amount_due"]), inv["days_overdue"])
        mail = Mail(from_email=FROM_ADDR, to_emails=inv["email"], subject=f"Invoice {inv['number']} reminder", html_content=body)
        response = sg.send(mail)
        if response.status_code >= 300:
            logger.error("sendgrid %s for %s using key %s", response.status_code, inv["number"], SENDGRID_KEY)
            continue
        sent += 1
    logger.info("sent %d/%d reminders (openai key set: %s)", sent, len(invoices), openai_api_key is not None)
    return sent


if __name__ == "__main__":
    import json
    import sys

    key = os.environ["OPENAI_API_KEY"]
    data = json.load(open(sys.argv[1]))
    print(f"sending {len(data)} reminders with OpenAI key {key}", file=sys.stderr)
    send_reminders(data, key)
