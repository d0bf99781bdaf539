"""Legacy report mailer: summarises the week's tickets with an LLM and mails the digest.

Ported from Python 2.7 in 2021; still run by `make digest` on the ops box.
"""
import os
import smtplib
import sys
import logging
from email.mime.text import MIMEText

import requests

log = logging.getLogger("digest")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
KEY_ENV = "OPENAI_API_KEY"
MAX_TOKENS = 700


def get_key():
    key = os.environ.get(KEY_ENV, "")
    if not key:
        sys.stderr.write("%s is not set, giving up\n" % KEY_ENV)
        sys.exit(1)
    return key


def summarise(text, key):
    headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
    body = {"model": "gpt-4o-mini", "max_tokens": MAX_TOKENS,
            "messages": [{"role": "user", "content": "Summarise:\n" + text}]}
    log.debug("POST %s headers=%s" % (OPENAI_URL, headers))
    resp = requests.post(OPENAI_URL, headers=headers, json=body, timeout=60)
    if resp.status_code != 200:
        raise RuntimeError("openai returned %d: %s" % (resp.status_code, resp.text))
    data = resp.json()
    log.info("used %d tokens (limit %d)", data["usage"]["total_tokens"], MAX_TOKENS)
    return data["choices"][0]["message"]["content"]


def send(summary, smtp_password):
    msg = MIMEText(summary)
    msg["Subject"] = "Weekly ticket digest"
    msg["From"] = "digest@example.internal"
    msg["To"] = "ops@example.internal"
    s = smtplib.SMTP("mail.example.internal", 587)
    s.starttls()
    try:
        s.login("digest", smtp_password)
    except smtplib.SMTPAuthenticationError:
        log.error("smtp login failed for digest with password " + smtp_password)
        raise
    s.sendmail(msg["From"], [msg["To"]], msg.as_string())
    s.quit()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    text = open(sys.argv[1]).read()
    send(summarise(text, get_key()), os.environ["SMTP_PASSWORD"])
