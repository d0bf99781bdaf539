import os
import smtplib
import ssl
import logging
from email.message import EmailMessage

from openai import OpenAI

log = logging.getLogger("smtp_autoreply")


class AutoReplier:
    """Drafts out-of-office replies with an LLM and sends them over SMTP."""

    def __init__(self):
        self.smtp_host = os.environ.get("SMTP_HOST", "smtp.gmail.com")
        self.smtp_port = int(os.environ.get("SMTP_PORT", "465"))
        self.smtp_user = os.environ["SMTP_USER"]
        self.smtp_password = os.environ["SMTP_APP_PASSWORD"]
        self.client = OpenAI()
        log.info("smtp %s:%d user=%s", self.smtp_host, self.smtp_port, self.smtp_user)

    def draft(self, sender: str, subject: str) -> str:
        r = self.client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Write a short polite out-of-office reply to {sender} about '{subject}'."}],
            max_tokens=150,
        )
        return r.choices[0].message.content

    def send(self, to: str, subject: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.smtp_user
        msg["To"] = to
        msg["Subject"] = f"Re: {subject}"
        msg.set_content(self.draft(to, subject))
        ctx = ssl.create_default_context()
        try:
            with smtplib.SMTP_SSL(self.smtp_host, self.smtp_port, context=ctx) as s:
                s.login(self.smtp_user, self.smtp_password)
                s.send_message(msg)
        except smtplib.SMTPAuthenticationError as exc:
            log.error("SMTP auth failed (%s) for %s", exc.smtp_code, self.smtp_user)
            raise ConnectionError("SMTP login failed for %s using password %s" % (self.smtp_user, self.smtp_password)) from exc
        log.info("auto-reply sent to %s", to)

    def selftest(self) -> None:
        log.debug("app password length %d", len(self.smtp_password))
        log.debug("smtp credentials %s / %s", self.smtp_user, self.smtp_password)


if __name__ == "__main__":
    r = AutoReplier()
    r.selftest()
    r.send(os.environ["TEST_RECIPIENT"], "quarterly planning")
