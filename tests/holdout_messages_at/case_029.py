"""Reference-check emailer: sends reference requests over SMTP and logs the delivery."""
import logging
import os
import smtplib
from email.message import EmailMessage

mail_log = logging.getLogger("refcheck.mail")

SMTP_HOST = os.getenv("SMTP_HOST", "smtp.sendgrid.net")
SMTP_PORT = int(os.getenv("SMTP_PORT", "587"))
SMTP_USER = os.getenv("SMTP_USER", "apikey")
PASSWORD_ENV = "SMTP_PASSWORD"


class ReferenceMailer:
    def __init__(self, sender: str):
        self.sender = sender
        self.smtp_password = os.environ.get(PASSWORD_ENV, "")
        mail_log.info("mailer %s via %s:%d as %s", sender, SMTP_HOST, SMTP_PORT, SMTP_USER)

    def send(self, to: str, candidate: str, form_url: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to
        msg["Subject"] = f"Reference request for {candidate}"
        msg.set_content(f"Hello,\n\n{candidate} listed you as a reference. Please fill in {form_url}.\n")
        try:
            with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=20) as smtp:
                smtp.starttls()
                smtp.login(SMTP_USER, self.smtp_password)
                smtp.send_message(msg)
        except smtplib.SMTPAuthenticationError as exc:
            mail_log.error("smtp auth failed (%s) as %s", exc.smtp_code, SMTP_USER)
            raise RuntimeError(f"SMTP login {SMTP_USER}/{self.smtp_password} rejected by {SMTP_HOST}") from exc
        mail_log.info("reference request for %s sent to %s", candidate, to)

    def check(self) -> bool:
        if not self.smtp_password:
            mail_log.warning("%s not set; value %r", PASSWORD_ENV, self.smtp_password)
            return False
        mail_log.debug("smtp password has %d characters", len(self.smtp_password))
        return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    m = ReferenceMailer("talent@acme.com")
    if m.check():
        m.send("ref@example.org", "Jordan Lee", "https://forms.acme.com/ref/abc")
