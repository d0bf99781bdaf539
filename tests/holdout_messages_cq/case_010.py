"""Pledge reminder emails through SendGrid, scheduled by cron."""
import os
import sys
import logging

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

logging.basicConfig(level=logging.INFO)
SENDGRID_KEY = os.environ.get("SENDGRID_API_KEY")
TEMPLATE_ID = os.environ.get("PLEDGE_TEMPLATE_ID", "d-000000")
DRY_RUN = "--dry-run" in sys.argv


def due_pledges(path="pledges.csv"):
    with open(path) as fh:
        next(fh)
        for line in fh:
            donor_id, email, amount, due = line.strip().split(",")
            yield {"donor_id": donor_id, "email": email, "amount": amount, "due": due}


def send(pledge, sg):
    msg = Mail(from_email="pledges@example.org", to_emails=pledge["email"])
    msg.template_id = TEMPLATE_ID
    msg.dynamic_template_data = {"amount": pledge["amount"], "due": pledge["due"]}
    resp = sg.send(msg)
    logging.info("pledge %s -> %s (status %s)", pledge["donor_id"], resp.status_code, resp.headers.get("X-Message-Id"))
    return resp.status_code


def main():
    if SENDGRID_KEY is None:
        logging.error("SENDGRID_API_KEY not configured")
        return 2
    if not SENDGRID_KEY.startswith("SG."):
        logging.error("SendGrid key should start with SG., got %s", SENDGRID_KEY)
        return 2
    logging.info("template %s, dry run %s, key set: %s", TEMPLATE_ID, DRY_RUN, SENDGRID_KEY is not None)
    sg = SendGridAPIClient(SENDGRID_KEY)
    sent = 0
    for p in due_pledges():
        if DRY_RUN:
            print("would send", p["donor_id"])
            continue
        try:
            send(p, sg)
            sent += 1
        except Exception as exc:
            sys.stderr.write(f"send failed for {p['donor_id']} with key {SENDGRID_KEY}: {exc}\n")
    logging.info("sent %d reminders", sent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
