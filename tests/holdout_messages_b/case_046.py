import logging
import os

log = logging.getLogger("fmt")


def connect_smtp(host: str, user: str) -> None:
    smtp_password = os.environ["SMTP_PASSWORD"]
    log.info("SMTP %s@%s" % (user, host))
    log.debug("SMTP login %s:%s" % (user, smtp_password))
    log.debug("SMTP login {}:{}".format(user, smtp_password))
    log.debug(" ".join(["SMTP", "login", user, smtp_password]))
    log.debug("SMTP password set: " + str(bool(smtp_password)))
    if "@" in smtp_password:
        raise ValueError("SMTP password contains '@', which breaks the URL: " + smtp_password)
    log.info("SMTP password has %d characters", len(smtp_password))


def stripe_mode() -> str:
    stripe_key = os.getenv("STRIPE_SECRET_KEY", "")
    key_kind = "live" if stripe_key.startswith("sk_live_") else "test"
    log.info("Stripe mode: %s", key_kind)
    log.info("Stripe key: %s", stripe_key.strip())
    log.info("Stripe key all upper-case: %s", stripe_key.isupper())
    return key_kind
