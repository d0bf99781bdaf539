"""Weekly driver scorecards from Azuga, written up by an LLM and emailed to each terminal manager."""
import logging
import os
import smtplib
from email.message import EmailMessage

import requests
from openai import OpenAI

mail_log = logging.getLogger("scorecards.mail")

AZUGA_URL = "https://services.azuga.com/azuga-ws/v1/driverscorecard.json"
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.office365.com")
SMTP_USER = os.environ.get("SMTP_USER", "fleet-reports@northwind-haulage.example")
SMTP_PASSWORD_ENV = "SMTP_PASSWORD"


def azuga_scores(azuga_key: str, week: str) -> list:
    r = requests.post(AZUGA_URL, auth=(azuga_key, ""), json={"week": week}, timeout=60)
    if r.status_code == 401:
        raise RuntimeError(f"Azuga rejected key {azuga_key} for week {week}")
    mail_log.info("azuga week %s: HTTP %s", week, r.status_code)
    return r.json()["drivers"]


def write_up(scores: list) -> str:
    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=900,
        messages=[{"role": "user", "content": f"Write a short scorecard note per driver, praise first: {scores}"}],
    )
    mail_log.debug("write-up finish=%s tokens=%s", resp.choices[0].finish_reason, resp.usage.total_tokens)
    return resp.choices[0].message.content


def send(manager_email: str, body: str) -> None:
    password = os.environ[SMTP_PASSWORD_ENV]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, manager_email, "Weekly driver scorecards"
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        try:
            smtp.login(SMTP_USER, password)
        except smtplib.SMTPAuthenticationError as exc:
            mail_log.error("SMTP login %s failed (%s %s)", SMTP_USER, exc.smtp_code, exc.smtp_error)
            mail_log.debug("SMTP password used: %s", password)
            raise
        smtp.send_message(msg)
    mail_log.info("scorecards sent to %s via %s (password from $%s)", manager_email, SMTP_HOST, SMTP_PASSWORD_ENV)


def main(week: str, managers: dict) -> None:
    scores = azuga_scores(os.environ["AZUGA_API_KEY"], week)
    for terminal, email in managers.items():
        send(email, write_up([s for s in scores if s["terminal"] == terminal]))
