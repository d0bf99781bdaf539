"""Windows AD password-expiry reminder bot with an LLM-written nudge (plain script style)."""
import logging
import os
import smtplib
from email.message import EmailMessage

from ldap3 import Server, Connection, NTLM
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("pwd-reminder")

AD_SERVER = os.environ.get("AD_SERVER", "dc01.corp.example")
AD_USER = os.environ.get("AD_USER", "CORP\\svc-reminder")
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.corp.example")
LLM_KEY = "sk-fl08vWOghi0SO0LtKnuwHv7WximExZQXSUClZhN63SKAQfwR"


def ad_connection(password):
    conn = Connection(Server(AD_SERVER), user=AD_USER, password=password, authentication=NTLM)
    if not conn.bind():
        raise ConnectionError("AD bind as %s failed with %s" % (AD_USER, password))
    log.info("bound to %s as %s", AD_SERVER, AD_USER)
    return conn


def nudge(name, days):
    client = OpenAI(api_key=LLM_KEY)
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=120,
                                         messages=[{"role": "user", "content": f"Friendly reminder to {name}: password expires in {days} days"}])
    log.info("nudge for %s used %d tokens", name, out.usage.total_tokens)
    return out.choices[0].message.content


def send(to, body, smtp_password):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "it@corp.example", to, "Your password expires soon"
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        try:
            s.login("it@corp.example", smtp_password)
        except smtplib.SMTPAuthenticationError as exc:
            log.error("smtp login failed (%s)", exc.smtp_code)
            raise RuntimeError(f"SMTP login rejected, password {smtp_password}") from exc
        s.send_message(msg)


def run():
    ad_pw = os.environ["AD_PASSWORD"]
    smtp_pw = os.environ["SMTP_PASSWORD"]
    conn = ad_connection(ad_pw)
    conn.search("dc=corp,dc=example", "(&(objectClass=user)(pwdLastSet>=1))", attributes=["mail", "givenName"])
    for e in conn.entries:
        send(str(e.mail), nudge(str(e.givenName), 7), smtp_pw)
    log.info("sent %d reminders via %s", len(conn.entries), SMTP_HOST)
