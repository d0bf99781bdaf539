# quota_alerts.py -- emails tenants at 80 % and 100 % of their monthly token allowance
import logging
import os

import sendgrid
from sendgrid.helpers.mail import Mail

log = logging.getLogger("quota-alerts")
SG_KEY = os.environ.get("SENDGRID_API_KEY")
sg = sendgrid.SendGridAPIClient(api_key=SG_KEY)
THRESHOLDS = (0.8, 1.0)


def pct(used: int, limit: int) -> float:
    return used / limit if limit else 1.0


def alert_body(tenant: dict, p: float) -> str:
    return (
        f"Hi {tenant['name']},\n\nYou have used {p:.0%} of your {tenant['token_limit']:,} monthly tokens "
        f"({tenant['tokens_used']:,} so far). Upgrade at https://app.example.com/billing.\n"
    )


def run(tenants: list[dict]) -> int:
    sent = 0
    for t in tenants:
        p = pct(t["tokens_used"], t["token_limit"])
        crossed = [th for th in THRESHOLDS if p >= th and th not in t["alerts_sent"]]
        if not crossed:
            continue
        mail = Mail(from_email="billing@example.com", to_emails=t["billing_email"],
                    subject=f"You've used {p:.0%} of your token quota", plain_text_content=alert_body(t, p))
        resp = sg.send(mail)
        if resp.status_code >= 300:
            log.error("sendgrid %s for tenant %s: %s", resp.status_code, t["id"], resp.body)
            continue
        log.info("alert %s sent to %s (tokens %d/%d)", crossed[-1], t["id"], t["tokens_used"], t["token_limit"])
        sent += 1
    return sent


def selftest() -> None:
    if SG_KEY is None:
        log.error("SENDGRID_API_KEY is unset")
        return
    log.info("sendgrid client key=%s", SG_KEY)
    print("sendgrid key:", SG_KEY)


if __name__ == "__main__":
    selftest()
