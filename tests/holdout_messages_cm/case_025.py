"""Daily site report emailer: summarises field reports, sends via SendGrid."""
import logging
import os

import sendgrid
from sendgrid.helpers.mail import Mail
from python_http_client.exceptions import HTTPError

mail_log = logging.getLogger("sitereport.mail")


def sendgrid_client() -> sendgrid.SendGridAPIClient:
    key = os.environ.get("SENDGRID_API_KEY")
    if key is None:
        raise RuntimeError("SENDGRID_API_KEY not set")
    if not key.startswith("SG."):
        mail_log.warning("SENDGRID_API_KEY has unexpected format: %s", key)
    return sendgrid.SendGridAPIClient(api_key=key)


def send_report(to_addrs: list[str], project: str, html: str) -> int:
    sg = sendgrid_client()
    msg = Mail(from_email="reports@builder.example", to_emails=to_addrs,
               subject=f"Daily site report - {project}", html_content=html)
    try:
        resp = sg.send(msg)
    except HTTPError as e:
        mail_log.error("sendgrid %s: %s", e.status_code, e.body)
        return e.status_code
    mail_log.info("sent %s report to %d people: %s", project, len(to_addrs), resp.status_code)
    return resp.status_code


def render(reports: list[dict]) -> str:
    rows = "".join(
        f"<tr><td>{r['crew']}</td><td>{r['hours']}</td><td>{r['notes']}</td></tr>" for r in reports
    )
    return f"<table><tr><th>Crew</th><th>Hours</th><th>Notes</th></tr>{rows}</table>"


def main():
    project = os.environ.get("PROJECT_NAME", "Harbor Point Tower")
    reports = [{"crew": "Concrete", "hours": 64, "notes": "Level 7 deck poured"},
               {"crew": "Electrical", "hours": 40, "notes": "Rough-in L5"}]
    status = send_report(os.environ["REPORT_RECIPIENTS"].split(","), project, render(reports))
    if status >= 400:
        raise SystemExit(f"send failed with status {status}")


if __name__ == "__main__":
    main()
