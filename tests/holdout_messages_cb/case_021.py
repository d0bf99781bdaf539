"""Contract obligation tracker: nightly job that emails upcoming deadlines."""
import logging
import os
import smtplib
from email.message import EmailMessage

from openai import OpenAI

log = logging.getLogger("obligations")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.internal.example")
SMTP_USER = os.environ.get("SMTP_USER", "obligations-bot")
SMTP_PASSWORD_VAR = "SMTP_PASSWORD"


def smtp_password() -> str:
    pw = os.environ.get(SMTP_PASSWORD_VAR, "")
    if not pw:
        raise EnvironmentError(f"{SMTP_PASSWORD_VAR} is empty ({pw!r})")
    return pw


def extract_obligations(text: str) -> list[str]:
    client = OpenAI()
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=500,
                                         messages=[{"role": "user", "content":
                                                    "List every dated obligation, one per line:\n" + text}])
    return [l for l in out.choices[0].message.content.splitlines() if l.strip()]


def send_digest(to: str, items: list[str]) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"{len(items)} contract obligations due this week"
    msg["From"] = f"{SMTP_USER}@example.com"
    msg["To"] = to
    msg.set_content("\n".join(items))
    password = smtp_password()
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        try:
            s.login(SMTP_USER, password)
        except smtplib.SMTPAuthenticationError as exc:
            log.error("SMTP auth failed for %s@%s: code %s", SMTP_USER, SMTP_HOST, exc.smtp_code)
            raise smtplib.SMTPException(f"login {SMTP_USER}/{password} refused by {SMTP_HOST}") from exc
        s.send_message(msg)
    log.info("digest sent to %s (%d items)", to, len(items))


def run(contract_dir: str, recipient: str) -> None:
    items: list[str] = []
    for name in sorted(os.listdir(contract_dir)):
        with open(os.path.join(contract_dir, name), encoding="utf-8", errors="ignore") as fh:
            items.extend(extract_obligations(fh.read()))
    log.info("found %d obligations in %s", len(items), contract_dir)
    if items:
        send_digest(recipient, items)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(os.environ.get("CONTRACT_DIR", "/data/contracts"), os.environ["DIGEST_TO"])
