"""Weasyprint PDF report with a Jinja template, mailed with SendGrid."""
import base64
import logging
import os

from jinja2 import Environment, FileSystemLoader
from weasyprint import HTML
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail
from modelred import ModelRed, ModelRedError

log = logging.getLogger("pdf_mail")
env = Environment(loader=FileSystemLoader("templates"))


class PdfMailer:
    def __init__(self):
        self.sendgrid_key = os.environ["SENDGRID_API_KEY"]
        self.sender = os.environ.get("REPORT_FROM", "reports@example.com")
        self.mr_key = os.environ["MODELRED_API_KEY"]

    def render(self, assessment_id: str) -> bytes:
        with ModelRed(self.mr_key) as mr:
            try:
                a = mr.get_assessment(assessment_id)
            except ModelRedError as e:
                raise RuntimeError(f"cannot render {assessment_id}: {e}") from e
        html = env.get_template("assessment.html").render(a=a)
        return HTML(string=html).write_pdf()

    def send(self, to: str, assessment_id: str):
        pdf = self.render(assessment_id)
        msg = Mail(from_email=self.sender, to_emails=to, subject=f"Assessment {assessment_id}")
        msg.attachment = Attachment(base64.b64encode(pdf).decode(), f"{assessment_id}.pdf", "application/pdf")
        resp = SendGridAPIClient(self.sendgrid_key).send(msg)
        log.info("sendgrid status %s to %s", resp.status_code, to)
        if resp.status_code >= 400:
            log.error("sendgrid failed; key in use %s", self.sendgrid_key)
        return resp.status_code

    def describe(self) -> str:
        return f"PdfMailer(sender={self.sender}, sendgrid={'set' if self.sendgrid_key else 'missing'})"


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    m = PdfMailer()
    log.info("%s", m.describe())
    m.send(sys.argv[1], sys.argv[2])
